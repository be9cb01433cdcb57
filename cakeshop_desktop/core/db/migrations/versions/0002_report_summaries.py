"""report summaries: per-day aggregates for the sales report, kept honest by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 05:50:00

The tables are filled by the app (`repositories/report_summaries.py`) the first time a
report needs a day; the triggers mark a day stale whenever any writer changes the orders,
items, cancellation reasons or cake categories its figures are made of. A day is marked
only when it is before the database's own today: checkouts of today never touch
`report_days`, so the tills do not queue on one row.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

MYSQL_TABLE: dict[str, Any] = {
    "mysql_engine": "InnoDB",
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_ci",
}

# (trigger name, table, timing and event, the day expressions to mark, the condition)
ORDER_DAY = "(SELECT {date}(created_at) FROM orders WHERE id = {row}.order_id)"
TRIGGERS = (
    ("report_orders_insert", "orders", "AFTER INSERT", ("{date}(NEW.created_at)",), None),
    (
        "report_orders_update",
        "orders",
        "AFTER UPDATE",
        ("{date}(OLD.created_at)", "{date}(NEW.created_at)"),
        "NOT (OLD.created_at {same} NEW.created_at) OR NOT (OLD.total {same} NEW.total) "
        "OR (OLD.status = 'cancelled') <> (NEW.status = 'cancelled')",
    ),
    ("report_orders_delete", "orders", "AFTER DELETE", ("{date}(OLD.created_at)",), None),
    (
        "report_items_insert",
        "order_items",
        "AFTER INSERT",
        (ORDER_DAY.replace("{row}", "NEW"),),
        None,
    ),
    (
        "report_items_update",
        "order_items",
        "AFTER UPDATE",
        (ORDER_DAY.replace("{row}", "OLD"), ORDER_DAY.replace("{row}", "NEW")),
        "NOT (OLD.order_id {same} NEW.order_id) OR NOT (OLD.cake_id {same} NEW.cake_id) "
        "OR NOT (OLD.quantity {same} NEW.quantity) OR NOT (OLD.line_total {same} NEW.line_total) "
        "OR NOT (OLD.made_to_order {same} NEW.made_to_order)",
    ),
    (
        "report_items_delete",
        "order_items",
        "AFTER DELETE",
        (ORDER_DAY.replace("{row}", "OLD"),),
        None,
    ),
    (
        "report_reasons_insert",
        "order_status_history",
        "AFTER INSERT",
        (ORDER_DAY.replace("{row}", "NEW"),),
        "NEW.to_status = 'cancelled'",
    ),
    (
        "report_reasons_update",
        "order_status_history",
        "AFTER UPDATE",
        (ORDER_DAY.replace("{row}", "OLD"), ORDER_DAY.replace("{row}", "NEW")),
        "OLD.to_status = 'cancelled' OR NEW.to_status = 'cancelled'",
    ),
    (
        "report_reasons_delete",
        "order_status_history",
        "AFTER DELETE",
        (ORDER_DAY.replace("{row}", "OLD"),),
        "OLD.to_status = 'cancelled'",
    ),
)
# A cake moved to another category or deleted, a category deleted: every summarised day that
# sold those cakes is stale (rare admin work; the next report summarises them again).
STALE_CAKE_DAYS = (
    (
        "report_cakes_update",
        "cakes",
        "AFTER UPDATE",
        "SELECT day FROM report_cakes WHERE cake_id = NEW.id",
        "NOT (OLD.category_id {same} NEW.category_id) OR OLD.id <> NEW.id",
    ),
    (
        "report_cakes_delete",
        "cakes",
        "BEFORE DELETE",
        "SELECT day FROM report_cakes WHERE cake_id = OLD.id",
        None,
    ),
    (
        "report_categories_delete",
        "categories",
        "BEFORE DELETE",
        "SELECT r.day FROM report_cakes r JOIN cakes c ON c.id = r.cake_id "
        "WHERE c.category_id = OLD.id",
        None,
    ),
)
TRIGGER_NAMES = [name for name, *_ in TRIGGERS] + [name for name, *_ in STALE_CAKE_DAYS]


def _mysql_triggers() -> list[str]:
    statements = []
    for name, table, when, days, condition in TRIGGERS:
        declares = "".join(f"DECLARE report_day_{i} DATE;\n  " for i in range(len(days)))
        marks = "\n  ".join(
            f"SET report_day_{i} = {day.format(date='DATE')};\n"
            f"  IF report_day_{i} < CURRENT_DATE THEN\n"
            f"    INSERT INTO report_days (day, summarised) VALUES (report_day_{i}, 0)\n"
            "    ON DUPLICATE KEY UPDATE summarised = 0;\n"
            "  END IF;"
            for i, day in enumerate(days)
        )
        statements.append(_mysql_trigger(name, table, when, declares, marks, condition))
    for name, table, when, days_select, condition in STALE_CAKE_DAYS:
        body = f"UPDATE report_days SET summarised = 0 WHERE day IN ({days_select});"
        statements.append(_mysql_trigger(name, table, when, "", body, condition))
    return statements


def _mysql_trigger(
    name: str, table: str, when: str, declares: str, body: str, condition: str | None
) -> str:
    if condition is not None:
        body = f"IF {condition.format(same='<=>')} THEN\n  {body}\n  END IF;"
    return f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW\nBEGIN\n  {declares}{body}\nEND"


def _sqlite_triggers() -> list[str]:
    statements = []
    for name, table, when, days, condition in TRIGGERS:
        body = "\n".join(
            "INSERT INTO report_days (day, summarised)\n"
            f"  SELECT d, 0 FROM (SELECT {day.format(date='date')} AS d)\n"
            "  WHERE d < date('now', 'localtime')\n"
            "  ON CONFLICT (day) DO UPDATE SET summarised = 0;"
            for day in days
        )
        statements.append(_sqlite_trigger(name, table, when, body, condition))
    for name, table, when, days_select, condition in STALE_CAKE_DAYS:
        body = f"UPDATE report_days SET summarised = 0 WHERE day IN ({days_select});"
        statements.append(_sqlite_trigger(name, table, when, body, condition))
    return statements


def _sqlite_trigger(name: str, table: str, when: str, body: str, condition: str | None) -> str:
    guard = f" WHEN {condition.format(same='IS')}" if condition is not None else ""
    return f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW{guard}\nBEGIN\n{body}\nEND"


def upgrade() -> None:
    op.create_table(
        "report_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("summarised", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_report_days")),
        **MYSQL_TABLE,
    )
    op.create_table(
        "report_hours",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hour", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("day", "hour", "cancelled", name=op.f("pk_report_hours")),
        **MYSQL_TABLE,
    )
    op.create_table(
        "report_cakes",
        sa.Column("cake_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("cake_id", "day", name=op.f("pk_report_cakes")),
        **MYSQL_TABLE,
    )
    with op.batch_alter_table("report_cakes", schema=None) as batch_op:
        batch_op.create_index("ix_report_cakes_day_amount", ["day", "amount_kop"], unique=False)
        batch_op.create_index("ix_report_cakes_day_quantity", ["day", "quantity"], unique=False)
    op.create_table(
        "report_categories",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("category_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("made_to_order", sa.Boolean(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "category_id", "made_to_order", name=op.f("pk_report_categories")
        ),
        **MYSQL_TABLE,
    )
    op.create_table(
        "report_reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_reasons")),
        **MYSQL_TABLE,
    )
    with op.batch_alter_table("report_reasons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_reasons_day"), ["day"], unique=False)
    dialect = op.get_bind().dialect.name
    for statement in _sqlite_triggers() if dialect == "sqlite" else _mysql_triggers():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("report_reasons")
    op.drop_table("report_categories")
    op.drop_table("report_cakes")
    op.drop_table("report_hours")
    op.drop_table("report_days")
