"""sqlite catalogue filters: partial indexes for "in stock" and "made to order"

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 05:00:00

On the embedded SQLite file only: the whole catalogue's "in stock" and "made to order" are
counted from these indexes alone and paged in name order (models.Cake). MariaDB answers
both through its shelf indexes and is left as it is.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Written out, not imported, so that this migration keeps making what it made.
AVAILABLE = "stock_qty > 0 OR made_to_order IS 1"
MADE_TO_ORDER = "made_to_order IS 1"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.create_index(
        "ix_cakes_available_name",
        "cakes",
        ["is_active", "name", "stock_qty", "made_to_order"],
        sqlite_where=text(AVAILABLE),
    )
    op.create_index(
        "ix_cakes_made_to_order_name",
        "cakes",
        ["is_active", "made_to_order", "name"],
        sqlite_where=text(MADE_TO_ORDER),
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.drop_index("ix_cakes_made_to_order_name", table_name="cakes")
    op.drop_index("ix_cakes_available_name", table_name="cakes")
