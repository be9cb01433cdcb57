"""Pure shop rules and value formats: no database, no session (validation, permissions,
quantities, phone numbers, CSV cells, printer URLs, the top-sellers bound)."""
