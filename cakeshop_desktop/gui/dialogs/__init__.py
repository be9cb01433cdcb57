"""Dialogs opened from the main windows."""
