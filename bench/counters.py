"""50 counters at a human pace: p95 per action through the services, and the invariants after.

Each counter is a process (multiprocessing, fork) with its own engine and its own cashier
(`bench_counter01`…, created on first use). It serves customers one after another: types a
word of a cake's name into the catalogue search (a query per pause in typing, as the 200 ms
debounce sends them), puts one to three of the cakes it found in the cart, checks out with
the customer's phone and cash, now and then looks an order up by a phone (the whole number
or its last seven digits) and now and then opens the production board as a baker and moves
a card one column on. Between the steps it waits as a person does (0.3–4 s); between
customers 1–8 s. Every 40 s all counters have a 12 s rush in which every pause is a quarter
as long: the bursts. Each action is timed around the service call alone; beside the wall
time the table gives the counter process's own CPU time for it (p50, `cpu ms`): what the
action costs the client. The rest of the wall time is waiting, for the server or for a core.

The database: `--database-url` (default: the server of CAKESHOP_TEST_MYSQL_URL, database
`cakeshop_bench_counters`). When it holds no orders yet it is filled by bench/generate.py
(`--cakes` 5,000 and `--orders` 30,000 by default: well under 2 minutes); an existing bench
database (e.g. `cakeshop_bench`, 1M orders) is used as it is. Only orders are added; nothing
is deleted. `--cluster` starts the 3-node Galera cluster of tests/cluster/galera.py instead
(galera-4 needed), fills it through node 1 and spreads the counters over the nodes (each
counter's URL lists all three, its own first); the cluster is stopped at the end.

At the end, checked in the database: no cake below zero stock; for every showcase cake
the stock ledger sums to its stock, the stock it lost during the run = the cakes sold =
minus its sale movements, and `sold_count` grew by the cakes sold; every order a counter saw
made exists once; order numbers unique. The last line:
`N counters, p95 worst = X ms (action), invariants ok` (or `FAILED: …`).

    PYTHONPATH=. python bench/counters.py [--counters 50] [--seconds 90] [--cluster]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import time
import traceback
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_database  # noqa: E402
import generate  # noqa: E402
from sqlalchemy import make_url  # noqa: E402
from sqlalchemy.engine import URL  # noqa: E402

from cakeshop_desktop.core.db.engine import make_engine  # noqa: E402
from cakeshop_desktop.core.db.migrate import upgrade  # noqa: E402
from cakeshop_desktop.core.domain import (  # noqa: E402
    CapacityFull,
    CatalogQuery,
    CheckoutRequest,
    Conflict,
    OrderQuery,
    OutOfStock,
    PaymentMethod,
    PickupTooEarly,
    Role,
    TaskStatus,
    UserDTO,
)
from cakeshop_desktop.core.services import cart, catalog, checkout, orders, production  # noqa: E402
from cakeshop_desktop.core.services.users import create_user  # noqa: E402
from cakeshop_desktop.core.uow import UnitOfWork  # noqa: E402

DATABASE = "cakeshop_bench_counters"
ACTIONS = ("search", "add to cart", "checkout", "order look-up", "board open", "board move")
TARGET_MS = 100.0
RUSH_EVERY, RUSH_LENGTH = 40.0, 12.0
PASSWORD = "counter123"
# the customers' refusals a counter meets at a real till: not errors
REFUSALS = (OutOfStock, CapacityFull, PickupTooEarly, Conflict)


@dataclass(frozen=True)
class CounterJob:
    url: str
    number: int
    cashier: UserDTO
    baker: UserDTO
    words: tuple[str, ...]  # words of cake names to type
    phones: tuple[str, ...]  # customers' phones as a cashier types them
    due_at: datetime  # pickup time of made-to-order cakes
    seconds: float
    started_at: float  # time.time() of the common start: the rushes are in step


@dataclass
class CounterReport:
    number: int
    timings: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    cpu: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    refused: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    orders: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Counter:
    """One counter's day: customers until the time is up."""

    def __init__(self, job: CounterJob, report: CounterReport) -> None:
        self.job = job
        self.report = report
        self.rng = random.Random(job.number * 7919 + 1)
        self.engine = make_engine(job.url)
        self.uow = UnitOfWork(self.engine)
        self.sales = 0

    def pause(self, low: float, high: float) -> None:
        since = time.time() - self.job.started_at
        rush = since % RUSH_EVERY < RUSH_LENGTH
        time.sleep(self.rng.uniform(low, high) * (0.25 if rush else 1.0))

    def timed(self, action: str, call: Any) -> Any:
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return call()
        except REFUSALS:
            self.report.refused[action] += 1
            return None
        finally:
            self.report.timings[action].append(time.perf_counter() - started)
            self.report.cpu[action].append(time.process_time() - cpu)

    def run(self) -> None:
        deadline = self.job.started_at + self.job.seconds
        self.pause(0.0, 3.0)  # the counters do not all start on the same millisecond
        while time.time() < deadline:
            try:
                self.customer()
            except Exception:  # noqa: BLE001 - counted and shown by the parent
                self.report.errors.append(traceback.format_exc())
                if len(self.report.errors) > 5:
                    return
            self.pause(1.0, 8.0)

    def customer(self) -> None:
        rng, uow, cashier = self.rng, self.uow, self.job.cashier
        cart.clear_cart(uow, cashier)
        word = rng.choice(self.job.words)
        found: tuple[Any, ...] = ()
        typed = sorted({min(len(word), n) for n in (3, rng.randint(4, 6), len(word))})
        for length in typed:  # a query each time the typing pauses
            query = CatalogQuery(text=word[:length], in_stock_only=rng.random() < 0.3)
            page = self.timed("search", lambda q=query: catalog.search_catalog(uow, cashier, q))
            found = page.items if page is not None else ()
            self.pause(0.3, 1.2)
        sellable = [c for c in found if c.made_to_order or c.stock_qty > 0]
        if not sellable:
            return
        basket = None
        for cake in rng.sample(sellable, min(len(sellable), rng.choice((1, 1, 2, 3)))):
            quantity = rng.choice((1, 1, 1, 2))
            added = self.timed(
                "add to cart",
                lambda c=cake.id, q=quantity: cart.add_to_cart(uow, cashier, c, q),
            )
            basket = added or basket
            self.pause(0.5, 3.0)
        if basket is None or basket.is_empty:
            return
        self.pause(1.0, 4.0)  # the customer finds the money
        self.sales += 1
        request = CheckoutRequest(
            idempotency_key=f"counter-{self.job.number}-{os.getpid()}-{self.sales}",
            customer_name=f"Покупатель {self.job.number}",
            customer_phone=rng.choice(self.job.phones),
            due_at=self.job.due_at if basket.needs_pickup_time else None,
            payment_method=PaymentMethod.CASH,
            paid_amount=basket.total,
        )
        order = self.timed("checkout", lambda: checkout.place_order(uow, cashier, request))
        if order is not None:
            self.report.orders.append(order.id)
        if rng.random() < 0.4:
            self.pause(0.5, 2.0)
            phone = rng.choice(self.job.phones)
            digits = "".join(ch for ch in phone if ch.isdigit())
            typed_phone = phone if rng.random() < 0.7 else digits[-7:]
            self.timed(
                "order look-up",
                lambda: orders.find_orders(uow, cashier, OrderQuery(phone=typed_phone)),
            )
        if rng.random() < 0.2:
            self.board_move()

    def board_move(self) -> None:
        baker = self.job.baker
        board = self.timed(
            "board open",
            lambda: production.production_board(self.uow, baker, date.today(), days=4),
        )
        if board is None:
            return
        cards = [
            card
            for card in board.cards()
            if card.status in (TaskStatus.QUEUED, TaskStatus.IN_PROGRESS)
        ]
        if not cards:
            return
        card = self.rng.choice(cards)
        self.pause(0.5, 2.0)
        self.timed(
            "board move",
            lambda: production.advance_task(self.uow, baker, card.id, card.version),
        )


