"""Open the shop's database: connect, migrate, and fill in the demo shop when asked."""

from __future__ import annotations

from sqlalchemy import Engine

from cakeshop_desktop.core.db.engine import STATEMENT_TIMEOUT_SECONDS, check_connection, make_engine
from cakeshop_desktop.core.db.migrate import upgrade


def open_database(
    url: str, *, demo: bool = False, timeout: int = STATEMENT_TIMEOUT_SECONDS
) -> Engine:
    """A ready engine: reachable, at the newest schema, with the demo shop when `demo`.

    A new database has no users: the app's set-up wizard makes the first one. `demo` refuses
    (InvalidInput) a database that holds a real shop. Raises InvalidInput for a bad URL and
    DatabaseUnavailable for a server that refuses. `timeout` is make_engine's (the benches'
    raw SQL asks for more).
    """
    engine = make_engine(url, timeout=timeout)
    check_connection(engine)
    upgrade(engine)
    if demo:
        from cakeshop_desktop.core.demo import seed_demo_shop

        try:
            seed_demo_shop(engine)
        except BaseException:
            engine.dispose()
            raise
    return engine
