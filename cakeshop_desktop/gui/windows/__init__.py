"""The main windows a role works in after logging in."""
