"""Time the one-year sales report with a cold and a warm buffer pool (issue 17).

    python bench/reports.py [--database-url mysql+pymysql://root@127.0.0.1/cakeshop_bench]

The database is the one bench/generate.py fills (1,000,000 orders); the period is the
last `--days` days of its orders. The report runs as in the app: through the service on
an engine with the app's statement timeout (the first report summarises the days and
rolls up the closed months once, timed apart; each of its statements must stay short).

Headline, **cold**: before each timed run the summaries are pushed out of MariaDB's buffer
pool by reading tables the report does not use (the clustered index of the largest tables
of the bench database, at least twice `innodb_buffer_pool_size` in all; `--evict-table`
adds others); the pages read from disk during the runs are counted to show the pool was
cold. Beside it, **warm**: runs in a row. The shared server is never restarted.
Last line: `year report cold = N ms, warm = M ms`. Targets at 1M orders on the default
128 MB pool: cold ≤ 500 ms, warm ≤ 150 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

import bench_database
from sqlalchemy import Engine, text

from cakeshop_desktop.core.db.engine import LONG_STATEMENT_SECONDS, make_engine
from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.core.services import reports
from cakeshop_desktop.core.setup.database import open_database
from cakeshop_desktop.core.uow import UnitOfWork

COLD_TARGET_MS = 500.0
WARM_TARGET_MS = 150.0
SUMMARY_PREFIX = "report_"
POOL_MULTIPLE = 2  # read this many pools' worth of other tables to evict the summaries


def _ms(samples: list[float]) -> str:
    return (
        f"median {statistics.median(samples):8.1f} ms  "
        f"min {min(samples):8.1f} ms  max {max(samples):8.1f} ms"
    )


def _status(engine: Engine, name: str) -> int:
    with engine.connect() as connection:
        row = connection.execute(text("SHOW GLOBAL STATUS LIKE :n"), {"n": name}).one()
    return int(row[1])


def summary_sizes(engine: Engine) -> list[tuple[str, int, float, float]]:
    """(table, rows, data MB, index MB) of the report's summary tables."""
    with engine.connect() as connection:
        tables = connection.execute(
            text(
                "SELECT table_name, data_length, index_length FROM information_schema.tables "
                "WHERE table_schema = DATABASE() AND table_name LIKE 'report\\_%' "
                "ORDER BY table_name"
            )
        ).all()
        return [
            (
                name,
                int(connection.execute(text(f"SELECT COUNT(*) FROM `{name}`")).scalar_one()),
                data / 1e6,
                index / 1e6,
            )
            for name, data, index in tables
        ]


def eviction_tables(engine: Engine, extra: list[str]) -> tuple[list[str], float, float]:
    """The tables to read before a cold run, their size in MB and the pool's size in MB."""
    with engine.connect() as connection:
        pool = int(connection.execute(text("SELECT @@innodb_buffer_pool_size")).scalar_one())
        candidates = connection.execute(
            text(
                "SELECT table_name, data_length FROM information_schema.tables "
                "WHERE table_schema = DATABASE() AND engine = 'InnoDB' "
                "AND table_name NOT LIKE 'report\\_%' ORDER BY data_length DESC"
            )
        ).all()
        sizes = {}
        for name in extra:
            schema, _, table = name.rpartition(".")
            size = connection.execute(
                text(
                    "SELECT data_length FROM information_schema.tables "
                    "WHERE table_schema = COALESCE(NULLIF(:s, ''), DATABASE()) AND table_name = :t"
                ),
                {"s": schema, "t": table},
            ).scalar()
            sizes[".".join(f"`{part}`" for part in name.split("."))] = int(size or 0)
    chosen = dict(sizes)
    for name, size in candidates:
        if sum(chosen.values()) >= POOL_MULTIPLE * pool:
            break
        chosen[f"`{name}`"] = int(size)
    return list(chosen), sum(chosen.values()) / 1e6, pool / 1e6


