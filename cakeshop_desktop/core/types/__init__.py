"""Frozen DTOs beside `core.domain`, split by subject: the bakery and the reports."""
