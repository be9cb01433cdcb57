"""A reporting replica: an asynchronous MariaDB replica of the shop server that reports read.

Reports read many rows; on a busy shop they can run on a replica instead of the server the
tills write to. Before a report reads it, the replica is asked how it is doing
(`SHOW REPLICA STATUS`): a replica that answers and replicates is read, with its lag; one
that is down, has stopped replicating or is no replica at all is passed over for the shop
server, and the report says why.

The lag needs the REPLICA MONITOR privilege (MariaDB 10.5.9+; README: a reporting replica);
without it the replica is still read and its lag is shown as unknown.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from cakeshop_desktop.core.db.engine import connection_problem_code
from cakeshop_desktop.core.types.reports import ReadFrom, ReportSource

NO_RIGHT_TO_SEE = (1227, 1142)  # access denied: needs REPLICA MONITOR (or SUPER)


def replica_state(engine: Engine) -> ReadFrom:
    """Whether the replica behind `engine` may be read now, and its lag."""
    try:
        with engine.connect() as connection:
            try:
                row = connection.execute(text("SHOW REPLICA STATUS")).mappings().first()
            except DBAPIError as exc:
                if connection_problem_code(exc) in NO_RIGHT_TO_SEE:
                    return ReadFrom(ReportSource.REPLICA)  # read it; its lag is not ours to see
                raise
    except DBAPIError:
        return ReadFrom(ReportSource.REPLICA_DOWN)
    if row is None:
        return ReadFrom(ReportSource.REPLICA_STOPPED)  # a server that replicates nothing
    running = all(
        str(row.get(name, "")).lower() == "yes"
        for name in ("Slave_IO_Running", "Slave_SQL_Running")
    )
    if not running:
        return ReadFrom(ReportSource.REPLICA_STOPPED)
    lag = row.get("Seconds_Behind_Master")
    return ReadFrom(ReportSource.REPLICA, None if lag is None else int(lag))
