"""Cakeshop Desktop: point of sale and production management for a cake shop."""

__version__ = "0.1.0"
