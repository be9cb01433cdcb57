"""Open the shop's database: connect, migrate, and seed demo data into a new embedded file."""

from __future__ import annotations

from sqlalchemy import Engine

from cakeshop_desktop.core.db.engine import check_connection, make_engine
from cakeshop_desktop.core.db.migrate import current_revision, upgrade


def open_database(url: str, *, seed_demo_if_new: bool = False) -> Engine:
    """A ready engine: reachable, at the newest schema, with demo data when asked and new.

    Raises InvalidInput for a bad URL and DatabaseUnavailable for a server that refuses.
    """
    engine = make_engine(url)
    check_connection(engine)
    is_new = current_revision(engine) is None
    upgrade(engine)
    if seed_demo_if_new and is_new:
        from cakeshop_desktop.core.demo import seed_demo

        seed_demo(engine)
    return engine
