"""Item delegates: how the views' cells are painted and edited."""
