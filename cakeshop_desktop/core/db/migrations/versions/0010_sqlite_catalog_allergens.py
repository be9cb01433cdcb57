"""sqlite catalogue allergens: the whole catalogue's "without allergen" counted from an index

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 05:00:00

On the embedded SQLite file only: (is_active, allergens), so that excluding an allergen
over the whole catalogue is counted from the index alone. A shop's file has no ANALYZE
statistics, and without them SQLite read every cake's row for it (100,000 cakes: 140 ->
22 ms). MariaDB answers it through its shelf indexes and is left as it is.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.create_index("ix_cakes_active_allergens", "cakes", ["is_active", "allergens"])


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.drop_index("ix_cakes_active_allergens", table_name="cakes")
