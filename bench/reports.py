"""Time the sales report for one year over the bench database, through the service and as raw SQL.

    python bench/reports.py [--database-url mysql+pymysql://root@127.0.0.1/cakeshop_bench]

The database is the one bench/generate.py fills (1,000,000 orders); the period is the
last `--days` days of its orders. The service reads the per-day summaries (migration
0002; the first report after the data was loaded writes them, timed separately) and
the orders of the days without one; the raw side computes the same aggregates from the
orders themselves: orders by day, hour and cancelled-or-not; items by cake and kind;
every cake's category; cancellation reasons. The service runs are timed in a row, then
the raw ones; a last round times the service right after each raw run, when that year of
orders has pushed the summaries out of MariaDB's 128 MB buffer pool (informative).
Target: the service within 500 ms on MariaDB.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

import bench_database
from sqlalchemy import text

from cakeshop_desktop.core.db.bootstrap import open_database
from cakeshop_desktop.core.db.engine import LONG_STATEMENT_SECONDS
from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.core.services import reports
from cakeshop_desktop.core.uow import UnitOfWork

TARGET_MS = 500.0
RAW_SQL = (
    "SELECT DATE(created_at) d, HOUR(created_at) h, "
    "CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END c, COUNT(*), SUM(total) "
    "FROM orders WHERE created_at >= :a AND created_at < :b GROUP BY d, h, c",
    "SELECT i.cake_id, i.made_to_order, SUM(i.quantity), SUM(i.line_total) "
    "FROM order_items i JOIN orders o ON o.id = i.order_id "
    "WHERE o.created_at >= :a AND o.created_at < :b AND o.status <> 'cancelled' "
    "GROUP BY i.cake_id, i.made_to_order",
    "SELECT id, category_id FROM cakes",
    "SELECT COALESCE(h.reason, '') r, COUNT(o.id) n, SUM(o.total) FROM orders o "
    "LEFT JOIN order_status_history h ON h.order_id = o.id AND h.to_status = 'cancelled' "
    "WHERE o.created_at >= :a AND o.created_at < :b AND o.status = 'cancelled' "
    "GROUP BY r ORDER BY n DESC, r LIMIT 20",
)


def _ms(samples: list[float]) -> str:
    return (
        f"median {statistics.median(samples):8.1f} ms  "
        f"min {min(samples):8.1f} ms  max {max(samples):8.1f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench_database.add_url_argument(parser)
    parser.add_argument("--days", type=int, default=365, help="length of the period (365)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each side (5)")
    args = parser.parse_args()
    url = bench_database.require_url(parser, args)
    if not bench_database.database_exists(url):
        print(
            f"The bench database {url.database!r} does not exist: fill it first with "
            f"python bench/generate.py --database-url {bench_database.url_text(url)}",
            file=sys.stderr,
        )
        return 2
    # an older bench database is migrated; the raw SQL over a year of orders takes seconds
    engine = open_database(bench_database.url_text(url), timeout=LONG_STATEMENT_SECONDS)
    with engine.connect() as connection:
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
    date_to: date = last.date()
    date_from = date_to - timedelta(days=args.days - 1)
    start, end = reports.period_bounds(date_from, date_to)
    actor = UserDTO(id=admin_id or 1, username="bench", full_name="bench", role=Role.ADMIN)
    uow = UnitOfWork(engine)
    print(f"server {bench_database.server_version(url)}, {orders:,} orders in all")
    print(f"period {date_from} .. {date_to} ({args.days} days), {args.repeat} runs each")

    def service() -> None:
        reports.sales_report(uow, actor, date_from, date_to)

    def raw() -> None:
        with engine.connect() as connection:
            for sql in RAW_SQL:
                connection.execute(text(sql), {"a": start, "b": end}).fetchall()

    began = time.perf_counter()
    summarised = reports.summarise_closed_days(uow, date_from, date_to)
    if summarised:
        print(
            f"first report: summarised {summarised} days in "
            f"{time.perf_counter() - began:.1f} s (once; later reports read the summaries)"
        )
    timings: dict[str, list[float]] = {"service": [], "raw": [], "service after raw": []}

    def timed(name: str, run: Callable[[], object]) -> None:
        began = time.perf_counter()
        run()
        timings[name].append((time.perf_counter() - began) * 1000)

    report = reports.sales_report(uow, actor, date_from, date_to)  # warm the buffer pool
    for _ in range(args.repeat):
        timed("service", service)
    raw()
    for _ in range(args.repeat):
        timed("raw", raw)
    for _ in range(args.repeat):  # a year of orders just read has pushed the summaries out
        raw()
        timed("service after raw", service)
    print(
        f"report: {report.orders:,} orders, revenue {report.revenue}, "
        f"{report.items_sold:,} cakes, grain {report.grain.value}"
    )
    print(f"sales_report (service): {_ms(timings['service'])}")
    print(f"same SQL, raw         : {_ms(timings['raw'])}")
    print(f"service after raw     : {_ms(timings['service after raw'])} (informative)")
    service_ms = statistics.median(timings["service"])
    raw_ms = statistics.median(timings["raw"])
    print(f"service / raw = {service_ms / raw_ms:.2f}")
    verdict = "within" if service_ms <= TARGET_MS else "OVER"
    print(f"target {TARGET_MS:.0f} ms: {verdict}")
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
