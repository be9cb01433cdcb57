"""Order history latency at 1,000,000 orders through `orders.find_orders` (a cashier).

The first page (50 orders, newest first) of the full history, of one status, of a phone
(part of a number, as typed at the counter) and of an order number; the target is 50 ms.

    python bench/history.py --database-url mysql+pymysql://root@127.0.0.1/cakeshop_bench
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable

import bench_database

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import OrderQuery, OrderStatus, Role, UserDTO
from cakeshop_desktop.core.services.orders import find_orders
from cakeshop_desktop.core.uow import UnitOfWork

TARGET_MS = 50.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench_database.add_url_argument(parser)
    parser.add_argument("--rounds", type=int, default=40, help="queries of each kind")
    args = parser.parse_args(argv)
    url = bench_database.require_url(parser, args)
    engine = make_engine(bench_database.url_text(url))
    uow = UnitOfWork(engine)
    with engine.connect() as connection:
        orders = connection.exec_driver_sql("SELECT COUNT(*) FROM orders").scalar() or 0
        cashier_id = connection.exec_driver_sql(
            "SELECT id FROM users WHERE role = 'cashier' ORDER BY id LIMIT 1"
        ).scalar()
        phones = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT customer_phone FROM orders WHERE MOD(id, 997) = 0 LIMIT 200"
            )
        ]
    actor = UserDTO(id=cashier_id or 1, username="cashier", full_name="Cashier", role=Role.CASHIER)
    rng = random.Random(11)
    kinds: dict[str, Callable[[], OrderQuery]] = {
        "all, newest first": lambda: OrderQuery(),
        "by status": lambda: OrderQuery(status=rng.choice(tuple(OrderStatus))),
        "by full phone": lambda: OrderQuery(phone=rng.choice(phones)),
        "by phone ending": lambda: OrderQuery(phone=rng.choice(phones)[-5:]),
        "by number": lambda: OrderQuery(number=str(rng.randrange(1, max(orders, 2)))),
        "second page": lambda: OrderQuery(offset=50),
    }
    for make in kinds.values():
        for _ in range(3):
            find_orders(uow, actor, make())
    samples: dict[str, list[float]] = {name: [] for name in kinds}
    schedule = [name for name in kinds for _ in range(args.rounds)]
    rng.shuffle(schedule)
    for name in schedule:
        query = kinds[name]()
        started = time.perf_counter()
        find_orders(uow, actor, query)
        samples[name].append((time.perf_counter() - started) * 1000)
    engine.dispose()
    print(f"history: {orders:,} orders, {args.rounds} queries of each kind, page of 50")
    print(f"{'query':>18}  {'p50 ms':>7}  {'p95 ms':>7}  {'max ms':>7}  target")
    worst = 0.0
    for name, times in samples.items():
        p95 = bench_database.percentile(times, 0.95)
        worst = max(worst, p95)
        print(
            f"{name:>18}  {bench_database.percentile(times, 0.5):7.1f}  {p95:7.1f}  "
            f"{max(times):7.1f}  {'met' if p95 <= TARGET_MS else 'missed'}"
        )
    verdict = "met" if worst <= TARGET_MS else "missed"
    print(f"history worst p95 = {worst:.1f} ms (target <= {TARGET_MS:.0f} ms: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
