"""Helpers of the backup tests: a demo shop with orders and summaries, every row of a database."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, MetaData, select, text

from cakeshop_desktop.core.db import catalog_search
from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.demo import seed_demo
from cakeshop_desktop.core.domain import OrderStatus, Role, UserDTO
from cakeshop_desktop.core.services import orders, reports
from cakeshop_desktop.core.uow import UnitOfWork

TRIGGERS_SQL = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name",
    "mysql": "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS "
    "WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY TRIGGER_NAME",
}


def fill_demo_shop(url: str) -> None:
    """The demo shop (90 days of orders) with the report summaries of its past days written."""
    engine = make_engine(url)
    try:
        seed_demo(engine)
        today = date.today()
        reports.summarise_closed_days(UnitOfWork(engine), today - timedelta(days=120), today)
    finally:
        engine.dispose()


def every_row(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in key order: two databases are equal when these are.

    SQLite's word index of the catalogue is compared by what it holds for each cake, not by
    the pages of its index (those differ between a rebuilt index and one grown row by row)."""
    engine = make_engine(url)
    try:
        metadata = MetaData()
        with engine.connect() as connection:
            metadata.reflect(connection)
            rows = {
                table.name: [
                    tuple(row)
                    for row in connection.execute(
                        select(table).order_by(*(table.primary_key.columns or table.columns))
                    )
                ]
                for table in metadata.sorted_tables
                if not catalog_search.is_search_table(table.name)
            }
            if catalog_search.TABLE in metadata.tables:
                rows[catalog_search.TABLE] = [
                    tuple(row)
                    for row in connection.execute(
                        text(
                            f"SELECT rowid, name, sku, description FROM {catalog_search.TABLE} "
                            "ORDER BY rowid"
                        )
                    )
                ]
            return rows
    finally:
        engine.dispose()


def trigger_names(url: str) -> list[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(text(TRIGGERS_SQL[engine.dialect.name])).scalars())
    finally:
        engine.dispose()


def admin_of(engine: Engine) -> UserDTO:
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT id, username, full_name FROM users WHERE role = 'admin' ORDER BY id")
        ).first()
    assert row is not None
    return UserDTO(id=row[0], username=row[1], full_name=row[2], role=Role.ADMIN)


def oldest_open_order(engine: Engine) -> int:
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT id FROM orders WHERE status NOT IN (:done, :cancelled) "
                "ORDER BY created_at LIMIT 1"
            ),
            {"done": OrderStatus.COMPLETED.value, "cancelled": OrderStatus.CANCELLED.value},
        ).one()
    return int(row[0])


def change_and_delete_things(url: str) -> None:
    """What a day of work (and a mistake) does after the backup: every kind of change."""
    engine = make_engine(url)
    try:
        order_id = oldest_open_order(engine)
        orders.cancel_order(UnitOfWork(engine), admin_of(engine), order_id, "Клиент передумал")
        with engine.begin() as connection:
            connection.execute(text("UPDATE cakes SET price = price + 100, version = version + 1"))
            connection.execute(text("DELETE FROM cart_items"))
            connection.execute(
                text(
                    "DELETE FROM payments WHERE id = (SELECT id FROM (SELECT MAX(id) AS id FROM payments) p)"
                )
            )
            connection.execute(text("DELETE FROM report_hours"))
            connection.execute(
                text("INSERT INTO shop_settings (`key`, value) VALUES (:key, 'changed')"),
                {"key": f"backup_test_{uuid.uuid4().hex[:8]}"},
            )
    finally:
        engine.dispose()


def change_an_old_order(url: str) -> date:
    """Change the total of the oldest order by hand (as SQL typed by an admin would); its day."""
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            order_id, created = connection.execute(
                text("SELECT id, created_at FROM orders ORDER BY created_at, id LIMIT 1")
            ).one()
            connection.execute(
                text("UPDATE orders SET total = total + 1 WHERE id = :id"), {"id": order_id}
            )
        return date.fromisoformat(str(created)[:10])
    finally:
        engine.dispose()


def report_day_is_stale(url: str, day: date) -> bool:
    """Whether the summary of `day` is marked for adding up again (the triggers' work)."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            value = connection.execute(
                text("SELECT summarised FROM report_days WHERE day = :day"), {"day": day}
            ).scalar()
        return value is not None and not value
    finally:
        engine.dispose()
