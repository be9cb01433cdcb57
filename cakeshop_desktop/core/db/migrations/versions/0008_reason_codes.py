"""reason codes: the reasons the app writes itself are stored as codes, not English sentences

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 02:00:00

`order_status_history.reason`, `stock_movements.reason` (and the cancellation reasons the
report summaries keep, and a showcase batch's task notes) held English sentences written by
the app ("sold at the counter", "task 604"), shown so to a Russian reader. They become codes
with their values ("@sold_at_counter", "@task:604", core/reasons.py) that the GUI shows in
the reader's language. What a person typed is left as it is. The sentences are listed here,
not imported, so that this migration keeps doing what it did when the app's words change.
One UPDATE per column, so a big MariaDB database is scanned once a column.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection, text

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# English sentence -> code; the demo shop wrote two reasons in Russian.
SENTENCES = {
    "sold at the counter": "@sold_at_counter",
    "showcase cakes only: nothing to bake": "@nothing_to_bake",
    "cancelled by the customer": "@cancelled_by_customer",
    "Changed by an administrator in the table editor": "@table_editor",
    "production started": "@production_started",
    "every cake of the order is done": "@all_done",
    "Showcase batch": "@showcase_batch",
    "batch finish undone": "@batch_finish_undone",
}
DEMO_SENTENCES = {
    "Выпечка на витрину": "@showcase_batch",
    "Начальный остаток": "@opening_stock",
}
# table -> columns holding reasons
COLUMNS = {
    "order_status_history": ("reason",),
    "stock_movements": ("reason",),
    "production_tasks": ("notes",),
    "report_reasons": ("reason",),
    "report_month_reasons": ("reason",),
}
TASK = "@task:"
TASK_START_UNDONE = "@task_start_undone:"
UNDONE = " start undone"


def upgrade() -> None:
    bind = op.get_bind()
    for table, columns in COLUMNS.items():
        for column in columns:
            _replace(bind, table, column, {**SENTENCES, **DEMO_SENTENCES})
    _task_reasons_to_codes(bind)


def downgrade() -> None:
    bind = op.get_bind()
    back = {code: sentence for sentence, code in SENTENCES.items()}
    back["@opening_stock"] = "opening stock"
    for table, columns in COLUMNS.items():
        for column in columns:
            _replace(bind, table, column, back)
    _task_codes_to_reasons(bind)


def _replace(bind: Connection, table: str, column: str, mapping: dict[str, str]) -> None:
    """Every value of `column` that is a key of `mapping` becomes its value, in one UPDATE."""
    names = {f"old{i}": old for i, old in enumerate(mapping)}
    news = {f"new{i}": new for i, new in enumerate(mapping.values())}
    cases = " ".join(f"WHEN :old{i} THEN :new{i}" for i in range(len(mapping)))
    listed = ", ".join(f":{name}" for name in names)
    bind.execute(
        text(
            f"UPDATE {table} SET {column} = CASE {column} {cases} ELSE {column} END"
            f" WHERE {column} IN ({listed})"
        ),
        {**names, **news},
    )


def _task_reasons_to_codes(bind: Connection) -> None:
    if bind.dialect.name == "sqlite":
        bind.execute(
            text(
                "UPDATE stock_movements SET reason = :code || substr(reason, 6)"
                " WHERE reason LIKE 'task %' AND length(reason) > 5"
                " AND substr(reason, 6) NOT GLOB '*[^0-9]*'"
            ),
            {"code": TASK},
        )
        bind.execute(
            text(
                "UPDATE stock_movements SET reason = :code || substr(reason, 6, length(reason) - 18)"
                " WHERE reason LIKE 'task %' || :undone AND length(reason) > 18"
                " AND substr(reason, 6, length(reason) - 18) NOT GLOB '*[^0-9]*'"
            ),
            {"code": TASK_START_UNDONE, "undone": UNDONE},
        )
        return
    bind.execute(
        text(
            "UPDATE stock_movements SET reason = CONCAT(:code, SUBSTRING(reason, 6))"
            " WHERE reason REGEXP '^task [0-9]+$'"
        ),
        {"code": TASK},
    )
    bind.execute(
        text(
            "UPDATE stock_movements"
            " SET reason = CONCAT(:code, SUBSTRING(reason, 6, CHAR_LENGTH(reason) - 18))"
            " WHERE reason REGEXP '^task [0-9]+ start undone$'"
        ),
        {"code": TASK_START_UNDONE},
    )


def _task_codes_to_reasons(bind: Connection) -> None:
    start, undone_start = len(TASK) + 1, len(TASK_START_UNDONE) + 1
    if bind.dialect.name == "sqlite":
        bind.execute(
            text(
                "UPDATE stock_movements SET reason = 'task ' || substr(reason, :start)"
                " WHERE substr(reason, 1, :length) = :code"
            ),
            {"start": start, "length": len(TASK), "code": TASK},
        )
        bind.execute(
            text(
                "UPDATE stock_movements SET reason = 'task ' || substr(reason, :start) || :undone"
                " WHERE substr(reason, 1, :length) = :code"
            ),
            {
                "start": undone_start,
                "length": len(TASK_START_UNDONE),
                "code": TASK_START_UNDONE,
                "undone": UNDONE,
            },
        )
        return
    bind.execute(
        text(
            "UPDATE stock_movements SET reason = CONCAT('task ', SUBSTRING(reason, :start))"
            " WHERE LEFT(reason, :length) = :code"
        ),
        {"start": start, "length": len(TASK), "code": TASK},
    )
    bind.execute(
        text(
            "UPDATE stock_movements"
            " SET reason = CONCAT('task ', SUBSTRING(reason, :start), :undone)"
            " WHERE LEFT(reason, :length) = :code"
        ),
        {
            "start": undone_start,
            "length": len(TASK_START_UNDONE),
            "code": TASK_START_UNDONE,
            "undone": UNDONE,
        },
    )
