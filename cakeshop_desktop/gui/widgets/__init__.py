"""Reusable widgets embedded in the main windows."""
