"""phone search: phones stored in E.164, and every order's phone digits reversed

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 23:40:00

Existing phones of orders and users are parsed in the shop's region (`shop.phone_region`,
RU unless set) and stored in E.164; a number that cannot be parsed is kept as typed. The
new `orders.customer_phone_key` (the digits reversed) lets the last digits of a number be
found through an index. Rows are rewritten in batches by id, so a big MySQL database is
never held in one statement; the index is made after the column is filled.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cakeshop_desktop.core.rules import phones

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 5000
REGION_KEY = "shop.phone_region"


def upgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("customer_phone_key", sa.String(length=32), nullable=False, server_default="")
        )
    bind = op.get_bind()
    region = _region(bind)
    _normalise(bind, "orders", "customer_phone", region, with_key=True)
    _normalise(bind, "users", "phone", region, with_key=False)
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_orders_customer_phone_key"), ["customer_phone_key"], unique=False
        )


def downgrade() -> None:
    # The phones stay in E.164: what each one looked like when typed is not kept.
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orders_customer_phone_key"))
        batch_op.drop_column("customer_phone_key")


def _region(bind: sa.Connection) -> str:
    stored = bind.execute(
        sa.text("SELECT value FROM shop_settings WHERE `key` = :key".replace("`", _quote(bind))),
        {"key": REGION_KEY},
    ).scalar()
    region = (stored or "").strip().upper()
    return region if phones.is_region(region) else phones.DEFAULT_REGION


def _quote(bind: sa.Connection) -> str:
    return "`" if bind.dialect.name == "mysql" else '"'


def _normalise(
    bind: sa.Connection, table: str, column: str, region: str, *, with_key: bool
) -> None:
    """Rewrite `column` of every row in E.164 (and its key), `BATCH` rows per statement."""
    last_id = 0
    while True:
        rows = bind.execute(
            sa.text(
                f"SELECT id, {column} FROM {table} WHERE id > :last AND {column} <> '' "
                "ORDER BY id LIMIT :batch"
            ),
            {"last": last_id, "batch": BATCH},
        ).all()
        if not rows:
            return
        last_id = rows[-1][0]
        changes = []
        for row_id, typed in rows:
            stored, key = phones.stored_columns(typed, region)
            if with_key:
                changes.append({"id": row_id, "stored": stored, "key": key})
            elif stored != typed:
                changes.append({"id": row_id, "stored": stored})
        if changes:
            key_set = ", customer_phone_key = :key" if with_key else ""
            bind.execute(
                sa.text(f"UPDATE {table} SET {column} = :stored{key_set} WHERE id = :id"), changes
            )