def run_counter(job: CounterJob, results: Any) -> None:
    report = CounterReport(job.number)
    counter = None
    try:
        counter = Counter(job, report)
        counter.run()
    except Exception:  # noqa: BLE001 - reported to the parent
        report.errors.append(traceback.format_exc())
    finally:
        if counter is not None:
            counter.engine.dispose()
        report.timings = dict(report.timings)
        report.cpu = dict(report.cpu)
        report.refused = dict(report.refused)
        results.put(report)


# ---------------------------------------------------------------- the database


def fill(url: URL, cakes: int, orders_count: int, customers: int) -> None:
    if not bench_database.database_exists(url):
        bench_database.create_database(url)
    if generate.has_data(url):
        print(f"{url.database}: using the data already there")
        return
    print(f"{url.database}: generating {cakes:,} cakes and {orders_count:,} orders")
    started = time.perf_counter()
    generate.generate(url, cakes, orders_count, customers)
    print(f"  generated in {time.perf_counter() - started:.0f} s")


def prepare(owner_url: URL, counters: int) -> tuple[list[UserDTO], UserDTO, datetime]:
    """The counters' cashiers and a baker (created once), and pickup capacity to spare."""
    engine = make_engine(bench_database.url_text(owner_url))
    upgrade(engine)
    uow = UnitOfWork(engine)
    wanted = [f"bench_counter{n:02d}" for n in range(1, counters + 1)] + ["bench_counter_baker"]
    with bench_database.connect(owner_url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT username FROM users WHERE username LIKE 'bench\\_counter%%'")
        have = {row[0] for row in cursor.fetchall()}
    for name in wanted:
        if name not in have:
            role = Role.BAKER if name.endswith("baker") else Role.CASHIER
            create_user(uow, name, role, PASSWORD, full_name=name.replace("_", " "))
    engine.dispose()
    due_at = (datetime.now() + timedelta(days=4)).replace(
        hour=12, minute=0, second=0, microsecond=0
    )
    with (
        bench_database.connect(owner_url, autocommit=True) as connection,
        connection.cursor() as cursor,
    ):
        cursor.execute(
            "SELECT id, username, full_name, role FROM users WHERE username IN %s",
            (wanted,),
        )
        users = {row[1]: UserDTO(row[0], row[1], row[2], Role(row[3])) for row in cursor}
        cursor.execute(
            "INSERT INTO production_days (day, capacity, booked) VALUES (%s, 1000000, 0) "
            "ON DUPLICATE KEY UPDATE capacity = GREATEST(capacity, booked + 1000000)",
            (due_at.date(),),
        )
    return [users[name] for name in wanted[:-1]], users[wanted[-1]], due_at


def words_and_phones(url: URL) -> tuple[tuple[str, ...], tuple[str, ...]]:
    with bench_database.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT name FROM cakes WHERE is_active = 1 ORDER BY RAND() LIMIT 400")
        words = {word for (name,) in cursor for word in name.split() if len(word) >= 4}
        cursor.execute(
            "SELECT customer_phone FROM orders WHERE customer_phone <> '' "
            "ORDER BY id DESC LIMIT 2000"
        )
        phones = {row[0] for row in cursor}
    return tuple(sorted(words)), tuple(sorted(phones))


SNAPSHOT_SQL = (
    "SELECT c.id, c.made_to_order, c.stock_qty, c.sold_count, "
    "COALESCE((SELECT SUM(m.quantity) FROM stock_movements m WHERE m.cake_id = c.id), 0), "
    "COALESCE((SELECT SUM(m.quantity) FROM stock_movements m "
    "WHERE m.cake_id = c.id AND m.kind = 'sale'), 0) FROM cakes c"
)


def snapshot(url: URL) -> dict[int, tuple[int, ...]]:
    with bench_database.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute(SNAPSHOT_SQL)
        return {row[0]: tuple(int(value) for value in row[1:]) for row in cursor}


def check_invariants(
    url: URL, before: dict[int, tuple[int, ...]], made: list[int], first_new_id: int
) -> list[str]:
    problems: list[str] = []
    after = snapshot(url)
    with bench_database.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT i.cake_id, SUM(i.quantity) FROM order_items i JOIN orders o "
            "ON o.id = i.order_id WHERE o.id >= %s AND o.status <> 'cancelled' "
            "GROUP BY i.cake_id",
            (first_new_id,),
        )
        sold = {row[0]: int(row[1]) for row in cursor}
        cursor.execute("SELECT id FROM orders WHERE id >= %s", (first_new_id,))
        in_db = sorted(row[0] for row in cursor)
        cursor.execute("SELECT COUNT(*), COUNT(DISTINCT number) FROM orders")
        count, numbers = cursor.fetchone()
    below = [cake for cake, row in after.items() if row[1] < 0]
    if below:
        problems.append(f"stock below zero: cakes {below[:10]}")
    for cake, (made_to_order, stock, sold_count, ledger, sales) in after.items():
        old = before.get(cake, (made_to_order, stock, sold_count, ledger, sales))
        n = sold.get(cake, 0)
        if sold_count - old[2] != n:
            problems.append(f"cake {cake}: sold_count grew by {sold_count - old[2]}, sold {n}")
        if not made_to_order:
            if ledger != stock:
                problems.append(f"cake {cake}: ledger {ledger} != stock {stock}")
            if old[1] - stock != n or old[4] - sales != n:
                problems.append(
                    f"cake {cake}: stock fell {old[1] - stock}, sale movements "
                    f"{old[4] - sales}, sold {n}"
                )
    if sorted(made) != in_db:
        problems.append(f"orders seen by the counters {len(made)} != new orders {len(in_db)}")
    if count != numbers:
        problems.append(f"{count - numbers} duplicate order numbers")
    return problems


