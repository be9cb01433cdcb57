"""Checkout throughput: N tills placing orders through the service layer, then in raw SQL.

Each till is a process with its own connection(s). A sale is a cart of three cakes and one
checkout by a cashier taking full payment. Both modes fill the cart with the same plain
SQL, then check out: `checkout.place_order` in the service mode, a hand-written PyMySQL
transaction doing the same rows in the raw mode (atomic stock UPDATE, order, items,
ledger, status history, payment, cart cleared). A third, informative mode also fills the
cart through `cart.add_to_cart`. Ten "last cakes" with a small stock make tills collide.

Per mode it also prints the client CPU per checkout (the till process's CPU time spent in
the checkout call, cart filling excluded) and how long the cakes' row locks were held: from
the statement that takes them (the service's SELECT ... FOR UPDATE, the raw transaction's
first stock UPDATE) returning to its COMMIT returning, over the committed sales.

The last line is `service/raw = R, invariants ok` or `service/raw = R, FAILED`, where R
compares the checkout transaction in both modes (cart filling is the same SQL in both).

`--one-till N` instead runs one till of each mode in this process, N sales after a warm-up,
nobody competing, and prints the client CPU per checkout of each; `--profile FILE` also
writes the service till's cProfile (process time) there (read it with `python -m pstats`).
"""

from __future__ import annotations

