"""Controllers of a window's parts: they are handed the widgets they drive, talk to the shop
through ShopContext, and tell the window what happened by signals (never reaching back)."""