def next_order_id(url: URL) -> int:
    with bench_database.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM orders")
        return int(cursor.fetchone()[0])


# ---------------------------------------------------------------- the run


def race(jobs: list[CounterJob]) -> list[CounterReport]:
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    processes = [context.Process(target=run_counter, args=(job, results)) for job in jobs]
    for process in processes:
        process.start()
    reports = [results.get(timeout=jobs[0].seconds + 300) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    return reports


def print_table(reports: list[CounterReport], seconds: float) -> tuple[float, str]:
    print(
        f"{'action':<14} {'count':>6} {'per s':>6} {'refused':>7} {'p50 ms':>7} "
        f"{'p95 ms':>7} {'p99 ms':>7} {'max ms':>7} {'cpu ms':>7}"
    )
    worst, worst_action = 0.0, ""
    for action in ACTIONS:
        samples = [s for r in reports for s in r.timings.get(action, [])]
        cpu = [s for r in reports for s in r.cpu.get(action, [])]
        refused = sum(r.refused.get(action, 0) for r in reports)
        if not samples:
            print(f"{action:<14} {0:>6}")
            continue
        p50, p95, p99 = (bench_database.percentile(samples, q) * 1000 for q in (0.5, 0.95, 0.99))
        if p95 > worst:
            worst, worst_action = p95, action
        print(
            f"{action:<14} {len(samples):>6} {len(samples) / seconds:>6.1f} {refused:>7} "
            f"{p50:>7.1f} {p95:>7.1f} {p99:>7.1f} {max(samples) * 1000:>7.1f} "
            f"{bench_database.percentile(cpu, 0.5) * 1000:>7.1f}"
        )
    return worst, worst_action


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench_database.add_url_argument(parser, DATABASE)
    parser.add_argument("--counters", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=90.0)
    parser.add_argument("--cakes", type=int, default=5_000)
    parser.add_argument("--orders", type=int, default=30_000)
    parser.add_argument("--customers", type=int, default=3_000)
    parser.add_argument("--cluster", action="store_true", help="on a 3-node Galera cluster")
    args = parser.parse_args(argv)
    cluster = None
    if args.cluster:
        from tests.cluster.galera import GaleraCluster, cluster_unavailable

        reason = cluster_unavailable()
        if reason is not None:
            print(f"no Galera cluster: {reason}")
            return 2
        cluster = GaleraCluster()
        cluster.start()
        cluster.execute(
            f"CREATE DATABASE {DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
        )
        url = make_url(cluster.nodes[0].url_text(DATABASE, "root", "")).set(
            drivername="mysql+pymysql"
        )
    else:
        url = bench_database.require_url(parser, args)
    try:
        return bench(args, url, cluster)
    finally:
        if cluster is not None:
            cluster.stop()


def bench(args: argparse.Namespace, url: URL, cluster: Any) -> int:
    print(
        f"MariaDB {bench_database.server_version(url)}, {args.counters} counters, "
        f"{args.seconds:.0f} s, load average {'/'.join(f'{x:.1f}' for x in os.getloadavg())}"
        + (", Galera cluster of 3" if cluster is not None else "")
    )
    fill(url, args.cakes, args.orders, args.customers)
    cashiers, baker, due_at = prepare(url, args.counters)
    words, phones = words_and_phones(url)
    before = snapshot(url)
    first_new_id = next_order_id(url)
    started_at = time.time() + 2.0
    jobs = [
        CounterJob(
            url=(
                cluster.failover_url(DATABASE, "root", "", first=n % 3)
                if cluster is not None
                else bench_database.url_text(url)
            ),
            number=n,
            cashier=cashier,
            baker=baker,
            words=words,
            phones=phones,
            due_at=due_at,
            seconds=args.seconds,
            started_at=started_at,
        )
        for n, cashier in enumerate(cashiers, start=1)
    ]
    reports = race(jobs)
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    worst, worst_action = print_table(reports, args.seconds)
    errors = [error for report in reports for error in report.errors]
    for error in errors[:3]:
        print(error)
    made = [order for report in reports for order in report.orders]
    problems = check_invariants(url, before, made, first_new_id)
    for problem in problems[:20]:
        print(problem)
    print(f"{len(made)} orders made, {len(errors)} errors, load average {load} at the end")
    verdict = "invariants ok" if not problems and not errors else "FAILED"
    met = "met" if worst <= TARGET_MS else "missed"
    print(
        f"{args.counters} counters, p95 worst = {worst:.0f} ms ({worst_action}; target "
        f"{TARGET_MS:.0f}: {met}), {verdict}"
    )
    return 0 if verdict == "invariants ok" else 1


if __name__ == "__main__":
    sys.exit(main())
