"""sqlite catalogue search: an FTS5 word index of the cakes, kept in step by triggers

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 02:20:00

On the embedded SQLite file only (MariaDB has its FULLTEXT index since 0001): the FTS5
table `cakes_search` of every cake's name, SKU and description, filled from `cakes`, and
the triggers that keep it in step (core/db/catalog_search.py).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from cakeshop_desktop.core.db import catalog_search

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for statement in catalog_search.CREATE:
        bind.execute(text(statement))
    catalog_search.rebuild(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for statement in catalog_search.DROP:
        bind.execute(text(statement))
