"""Open the shop's database: connect, migrate, and seed demo data into a new embedded file."""

from __future__ import annotations

from sqlalchemy import Engine

from cakeshop_desktop.core.db.engine import STATEMENT_TIMEOUT_SECONDS, check_connection, make_engine
from cakeshop_desktop.core.db.migrate import current_revision, upgrade


def open_database(
    url: str, *, seed_demo_if_new: bool = False, timeout: int = STATEMENT_TIMEOUT_SECONDS
) -> Engine:
    """A ready engine: reachable, at the newest schema, with demo data when asked and new.

    Raises InvalidInput for a bad URL and DatabaseUnavailable for a server that refuses.
    `timeout` is make_engine's (the benches' raw SQL asks for more).
    """
    engine = make_engine(url, timeout=timeout)
    check_connection(engine)
    is_new = current_revision(engine) is None
    upgrade(engine)
    if seed_demo_if_new and is_new:
        from cakeshop_desktop.core.demo import seed_demo

        seed_demo(engine)
    return engine
