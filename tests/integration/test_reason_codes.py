"""Reasons the app writes are codes shown in the reader's language; old English rows convert."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.migrate import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    upgrade_to,
)
from cakeshop_desktop.core.messages import Message
from cakeshop_desktop.core.reasons import Reason, readable, stored
from tests.conftest import BACKENDS, create_mysql_database, drop_mysql_database

NOW = "2026-01-01 10:00:00"
# (stored before, stored after) for order_status_history.reason
HISTORY = [
    ("sold at the counter", "@sold_at_counter"),
    ("showcase cakes only: nothing to bake", "@nothing_to_bake"),
    ("cancelled by the customer", "@cancelled_by_customer"),
    ("Changed by an administrator in the table editor", "@table_editor"),
    ("production started", "@production_started"),
    ("every cake of the order is done", "@all_done"),
    ("The customer changed her mind", "The customer changed her mind"),  # typed: kept
    ("", ""),
]
# ... and for stock_movements.reason
LEDGER = [
    ("task 604", "@task:604"),
    ("task 12 start undone", "@task_start_undone:12"),
    ("Showcase batch", "@showcase_batch"),
    ("batch finish undone", "@batch_finish_undone"),
    ("Changed by an administrator in the table editor", "@table_editor"),
    ("Начальный остаток", "@opening_stock"),  # the demo shop's Russian
    ("task list lost", "task list lost"),  # typed, though it starts like one: kept
    ("Spilt flour", "Spilt flour"),
]


def test_a_stored_code_reads_as_its_message_and_typed_text_as_it_is():
    assert stored(Reason.TASK, 604) == "@task:604"
    assert readable("@task:604") == Message("task {0}", ("604",))
    assert str(readable("@task_start_undone:12")) == "task 12 start undone"
    assert str(readable(stored(Reason.SOLD_AT_COUNTER))) == "sold at the counter"
    assert readable("Spilt flour") == "Spilt flour"
    assert readable("@not_a_code") == "@not_a_code"
    assert readable(None) == ""


@pytest.fixture(params=BACKENDS)
def old_database(request: pytest.FixtureRequest, tmp_path: Path):
    """A database at the revision before reason codes."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    else:
        url = create_mysql_database("cs_reasons")
    engine = make_engine(url)
    upgrade_to(engine, "0007")
    yield engine
    engine.dispose()
    if request.param != "sqlite":
        drop_mysql_database(url)


def _fill_the_old_way(engine) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO orders (id, number, customer_name, customer_phone, customer_phone_key,"
                " status, subtotal, discount, total, paid_amount, notes, idempotency_key,"
                " created_at, updated_at) VALUES (1, '000001', 'A', '', '', 'completed', 10, 0,"
                " 10, 10, '', 'key-0001', :now, :now)"
            ),
            {"now": NOW},
        )
        connection.execute(
            text(
                "INSERT INTO ingredients (id, name, unit, stock_qty, reorder_level, cost_per_unit,"
                " updated_at) VALUES (1, 'Flour', 'g', 1000, 0, 0, :now)"
            ),
            {"now": NOW},
        )
        for number, (before, _after) in enumerate(HISTORY, start=1):
            connection.execute(
                text(
                    "INSERT INTO order_status_history (id, order_id, from_status, to_status,"
                    " changed_at, reason) VALUES (:id, 1, 'ready', 'completed', :now, :reason)"
                ),
                {"id": number, "now": NOW, "reason": before},
            )
        for number, (before, _after) in enumerate(LEDGER, start=1):
            connection.execute(
                text(
                    "INSERT INTO stock_movements (id, kind, ingredient_id, quantity, reason,"
                    " created_at) VALUES (:id, 'consumption', 1, -10, :reason, :now)"
                ),
                {"id": number, "now": NOW, "reason": before},
            )


def _reasons(engine, table: str) -> list[str]:
    with engine.connect() as connection:
        return list(connection.execute(text(f"SELECT reason FROM {table} ORDER BY id")).scalars())


def test_the_migration_turns_the_english_reasons_into_codes_and_back(old_database):
    engine = old_database
    _fill_the_old_way(engine)
    upgrade_to(engine, "head")
    assert current_revision(engine) == HEAD_REVISION
    assert _reasons(engine, "order_status_history") == [after for _, after in HISTORY]
    assert _reasons(engine, "stock_movements") == [after for _, after in LEDGER]
    # every converted row reads back as the English sentence it was (Russian: in the GUI)
    for before, after in [*HISTORY, *LEDGER[:5]]:
        assert str(readable(after)) == before
    with engine.begin() as connection:  # a downgrade gives the sentences back
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    assert _reasons(engine, "order_status_history") == [before for before, _ in HISTORY]
    assert _reasons(engine, "stock_movements")[:5] == [before for before, _ in LEDGER[:5]]
