"""Table models of the windows (Qt item models over service DTOs)."""