def evict(engine: Engine, tables: list[str]) -> None:
    """Read every page of the tables' clustered indexes: the pool fills with them."""
    with engine.connect() as connection:
        for table in tables:
            connection.execute(text(f"SELECT COUNT(*) FROM {table} FORCE INDEX (PRIMARY)")).all()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench_database.add_url_argument(parser)
    parser.add_argument("--days", type=int, default=365, help="length of the period (365)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each kind (5)")
    parser.add_argument(
        "--evict-table",
        action="append",
        default=[],
        help="another table ([schema.]name) to read before a cold run; repeatable",
    )
    args = parser.parse_args()
    url = bench_database.require_url(parser, args)
    if not bench_database.database_exists(url):
        print(
            f"The bench database {url.database!r} does not exist: fill it first with "
            f"python bench/generate.py --database-url {bench_database.url_text(url)}",
            file=sys.stderr,
        )
        return 2
    # the bench's own queries (counts, eviction scans) may take long; an older bench
    # database is migrated on the way
    long = open_database(bench_database.url_text(url), timeout=LONG_STATEMENT_SECONDS)
    with long.connect() as connection:
        try:
            orders, last = connection.execute(
                text("SELECT COUNT(*), MAX(created_at) FROM orders")
            ).one()
        except Exception as exc:  # noqa: BLE001 - an empty or half-made database
            print(f"The bench database has no orders table yet: {exc}", file=sys.stderr)
            return 2
        admin_id = connection.execute(
            text("SELECT id FROM users WHERE role = 'admin' ORDER BY id LIMIT 1")
        ).scalar()
    if not orders:
        print("The bench database has no orders: run bench/generate.py first", file=sys.stderr)
        return 2
    app = make_engine(url)  # the app's engine: its statement timeout applies
    date_to: date = last.date()
    date_from = date_to - timedelta(days=args.days - 1)
    actor = UserDTO(id=admin_id or 1, username="bench", full_name="bench", role=Role.ADMIN)
    uow = UnitOfWork(app)
    print(f"server {bench_database.server_version(url)}, {orders:,} orders in all")
    print(f"period {date_from} .. {date_to} ({args.days} days), {args.repeat} runs each")

    began = time.perf_counter()
    days = reports.summarise_closed_days(uow, date_from, date_to)
    months = reports.roll_up_closed_months(uow, date_from, date_to)
    if days or months:
        print(
            f"first report: summarised {days} days and rolled up {months} months in "
            f"{time.perf_counter() - began:.1f} s (once, statements within the app's timeout)"
        )
    tables, evict_mb, pool_mb = eviction_tables(long, args.evict_table)
    print(f"cold runs first read {evict_mb:,.0f} MB ({', '.join(tables)}); pool {pool_mb:,.0f} MB")
    if evict_mb < pool_mb:
        print("  (less than the pool: the summaries may stay in memory; add --evict-table)")

    def service() -> None:
        reports.sales_report(uow, actor, date_from, date_to)

    def timed(samples: list[float], run: Callable[[], object]) -> None:
        began = time.perf_counter()
        run()
        samples.append((time.perf_counter() - began) * 1000)

    report = reports.sales_report(uow, actor, date_from, date_to)
    cold: list[float] = []
    disk_reads = 0
    for _ in range(args.repeat):
        evict(long, tables)
        before = _status(long, "Innodb_buffer_pool_reads")
        timed(cold, service)
        disk_reads += _status(long, "Innodb_buffer_pool_reads") - before
    warm: list[float] = []
    service()
    for _ in range(args.repeat):
        timed(warm, service)
    print(
        f"report: {report.orders:,} orders, revenue {report.revenue}, "
        f"{report.items_sold:,} cakes, grain {report.grain.value}"
    )
    print("summary tables (rows, data MB, index MB):")
    for name, rows, data, index in summary_sizes(long):
        print(f"  {name:<24} {rows:>10,} {data:8.1f} {index:8.1f}")
    print(
        f"cold (after reading {evict_mb:,.0f} MB): {_ms(cold)}; "
        f"{disk_reads / args.repeat:,.0f} pages from disk a run (server-wide)"
    )
    print(f"warm (runs in a row)       : {_ms(warm)}")
    cold_ms, warm_ms = statistics.median(cold), statistics.median(warm)
    verdict = (
        f"targets cold {COLD_TARGET_MS:.0f} ms: {'within' if cold_ms <= COLD_TARGET_MS else 'OVER'}"
        f", warm {WARM_TARGET_MS:.0f} ms: {'within' if warm_ms <= WARM_TARGET_MS else 'OVER'}"
    )
    print(verdict)
    app.dispose()
    long.dispose()
    print(f"year report cold = {cold_ms:.0f} ms, warm = {warm_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
