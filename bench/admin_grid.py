"""Time the admin's table grid over the bench database: pages of `orders` through table_editor.fetch_rows.

    python bench/admin_grid.py [--database-url mysql+pymysql://root@127.0.0.1/cakeshop_bench]

The database is the one bench/generate.py fills (1,000,000 orders). Measured, each as the
median of --repeat runs: the first page (what opening the table shows), a page deep in
the table by key (what scrolling loads), the first page sorted newest first, a filtered
first page, and the row count the status line shows. Target: the first page within 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import bench_database

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import Role, UserDTO
from cakeshop_desktop.core.services import table_editor
from cakeshop_desktop.core.uow import UnitOfWork

TARGET_MS = 200.0
TABLE = "orders"
PAGE = 100
ADMIN = UserDTO(id=1, username="bench", full_name="Bench", role=Role.ADMIN)


def timed(work: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median milliseconds of `repeat` runs, and the last result."""
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench_database.add_url_argument(parser)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    url = bench_database.require_url(parser, args)
    engine = make_engine(url)
    uow = UnitOfWork(engine)
    try:
        count = table_editor.count_rows(uow, ADMIN, TABLE)  # also warms the pool
        first_ms, first = timed(
            lambda: table_editor.fetch_rows(uow, ADMIN, TABLE, limit=PAGE), args.repeat
        )
        deep_key = max(1, count.count - 1000)
        deep_ms, _ = timed(
            lambda: table_editor.fetch_rows(uow, ADMIN, TABLE, limit=PAGE, cursor=deep_key),
            args.repeat,
        )
        newest_ms, _ = timed(
            lambda: table_editor.fetch_rows(uow, ADMIN, TABLE, "", "created_at", True, 0, PAGE),
            args.repeat,
        )
        filtered_ms, filtered = timed(
            lambda: table_editor.fetch_rows(uow, ADMIN, TABLE, "Иван", limit=PAGE), args.repeat
        )
        scan_ms, _ = timed(
            lambda: table_editor.fetch_rows(uow, ADMIN, TABLE, "no such text", limit=PAGE), 3
        )
        unindexed_ms, _ = timed(
            lambda: table_editor.fetch_rows(uow, ADMIN, TABLE, "", "customer_name", False, 0, PAGE),
            3,
        )
        count_ms, _ = timed(lambda: table_editor.count_rows(uow, ADMIN, TABLE), args.repeat)
    finally:
        engine.dispose()
    exact = "" if count.exact else " (server estimate)"
    print(f"{TABLE}: {count.count:,} rows{exact}, page of {PAGE}, median of {args.repeat}")
    lines = (
        ("first page (open the table)", first_ms, f"{len(first.rows)} rows"),
        ("page by key near the end", deep_ms, ""),
        ("first page, created_at desc", newest_ms, ""),
        ("first page, filter 'Иван'", filtered_ms, f"{len(filtered.rows)} rows"),
        ("filter matching nothing (a scan)", scan_ms, ""),
        ("sorted by customer_name (no index)", unindexed_ms, ""),
        ("row count", count_ms, ""),
    )
    for label, ms, note in lines:
        print(f"  {label:<36}{ms:9.1f} ms  {note}".rstrip())
    verdict = "OK" if first_ms <= TARGET_MS else "SLOW"
    print(f"first page {first_ms:.1f} ms, target {TARGET_MS:.0f} ms: {verdict}")
    return 0 if first_ms <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
