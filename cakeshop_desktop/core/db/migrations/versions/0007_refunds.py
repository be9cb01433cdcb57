"""refunds and returns: what was given back of an order, how many of a line came back

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 01:50:00

`orders.refunded_amount` is the money given back (refund payments add up to it);
`order_items.returned_quantity` the cakes of a line brought back. Revenue in the reports
is net of both, so the report triggers of 0002 now also mark a day stale when either
changes: the two update triggers are made again with the wider condition.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ORDER_DAY = "(SELECT {date}(created_at) FROM orders WHERE id = {row}.order_id)"
ORDERS_BEFORE = (
    "NOT (OLD.created_at {same} NEW.created_at) OR NOT (OLD.total {same} NEW.total) "
    "OR (OLD.status = 'cancelled') <> (NEW.status = 'cancelled')"
)
ITEMS_BEFORE = (
    "NOT (OLD.order_id {same} NEW.order_id) OR NOT (OLD.cake_id {same} NEW.cake_id) "
    "OR NOT (OLD.quantity {same} NEW.quantity) OR NOT (OLD.line_total {same} NEW.line_total) "
    "OR NOT (OLD.made_to_order {same} NEW.made_to_order)"
)
# (name, table, the day expressions to mark, the condition before, the condition after)
TRIGGERS = (
    (
        "report_orders_update",
        "orders",
        ("{date}(OLD.created_at)", "{date}(NEW.created_at)"),
        ORDERS_BEFORE,
        ORDERS_BEFORE + " OR NOT (OLD.refunded_amount {same} NEW.refunded_amount)",
    ),
    (
        "report_items_update",
        "order_items",
        (ORDER_DAY.replace("{row}", "OLD"), ORDER_DAY.replace("{row}", "NEW")),
        ITEMS_BEFORE,
        ITEMS_BEFORE + " OR NOT (OLD.returned_quantity {same} NEW.returned_quantity)",
    ),
)


def upgrade() -> None:
    op.add_column(
        "orders",
        sa.Column("refunded_amount", sa.Numeric(12, 2), nullable=False, server_default="0"),
    )
    op.add_column(
        "order_items",
        sa.Column("returned_quantity", sa.Integer(), nullable=False, server_default="0"),
    )
    _make_triggers(after=True)


def downgrade() -> None:
    _make_triggers(after=False)
    with op.batch_alter_table("order_items", schema=None) as batch_op:
        batch_op.drop_column("returned_quantity")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_column("refunded_amount")


def _make_triggers(*, after: bool) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, table, days, before_condition, after_condition in TRIGGERS:
        condition = after_condition if after else before_condition
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(
            _sqlite(name, table, days, condition)
            if sqlite
            else _mysql(name, table, days, condition)
        )


def _mysql(name: str, table: str, days: tuple[str, ...], condition: str) -> str:
    declares = "".join(f"DECLARE report_day_{i} DATE;\n  " for i in range(len(days)))
    marks = "\n  ".join(
        f"SET report_day_{i} = {day.format(date='DATE')};\n"
        f"  IF report_day_{i} < CURRENT_DATE THEN\n"
        f"    INSERT INTO report_days (day, summarised) VALUES (report_day_{i}, 0)\n"
        "    ON DUPLICATE KEY UPDATE summarised = 0;\n"
        "  END IF;"
        for i, day in enumerate(days)
    )
    body = f"IF {condition.format(same='<=>')} THEN\n  {marks}\n  END IF;"
    return f"CREATE TRIGGER {name} AFTER UPDATE ON {table} FOR EACH ROW\nBEGIN\n  {declares}{body}\nEND"


def _sqlite(name: str, table: str, days: tuple[str, ...], condition: str) -> str:
    body = "\n".join(
        "INSERT INTO report_days (day, summarised)\n"
        f"  SELECT d, 0 FROM (SELECT {day.format(date='date')} AS d)\n"
        "  WHERE d < date('now', 'localtime')\n"
        "  ON CONFLICT (day) DO UPDATE SET summarised = 0;"
        for day in days
    )
    return (
        f"CREATE TRIGGER {name} AFTER UPDATE ON {table} FOR EACH ROW "
        f"WHEN {condition.format(same='IS')}\nBEGIN\n{body}\nEND"
    )
