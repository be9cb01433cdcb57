"""report months: closed months rolled up beside the days, kept honest by the day's marks

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 23:40:00

A year's report reads a dozen month rollups instead of 365 days of summaries (issue #17).
A month is written by the app (`repositories/report_summaries.py`) once every day of it is
summarised and the month is over. The triggers of 0002 mark a changed past day stale in
`report_days`; the triggers added here pass that mark on to the day's month, so whatever
marks a day (an order, an item, a reason, a cake's category) marks its month too.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

MYSQL_TABLE: dict[str, Any] = {
    "mysql_engine": "InnoDB",
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_ci",
}

# a day marked stale (summarised = 0) by an insert or an update marks its month stale
# (no '%' in the text: a restore replays the triggers through the driver's formatting)
MONTH_OF = {
    "mysql": "NEW.day - INTERVAL (DAYOFMONTH(NEW.day) - 1) DAY",
    "sqlite": "date(NEW.day, 'start of month')",
}
TRIGGERS = (
    ("report_months_day_insert", "AFTER INSERT"),
    ("report_months_day_update", "AFTER UPDATE"),
)


def _trigger(dialect: str, name: str, when: str) -> str:
    mark = f"UPDATE report_months SET summarised = 0 WHERE month = {MONTH_OF[dialect]};"
    if dialect == "sqlite":
        return (
            f"CREATE TRIGGER {name} {when} ON report_days FOR EACH ROW "
            f"WHEN NEW.summarised = 0\nBEGIN\n{mark}\nEND"
        )
    return (
        f"CREATE TRIGGER {name} {when} ON report_days FOR EACH ROW\nBEGIN\n"
        f"  IF NEW.summarised = 0 THEN\n    {mark}\n  END IF;\nEND"
    )


def upgrade() -> None:
    op.create_table(
        "report_months",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("summarised", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_report_months")),
        **MYSQL_TABLE,
    )
    op.create_table(
        "report_month_hours",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("weekday", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hour", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "month", "weekday", "hour", "cancelled", name=op.f("pk_report_month_hours")
        ),
        **MYSQL_TABLE,
    )
    op.create_table(
        "report_month_cakes",
        sa.Column("cake_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("cake_id", "month", name=op.f("pk_report_month_cakes")),
        **MYSQL_TABLE,
    )
    with op.batch_alter_table("report_month_cakes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_report_month_cakes_month_amount", ["month", "amount_kop"], unique=False
        )
        batch_op.create_index(
            "ix_report_month_cakes_month_quantity", ["month", "quantity"], unique=False
        )
    op.create_table(
        "report_month_categories",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("category_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("made_to_order", sa.Boolean(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "month", "category_id", "made_to_order", name=op.f("pk_report_month_categories")
        ),
        **MYSQL_TABLE,
    )
    op.create_table(
        "report_month_reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_month_reasons")),
        **MYSQL_TABLE,
    )
    with op.batch_alter_table("report_month_reasons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_month_reasons_month"), ["month"], unique=False)
    dialect = "sqlite" if op.get_bind().dialect.name == "sqlite" else "mysql"
    for name, when in TRIGGERS:
        op.execute(_trigger(dialect, name, when))


def downgrade() -> None:
    for name, _when in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("report_month_reasons")
    op.drop_table("report_month_categories")
    op.drop_table("report_month_cakes")
    op.drop_table("report_month_hours")
    op.drop_table("report_months")
