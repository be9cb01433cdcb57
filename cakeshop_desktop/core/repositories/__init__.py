"""Repositories: one module per aggregate; the session never leaves them."""
