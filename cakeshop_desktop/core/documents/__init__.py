"""Documents the shop prints or exports: receipts, order tickets, report HTML (no Qt)."""