import argparse
import cProfile
import multiprocessing
import os
import random
import sys
import time
import traceback
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import bench_database
import pymysql
from sqlalchemy import event, make_url
from sqlalchemy.engine import URL

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.migrate import upgrade
from cakeshop_desktop.core.db.models import Cake, Category
from cakeshop_desktop.core.domain import (
    CheckoutRequest,
    InvalidInput,
    OutOfStock,
    PaymentMethod,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.services import cart
from cakeshop_desktop.core.services import checkout as checkout_service
from cakeshop_desktop.core.services.users import create_user
from cakeshop_desktop.core.uow import UnitOfWork

PLENTY = 10_000_000  # stock of the ordinary cakes: never runs out during a run
LAST_CAKES_STOCK = 40
ORDINARY_CAKES = 190
LAST_CAKES = 10
LINES_PER_SALE = 3
MYSQL_DEADLOCK = 1213


@dataclass(frozen=True)
class TillJob:
    url: str
    mode: str  # "service", "raw" or "service+cart"
    number: int
    actor: UserDTO
    cake_ids: tuple[int, ...]
    last_cake_ids: tuple[int, ...]
    seconds: float
    max_sales: int


@dataclass
class TillResult:
    number: int
    orders: int = 0
    refused: int = 0
    retries: int = 0
    elapsed: float = 0.0
    error: str = ""
    cpu: float = 0.0  # process CPU seconds inside the checkout calls
    checkouts: int = 0
    lock_hold: float = 0.0  # seconds the cakes' row locks were held, committed sales only
    locked_sales: int = 0


class LockClock:
    """Times the cakes' row locks: started when the locking statement returns, stopped when
    the COMMIT returns (a rollback forgets the start)."""

    def __init__(self) -> None:
        self.started: float | None = None
        self.total = 0.0
        self.count = 0

    def locked(self) -> None:
        if self.started is None:
            self.started = time.perf_counter()

    def committed(self) -> None:
        if self.started is not None:
            self.total += time.perf_counter() - self.started
            self.count += 1
        self.started = None

    def rolled_back(self) -> None:
        self.started = None

    def wrap(self, connection: Any) -> None:
        """Time a DBAPI connection's own commit and rollback (what the service's session calls)
        and start the clock when its cursor's statement locking the cakes returns: on the
        driver's cursor, as cheap as the raw till's own call (an engine event would make
        SQLAlchemy dispatch events around every statement of the measured checkout)."""
        commit, rollback = connection.commit, connection.rollback

        def timed_commit() -> None:
            commit()
            self.committed()

        def timed_rollback() -> None:
            rollback()
            self.rolled_back()

        clock = self

        class LockTimingCursor(connection.cursorclass):  # type: ignore[misc, name-defined]
            def execute(self, query: str, args: Any = None) -> int:
                result = super().execute(query, args)
                # (an executemany's rows come back here as one statement in bytes)
                if (
                    isinstance(query, str)
                    and query.startswith("SELECT cakes.")
                    and query.rstrip().endswith("FOR UPDATE")
                ):
                    clock.locked()
                return result

        connection.commit, connection.rollback = timed_commit, timed_rollback
        connection.cursorclass = LockTimingCursor


def pick_lines(rng: random.Random, job: TillJob) -> list[tuple[int, int]]:
    cakes = set(rng.sample(job.cake_ids, LINES_PER_SALE - 1))
    cakes.add(rng.choice(job.last_cake_ids) if rng.random() < 0.2 else rng.choice(job.cake_ids))
    return [(cake_id, rng.choice((1, 1, 1, 2))) for cake_id in sorted(cakes)]


def run_till(job: TillJob, barrier: Any, results: Any) -> None:
    result = TillResult(job.number)
    rng = random.Random(job.number)
    try:
        sell = RawTill(job) if job.mode == "raw" else ServiceTill(job)
        barrier.wait(timeout=120)
        started = time.perf_counter()
        deadline = started + job.seconds
        sale = 0
        while time.perf_counter() < deadline and sale < job.max_sales:
            sale += 1
            if sell(rng, f"{job.mode}-{job.number}-{sale}"):
                result.orders += 1
            else:
                result.refused += 1
        result.elapsed = time.perf_counter() - started
        result.retries = sell.retries
        result.cpu, result.checkouts = sell.cpu, sell.checkouts
        result.lock_hold, result.locked_sales = sell.locks.total, sell.locks.count
        sell.close()
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        result.error = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
    results.put(result)


class CartFiller:
    """Puts cakes in a till's cart with plain SQL, as `cart.add_to_cart` would."""

    def __init__(self, job: TillJob) -> None:
        self.connection = bench_database.connect(make_url(job.url), autocommit=False)
        self.retries = 0
        with self.connection.cursor() as cursor:
            cursor.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")
            cursor.execute("SELECT id FROM carts WHERE user_id = %s", (job.actor.id,))
            row = cursor.fetchone()
            if row is None:
                now = datetime.now()
                cursor.execute(
                    "INSERT INTO carts (user_id, created_at, updated_at) VALUES (%s, %s, %s)",
                    (job.actor.id, now, now),
                )
                self.cart_id = cursor.lastrowid
            else:
                self.cart_id = row[0]
        self.connection.commit()

    def fill(self, lines: list[tuple[int, int]]) -> Decimal:
        """Add the lines a till asks for; the cart's total (lines short of stock are left out)."""
        total = Decimal("0")
        for cake_id, quantity in lines:
            total += self.retrying(lambda c=cake_id, q=quantity: self._add(c, q))
        return total

    def _add(self, cake_id: int, quantity: int) -> Decimal:
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT price, stock_qty, made_to_order, is_active FROM cakes "
                "WHERE id = %s LOCK IN SHARE MODE",
                (cake_id,),
            )
            price, stock, made_to_order, active = cursor.fetchone()
            if not active or (not made_to_order and stock < quantity):
                self.connection.rollback()
                return Decimal("0")
            cursor.execute(
                "INSERT INTO cart_items (cart_id, cake_id, quantity, inscription, notes, "
                "added_at) VALUES (%s, %s, %s, '', '', NOW(6)) "
                "ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity)",
                (self.cart_id, cake_id, quantity),
            )
        self.connection.commit()
        return Decimal(price) * quantity

    def clear(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT id FROM cart_items WHERE cart_id = %s", (self.cart_id,))
            ids = [row[0] for row in cursor.fetchall()]
            if ids:
                cursor.execute("DELETE FROM cart_items WHERE id IN %s", (ids,))
        self.connection.commit()

    def retrying(self, work: Any) -> Any:
        while True:
            try:
                return work()
            except pymysql.err.OperationalError as exc:
                self.connection.rollback()
                if exc.args[0] != MYSQL_DEADLOCK:
                    raise
                self.retries += 1

    def close(self) -> None:
        self.connection.close()


class ServiceTill:
    """Checks out through `checkout.place_order` (and fills the cart through the service
    too in the "service+cart" mode)."""

    def __init__(self, job: TillJob) -> None:
        self.job = job
        self.engine = make_engine(job.url)
        self.uow = UnitOfWork(self.engine)
        self.filler = CartFiller(job)
        self.cpu = 0.0
        self.checkouts = 0
        self.locks = LockClock()
        event.listen(self.engine, "connect", lambda dbapi, _record: self.locks.wrap(dbapi))

    @property
    def retries(self) -> int:
        return self.filler.retries

    def __call__(self, rng: random.Random, key: str) -> bool:
        actor = self.job.actor
        lines = pick_lines(rng, self.job)
        try:
            if self.job.mode == "service+cart":
                total = Decimal("0")
                for cake_id, quantity in lines:
                    total = cart.add_to_cart(self.uow, actor, cake_id, quantity).total
            else:
                total = self.filler.fill(lines)
            request = CheckoutRequest(
                idempotency_key=key,
                customer_name="Покупатель",
                customer_phone="+7 900 555-44-33",
                payment_method=PaymentMethod.CASH,
                paid_amount=total,
            )
            cpu = time.process_time()
            self.checkouts += 1
            try:
                checkout_service.place_order(self.uow, actor, request)
            finally:
                self.cpu += time.process_time() - cpu
            return True
        except (OutOfStock, InvalidInput):  # sold out, or nothing left to put in the cart
            self.filler.clear()
            return False

    def close(self) -> None:
        self.filler.close()
        self.engine.dispose()


class RawTill:
    """The same checkout as one hand-written PyMySQL transaction, as lean as it can be."""

    def __init__(self, job: TillJob) -> None:
        self.job = job
        self.filler = CartFiller(job)
        self.connection = self.filler.connection
        self.cart_id = self.filler.cart_id
        self.user_id = job.actor.id
        self.cpu = 0.0
        self.checkouts = 0
        self.locks = LockClock()

    @property
    def retries(self) -> int:
        return self.filler.retries

    def __call__(self, rng: random.Random, key: str) -> bool:
        self.filler.fill(pick_lines(rng, self.job))
        cpu = time.process_time()
        self.checkouts += 1
        try:
            return bool(self.filler.retrying(lambda: self._checkout(key)))
        finally:
            self.cpu += time.process_time() - cpu
            self.locks.rolled_back()  # a deadlock victim's or a sold-out sale's locks

    def _checkout(self, key: str) -> bool:
        now = datetime.now()
        user = self.user_id
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT id FROM orders WHERE idempotency_key = %s", (key,))
            if cursor.fetchone() is not None:
                self.connection.rollback()
                return True
            cursor.execute(
                "SELECT ci.id, ci.cake_id, ci.quantity, c.name, c.price, c.made_to_order "
                "FROM cart_items ci JOIN cakes c ON c.id = ci.cake_id "
                "WHERE ci.cart_id = %s ORDER BY ci.cake_id",
                (self.cart_id,),
            )
            lines = cursor.fetchall()
            if not lines:
                self.connection.rollback()
                return False
            for _, cake_id, quantity, _, _, _ in lines:
                cursor.execute(
                    "UPDATE cakes SET stock_qty = stock_qty - %s, sold_count = sold_count + %s "
                    "WHERE id = %s AND stock_qty >= %s",
                    (quantity, quantity, cake_id, quantity),
                )
                self.locks.locked()
                if cursor.rowcount != 1:
                    self.connection.rollback()
                    cursor.execute(
                        "DELETE FROM cart_items WHERE id IN %s", ([line[0] for line in lines],)
                    )
                    self.connection.commit()
                    return False
            total = sum(
                (Decimal(price) * quantity for _, _, quantity, _, price, _ in lines), Decimal("0")
            )
            cursor.execute(
                "INSERT INTO orders (customer_name, customer_phone, created_by_id, status, "
                "subtotal, discount, total, paid_amount, payment_method, notes, "
                "idempotency_key, created_at, updated_at) VALUES "
                "(%s, %s, %s, 'ready', %s, 0, %s, %s, 'cash', '', %s, %s, %s)",
                ("Покупатель", "+7 900 555-44-33", user, total, total, total, key, now, now),
            )
            order_id = cursor.lastrowid
            cursor.execute(
                "UPDATE orders SET number = %s WHERE id = %s", (f"{order_id:06d}", order_id)
            )
            cursor.executemany(
                "INSERT INTO order_items (order_id, cake_id, cake_name, unit_price, quantity, "
                "line_total, made_to_order, inscription, notes) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, '', '')",
                [
                    (order_id, cake_id, name, price, quantity, Decimal(price) * quantity, mto)
                    for _, cake_id, quantity, name, price, mto in lines
                ],
            )
            cursor.executemany(
                "INSERT INTO stock_movements (kind, cake_id, quantity, order_id, reason, "
                "created_by_id, created_at) VALUES ('sale', %s, %s, %s, '', %s, %s)",
                [(cake_id, -quantity, order_id, user, now) for _, cake_id, quantity, *_ in lines],
            )
            steps = [
                (None, "new"),
                ("new", "confirmed"),
                ("confirmed", "in_production"),
                ("in_production", "ready"),
            ]
            cursor.executemany(
                "INSERT INTO order_status_history (order_id, from_status, to_status, "
                "changed_by_id, changed_at, reason) VALUES (%s, %s, %s, %s, %s, '')",
                [(order_id, old, new, user, now) for old, new in steps],
            )
            cursor.execute(
                "INSERT INTO payments (order_id, amount, method, kind, taken_by_id, taken_at) "
                "VALUES (%s, %s, 'cash', 'full', %s, %s)",
                (order_id, total, user, now),
            )
            cursor.execute("DELETE FROM cart_items WHERE id IN %s", ([line[0] for line in lines],))
        self.connection.commit()
        self.locks.committed()
        return True

    def close(self) -> None:
        self.filler.close()


def prepare(url: URL, terminals: int) -> tuple[list[UserDTO], list[int], list[int], dict[int, int]]:
    """A fresh database with cashiers, plenty of ordinary cakes and a few last ones."""
    bench_database.create_database(url, drop_first=True)
    engine = make_engine(bench_database.url_text(url))
    upgrade(engine)
    uow = UnitOfWork(engine)
    with uow:
        category = uow.catalog.add_category(Category(name="Торты")).id
        ordinary, last, stock = [], [], {}
        for n in range(ORDINARY_CAKES + LAST_CAKES):
            is_last = n >= ORDINARY_CAKES
            cake = uow.catalog.add_cake(
                Cake(
                    sku=f"47{n:011d}",
                    name=f"Торт №{n}",
                    description="",
                    category_id=category,
                    price=Decimal(300 + n * 7) + Decimal("0.50"),
                    weight_grams=1000,
                    stock_qty=LAST_CAKES_STOCK if is_last else PLENTY,
                )
            )
            (last if is_last else ordinary).append(cake.id)
            stock[cake.id] = cake.stock_qty
        uow.commit()
    tills = [
        create_user(uow, f"till{n:02d}", Role.CASHIER, "bench123", full_name=f"Касса {n}")
        for n in range(terminals)
    ]
    engine.dispose()
    return tills, ordinary, last, stock


def run_mode(
    mode: str,
    url: URL,
    tills: list[UserDTO],
    ordinary: list[int],
    last: list[int],
    seconds: float,
    max_sales: int,
) -> list[TillResult]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(tills))
    results_queue = context.Queue()
    jobs = [
        TillJob(
            url=bench_database.url_text(url),
            mode=mode,
            number=n,
            actor=till,
            cake_ids=tuple(ordinary),
            last_cake_ids=tuple(last),
            seconds=seconds,
            max_sales=max_sales,
        )
        for n, till in enumerate(tills)
    ]
    processes = [
        context.Process(target=run_till, args=(job, barrier, results_queue)) for job in jobs
    ]
    for process in processes:
        process.start()
    results = [results_queue.get(timeout=seconds + 300) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    for result in results:
        if result.error:
            raise SystemExit(f"{mode} till {result.number} failed: {result.error}")
    return results


def invariants(url: URL, initial_stock: dict[int, int]) -> list[str]:
    """What must hold after any run: the stock and the ledger explain every sale."""
    problems = []
    with bench_database.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM cakes WHERE stock_qty < 0")
        if cursor.fetchone()[0]:
            problems.append("negative stock")
        cursor.execute(
            "SELECT c.id, c.stock_qty, c.sold_count, "
            "(SELECT COALESCE(SUM(quantity), 0) FROM order_items i WHERE i.cake_id = c.id), "
            "(SELECT COALESCE(-SUM(quantity), 0) FROM stock_movements m "
            " WHERE m.cake_id = c.id AND m.kind = 'sale') FROM cakes c"
        )
        for cake_id, stock, sold_count, sold, ledger in cursor.fetchall():
            decrease = initial_stock[cake_id] - stock
            if not decrease == sold == ledger == sold_count:
                problems.append(
                    f"cake {cake_id}: stock decrease {decrease}, sold {sold}, "
                    f"ledger {ledger}, sold_count {sold_count}"
                )
        cursor.execute(
            "SELECT COUNT(*), COUNT(DISTINCT number), SUM(number = LPAD(id, 6, '0')) FROM orders"
        )
        count, distinct, well_formed = cursor.fetchone()
        if not count == distinct == well_formed:
            problems.append(f"{count} orders but {distinct} distinct numbers")
        cursor.execute(
            "SELECT COUNT(*) FROM orders o WHERE total <> "
            "(SELECT SUM(line_total) FROM order_items i WHERE i.order_id = o.id)"
        )
        if cursor.fetchone()[0]:
            problems.append("an order's total differs from its lines")
    return problems


@dataclass(frozen=True)
class ModeFigures:
    rate: float  # orders per second, all tills
    cpu_ms: float  # client CPU per checkout call
    lock_ms: float  # cakes' row locks held per committed sale


def summary(mode: str, results: list[TillResult]) -> ModeFigures:
    orders = sum(r.orders for r in results)
    elapsed = max(r.elapsed for r in results)
    rate = orders / elapsed if elapsed else 0.0
    checkouts = sum(r.checkouts for r in results)
    cpu_ms = 1000 * sum(r.cpu for r in results) / checkouts if checkouts else 0.0
    locked = sum(r.locked_sales for r in results)
    lock_ms = 1000 * sum(r.lock_hold for r in results) / locked if locked else 0.0
    print(
        f"{mode:>12}: {rate:8.1f} orders/s  ({orders} orders, "
        f"{sum(r.refused for r in results)} refused as sold out, "
        f"{sum(r.retries for r in results)} deadlock retries, {elapsed:.1f} s); "
        f"CPU {cpu_ms:.2f} ms per checkout, cakes locked {lock_ms:.1f} ms per sale",
        flush=True,
    )
    return ModeFigures(rate, cpu_ms, lock_ms)


WARM_UP_SALES = 20
ONE_TILL_ROUNDS = 10


def one_till(url: URL, tills: list[UserDTO], ordinary: list[int], sales: int, profile: str) -> None:
    """One till of each mode in this process, `sales` sales each after a warm-up, the two
    taking turns in rounds (both see the same machine): the client CPU per checkout with
    nobody competing, and the service's profile of its checkout calls."""
    sellers: dict[str, ServiceTill | RawTill] = {}
    for number, mode in enumerate(("service", "raw")):
        job = TillJob(
            url=bench_database.url_text(url),
            mode=mode,
            number=number,
            actor=tills[number],
            cake_ids=tuple(ordinary),  # no last cakes: every sale goes through
            last_cake_ids=tuple(ordinary),
            seconds=0.0,
            max_sales=sales,
        )
        sellers[mode] = RawTill(job) if mode == "raw" else ServiceTill(job)
    rng = random.Random(0)
    for mode, sell in sellers.items():
        for sale in range(WARM_UP_SALES):
            sell(rng, f"{mode}-warm-{sale}")
        sell.cpu, sell.checkouts = 0.0, 0
    profiler = cProfile.Profile(time.process_time) if profile else None
    place_order = checkout_service.place_order
    if profiler is not None:  # the checkout calls alone, as their CPU is counted

        def profiled(*args: Any, **kwargs: Any) -> Any:
            return profiler.runcall(place_order, *args, **kwargs)

        checkout_service.place_order = profiled
    per_round: dict[str, list[float]] = {mode: [] for mode in sellers}
    try:
        for turn in range(ONE_TILL_ROUNDS):
            for mode, sell in sellers.items():
                before, checkouts = sell.cpu, sell.checkouts
                for sale in range(sales // ONE_TILL_ROUNDS):
                    sell(rng, f"{mode}-one-{turn}-{sale}")
                per_round[mode].append((sell.cpu - before) / (sell.checkouts - checkouts))
    finally:
        checkout_service.place_order = place_order
    if profiler is not None:
        profiler.dump_stats(profile)
    cpu, best = {}, {}
    for mode, sell in sellers.items():
        cpu[mode] = 1000 * sell.cpu / sell.checkouts
        best[mode] = 1000 * min(per_round[mode])
        print(
            f"{mode:>12}: CPU {cpu[mode]:.2f} ms per checkout ({best[mode]:.2f} in the "
            f"best of {ONE_TILL_ROUNDS} rounds), one till, {sell.checkouts} sales"
        )
        sell.close()
    print(
        f"one till: CPU per checkout service/raw = {cpu['service'] / cpu['raw']:.2f} "
        f"(best rounds {best['service'] / best['raw']:.2f}), "
        f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench_database.add_url_argument(parser, bench_database.BENCH_DATABASE + "_checkout")
    parser.add_argument("--terminals", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0, help="per mode")
    parser.add_argument("--sales", type=int, default=10**9, help="at most this many per till")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--one-till", type=int, default=0, metavar="N", help="one till per mode, N sales"
    )
    parser.add_argument("--profile", default="", help="with --one-till: cProfile output file")
    args = parser.parse_args(argv)
    url = bench_database.require_url(parser, args)
    if not (url.database or "").endswith("_checkout"):
        # This bench drops and recreates its database: never let it near real or bench data.
        parser.error(
            f"the checkout bench drops and recreates its database; give one whose name ends "
            f"in _checkout (e.g. {url.database}_checkout), not {url.database!r}"
        )
    tills, ordinary, last, stock = prepare(
        url, max(args.terminals, 2) if args.one_till else args.terminals
    )
    if args.one_till:
        one_till(url, tills, ordinary, args.one_till, args.profile)
        if not args.keep:
            bench_database.drop_database(url)
        return 0
    print(
        f"checkout: {args.terminals} tills, {args.seconds:.0f} s per mode, "
        f"{LINES_PER_SALE} lines per sale, database {url.database}",
        flush=True,
    )
    figures = {
        mode: summary(mode, run_mode(mode, url, tills, ordinary, last, args.seconds, args.sales))
        for mode in ("service", "raw", "service+cart")
    }
    service, raw = figures["service"].rate, figures["raw"].rate
    problems = invariants(url, stock)
    for problem in problems[:20]:
        print(f"  invariant broken: {problem}")
    if not args.keep:
        bench_database.drop_database(url)
    ratio = service / raw if raw else 0.0
    mine, lean = figures["service"], figures["raw"]
    print(
        f"CPU per checkout service/raw = {mine.cpu_ms / lean.cpu_ms if lean.cpu_ms else 0.0:.2f} "
        f"(target <= 2), cakes' lock hold service/raw = "
        f"{mine.lock_ms / lean.lock_ms if lean.lock_ms else 0.0:.2f} (target <= 1.5), "
        f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    print(f"service/raw = {ratio:.2f}, {'FAILED' if problems else 'invariants ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
