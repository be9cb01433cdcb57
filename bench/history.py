"""Order history latency at 1,000,000 orders through `orders.find_orders` (a cashier).

The first page (50 orders, newest first) of the full history, of one status, of an order
number and of a phone in every form a cashier types it (`8 900 123`, `+7 900 123`,
`900 123`, the last 4 or 7 digits, the whole number as shown); the target is 50 ms.
A fragment from the middle of a number is measured apart: it is looked for only when no
number begins or ends with it, by reading through the orders (core/rules/phones.py).

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
from cakeshop_desktop.core.rules import phones
from cakeshop_desktop.core.services.orders import find_orders
from cakeshop_desktop.core.uow import UnitOfWork

TARGET_MS = 50.0
# How a cashier may type a stored number (E.164, `+79001234567`): the beginning in each
# form, the last digits; a fragment from the middle is reported apart (it is looked for
# only when nothing begins or ends so, by reading through the orders).
PHONE_FORMS: dict[str, Callable[[str], str]] = {
    "phone as shown": phones.shown,  # 8 (900) 123-45-67
    "phone +7 900 123": lambda p: f"{p[:2]} {p[2:5]} {p[5:8]}",
    "phone 8 900 123": lambda p: f"8 {p[2:5]} {p[5:8]}",
    "phone 900 123": lambda p: f"{p[2:5]} {p[5:8]}",
    "phone last 4": lambda p: p[-4:],
    "phone last 7": lambda p: f"{p[-7:-4]}-{p[-4:-2]}-{p[-2:]}",
}
MIDDLE = "phone middle 5*"  # not in the worst figure: see the module's docstring


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
        numbers = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT customer_phone FROM orders WHERE MOD(id, 997) = 0 LIMIT 200"
            )
            if row[0].startswith("+")
        ]
    actor = UserDTO(id=cashier_id or 1, username="cashier", full_name="Cashier", role=Role.CASHIER)
    rng = random.Random(11)
    kinds: dict[str, Callable[[], OrderQuery]] = {
        "all, newest first": lambda: OrderQuery(),
        "by status": lambda: OrderQuery(status=rng.choice(tuple(OrderStatus))),
        **{name: _typed(rng, numbers, form) for name, form in PHONE_FORMS.items()},
        MIDDLE: _typed(rng, numbers, lambda p: p[5:10]),
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
    print(f"{'query':>20}  {'p50 ms':>7}  {'p95 ms':>7}  {'max ms':>7}  target")
    worst = 0.0
    for name, times in samples.items():
        p95 = bench_database.percentile(times, 0.95)
        if name != MIDDLE:
            worst = max(worst, p95)
        print(
            f"{name:>20}  {bench_database.percentile(times, 0.5):7.1f}  {p95:7.1f}  "
            f"{max(times):7.1f}  {'met' if p95 <= TARGET_MS else 'missed'}"
        )
    verdict = "met" if worst <= TARGET_MS else "missed"
    print(f"history worst p95 = {worst:.1f} ms (target <= {TARGET_MS:.0f} ms: {verdict})")
    return 0


def _typed(
    rng: random.Random, numbers: list[str], form: Callable[[str], str]
) -> Callable[[], OrderQuery]:
    return lambda: OrderQuery(phone=form(rng.choice(numbers)))


if __name__ == "__main__":
    sys.exit(main())
