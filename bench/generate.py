"""Fill a bench database: 100,000 cakes, 1,000,000 orders of about 3 items, users, ledger.

The rows follow the data model (DESIGN §5) so later benches (admin grids, reports) can
reuse them: order numbers are f"{id:06d}", every status has orders, created_at spans two
years, every order has a phone, each status change has its history row, payments add up
to `paid_amount`, and showcase sales are in `stock_movements`.

Rows are written with LOAD DATA LOCAL INFILE in chunks; unique and foreign-key checks are
switched off for the loading session only.

    python bench/generate.py --database-url mysql+pymysql://root@127.0.0.1/cakeshop_bench
"""

from __future__ import annotations

import argparse
import bisect
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from itertools import accumulate

import bench_database
from sqlalchemy.engine import URL

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.migrate import upgrade
from cakeshop_desktop.core.domain import OrderStatus
from cakeshop_desktop.core.rules import phones
from cakeshop_desktop.core.services.auth import hash_password

BENCH_PASSWORD = "bench123"  # every generated user logs in with it
CHUNK_ORDERS = 50_000
DAYS = 730
RECENT_DAYS = 3  # orders younger than this are still in progress
SEED = 20240601

CATEGORIES = (
    "Торты",
    "Пирожные",
    "Чизкейки",
    "Муссовые торты",
    "Капкейки",
    "Макаруны",
    "Эклеры",
    "Пироги",
    "Рулеты",
    "Свадебные торты",
)
BASES = (
    "Медовик",
    "Наполеон",
    "Прага",
    "Красный бархат",
    "Эстерхази",
    "Захер",
    "Птичье молоко",
    "Тирамису",
    "Чизкейк",
    "Павлова",
    "Опера",
    "Муравейник",
    "Сметанник",
    "Трюфель",
    "Морковный торт",
    "Шварцвальд",
    "Киевский",
    "Зебра",
    "Рыжик",
    "Панчо",
)
FLAVOURS = (
    "шоколадный",
    "ванильный",
    "клубничный",
    "вишнёвый",
    "малиновый",
    "карамельный",
    "ореховый",
    "лимонный",
    "банановый",
    "кокосовый",
    "фисташковый",
    "черничный",
    "манговый",
    "кофейный",
    "сливочный",
    "медовый",
)
STYLES = ("классический", "мини", "праздничный", "домашний", "royal", "light", "premium")
FILLINGS = (
    "крем-чиз",
    "сливочный крем",
    "заварной крем",
    "сметанный крем",
    "ганаш",
    "ягодное конфитюр",
    "солёная карамель",
    "пралине",
    "мусс из маракуйи",
    "сгущёнка",
)
ALLERGENS = ("глютен", "молоко", "яйца", "орехи", "шоколад", "соя", "мёд", "арахис")
FIRST_NAMES = (
    "Анна",
    "Мария",
    "Елена",
    "Ольга",
    "Наталья",
    "Ирина",
    "Светлана",
    "Татьяна",
    "Дарья",
    "Алексей",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Иван",
    "Михаил",
    "Павел",
    "Николай",
    "Артём",
)
LAST_NAMES = (
    "Иванова",
    "Смирнова",
    "Кузнецова",
    "Попова",
    "Соколова",
    "Лебедева",
    "Козлова",
    "Новикова",
    "Морозова",
    "Петрова",
    "Волкова",
    "Соловьёва",
    "Васильева",
    "Зайцева",
)
STATUS_PATH = (
    OrderStatus.NEW,
    OrderStatus.CONFIRMED,
    OrderStatus.IN_PRODUCTION,
    OrderStatus.READY,
    OrderStatus.COMPLETED,
)
COLUMNS = {
    "users": "id, username, full_name, role, password_hash, phone, email, is_active, "
    "failed_logins, locked_until, created_at, updated_at, last_login_at",
    "categories": "id, name, description, sort_order, updated_at",
    "cakes": "id, sku, name, description, category_id, price, weight_grams, allergens, "
    "stock_qty, made_to_order, lead_time_hours, is_active, image, sold_count, version, "
    "created_at, updated_at",
    "orders": "id, number, customer_id, customer_name, customer_phone, customer_phone_key, "
    "created_by_id, status, "
    "due_at, subtotal, discount, total, paid_amount, payment_method, notes, idempotency_key, "
    "created_at, updated_at",
    "order_items": "id, order_id, cake_id, cake_name, unit_price, quantity, line_total, "
    "made_to_order, inscription, notes",
    "order_status_history": "id, order_id, from_status, to_status, changed_by_id, changed_at, "
    "reason",
    "payments": "id, order_id, amount, method, kind, taken_by_id, taken_at",
    "stock_movements": "id, kind, cake_id, ingredient_id, quantity, order_id, task_id, reason, "
    "created_by_id, created_at",
    "production_tasks": "id, order_id, order_item_id, cake_id, quantity, due_at, status, "
    "inscription, notes, assigned_to_id, started_at, finished_at, version, created_at, "
    "updated_at",
}
NULL = "\\N"


def stamp(moment: datetime | None) -> str:
    return NULL if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def money(kopecks: int) -> str:
    return f"{kopecks // 100}.{kopecks % 100:02d}"


class Loader:
    """Writes rows to a temporary TSV file and LOADs it into a table."""

    def __init__(self, url: URL) -> None:
        self._connection = bench_database.connect(url, local_infile=True, autocommit=True)
        with self._connection.cursor() as cursor:
            # For this session only: the generator writes consistent, unique rows itself.
            cursor.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0")
        self._dir = tempfile.mkdtemp(prefix="cakeshop_bench_")
        self.rows_loaded: dict[str, int] = {}

    def load(self, table: str, rows: Iterable[Sequence[object]]) -> None:
        path = os.path.join(self._dir, f"{table}.tsv")
        count = 0
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            for row in rows:
                handle.write("\t".join(str(value) for value in row))
                handle.write("\n")
                count += 1
        if count:
            with self._connection.cursor() as cursor:
                cursor.execute(
                    f"LOAD DATA LOCAL INFILE %s INTO TABLE `{table}` CHARACTER SET utf8mb4 "
                    f"FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' ({COLUMNS[table]})",
                    (path,),
                )
        os.unlink(path)
        self.rows_loaded[table] = self.rows_loaded.get(table, 0) + count

    def execute(self, statement: str) -> None:
        with self._connection.cursor() as cursor:
            cursor.execute(statement)

    def close(self) -> None:
        self._connection.close()
        os.rmdir(self._dir)


class Generator:
    """Makes the rows; ids are given explicitly so related rows can refer to each other."""

    def __init__(self, cakes: int, orders: int, customers: int, now: datetime) -> None:
        self.rng = random.Random(SEED)
        self.cakes = cakes
        self.orders = orders
        self.customers = customers
        self.now = now.replace(microsecond=0)
        # DAYS whole days up to yesterday: no order is dated in the future
        self.start = (self.now - timedelta(days=DAYS)).replace(hour=0, minute=0, second=0)
        self.cake_rows: list[tuple[str, int, bool, int]] = []  # name, price kop, mto, lead
        self.cake_table: list[list[object]] = []
        self.sold: list[int] = []
        self.staff: list[int] = []
        self.customer_ids: list[int] = []
        self.customer_phones: dict[int, tuple[str, str]] = {}
        self.stored_phones: dict[str, tuple[str, str]] = {}
        self.ids = {"items": 0, "history": 0, "payments": 0, "movements": 0, "tasks": 0}

    # ---------------------------------------------------------------- users

    def users(self) -> Iterable[tuple[object, ...]]:
        password_hash = hash_password(BENCH_PASSWORD)
        created = stamp(self.start)
        user_id = 0

        def user(name: str, role: str, full: str, phone: str) -> tuple[object, ...]:
            nonlocal user_id
            user_id += 1
            return (
                user_id,
                name,
                full,
                role,
                password_hash,
                phones.normalised(phone),
                NULL,
                1,
                0,
                NULL,
                created,
                created,
                NULL,
            )

        yield user("admin", "admin", "Администратор", "+7 900 000-00-01")
        for n in range(1, 21):
            yield user(f"cashier{n:02d}", "cashier", f"Кассир {n}", f"+7 900 001-00-{n:02d}")
            self.staff.append(user_id)
        for n in range(1, 6):
            yield user(f"baker{n}", "baker", f"Пекарь {n}", f"+7 900 002-00-{n:02d}")
        for n in range(1, self.customers + 1):
            full = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
            phone = self.phone()
            yield user(f"customer{n:06d}", "customer", full, phone)
            self.customer_ids.append(user_id)
            self.customer_phones[user_id] = (full, phone)

    def customer_stored_phone(self, typed: str) -> tuple[str, str]:
        """What the till stores of a customer's phone (E.164 and its key), parsed once."""
        stored = self.stored_phones.get(typed)
        if stored is None:
            stored = self.stored_phones[typed] = phones.stored_columns(typed)
        return stored

    def phone(self) -> str:
        r = self.rng.randrange(10**9)
        return f"+7 9{r // 10**7:02d} {r // 10**4 % 1000:03d}-{r // 100 % 100:02d}-{r % 100:02d}"

    # ---------------------------------------------------------------- catalogue

    def categories(self) -> Iterable[tuple[object, ...]]:
        for n, name in enumerate(CATEGORIES, start=1):
            yield (n, name, f"Раздел «{name}»", n * 10, stamp(self.start))

    def make_cakes(self) -> None:
        """The assortment, kept in memory: sold counts are known once the orders are made."""
        rng = self.rng
        created = stamp(self.start)
        for cake_id in range(1, self.cakes + 1):
            base = rng.choice(BASES)
            flavour = rng.choice(FLAVOURS)
            name = f"{base} {flavour} {rng.choice(STYLES)} №{cake_id}"
            description = (
                f"{base}: {flavour} бисквит, {rng.choice(FILLINGS)} и {rng.choice(FILLINGS)}. "
                f"Украшен {rng.choice(('ягодами', 'шоколадом', 'орехами', 'цветами из крема'))}, "
                f"вес около {rng.choice((0.5, 1, 1.5, 2, 3))} кг."
            )
            price = rng.randrange(300, 6000) * 100 + rng.choice((0, 0, 0, 50, 90))
            made_to_order = rng.random() < 0.2
            lead = rng.choice((24, 24, 48, 72)) if made_to_order else 0
            stock = 0 if made_to_order or rng.random() < 0.3 else rng.randrange(1, 25)
            allergens = ",".join(sorted(rng.sample(ALLERGENS, rng.randrange(0, 4))))
            active = 1 if rng.random() < 0.95 else 0
            self.cake_rows.append((name, price, made_to_order, lead))
            self.cake_table.append(
                [
                    cake_id,
                    f"46{cake_id:011d}",
                    name,
                    description,
                    rng.randrange(1, len(CATEGORIES) + 1),
                    money(price),
                    rng.randrange(4, 160) * 25,
                    allergens,
                    stock,
                    int(made_to_order),
                    lead,
                    active,
                    NULL,
                    0,
                    1,
                    created,
                    created,
                ]
            )
        self.sold = [0] * (self.cakes + 1)  # by cake id, orders not cancelled

    def cakes_with_ledger(self) -> Iterable[list[object]]:
        """The cakes with their sold counts; one production movement per showcase cake so
        that its ledger (production - sales + cancellations) sums to its stock."""
        for row in self.cake_table:
            cake_id = int(row[0])
            row[13] = self.sold[cake_id]
            yield row

    def production_movements(self) -> Iterable[tuple[object, ...]]:
        for row in self.cake_table:
            cake_id, stock, made_to_order = int(row[0]), int(row[8]), row[9]
            if not made_to_order:
                self.ids["movements"] += 1
                yield (
                    self.ids["movements"],
                    "production",
                    cake_id,
                    NULL,
                    f"{stock + self.sold[cake_id]}.000",
                    NULL,
                    NULL,
                    "bench: baked before the sales",
                    1,
                    stamp(self.start),
                )

    # ---------------------------------------------------------------- orders

    def day_counts(self) -> list[int]:
        """Orders per day: more at weekends and growing over the two years."""
        weights = [
            (1.0 + day / DAYS) * (1.4 if (self.start + timedelta(days=day)).weekday() >= 5 else 1)
            for day in range(DAYS)
        ]
        total = sum(weights)
        counts = [int(self.orders * w / total) for w in weights]
        counts[-1] += self.orders - sum(counts)
        return counts

    def order_times(self) -> Iterable[datetime]:
        rng = self.rng
        for day, count in enumerate(self.day_counts()):
            midnight = self.start + timedelta(days=day)
            seconds = sorted(rng.randrange(8 * 3600, 21 * 3600) for _ in range(count))
            for second in seconds:
                yield midnight + timedelta(seconds=second, microseconds=rng.randrange(10**6))

    def popularity(self) -> list[float]:
        weights = [1.0 / (rank**0.8) for rank in range(1, self.cakes + 1)]
        self.rng.shuffle(weights)
        return list(accumulate(weights))

    def status_for(self, created: datetime) -> OrderStatus:
        rng = self.rng
        if self.now - created > timedelta(days=RECENT_DAYS):
            return OrderStatus.CANCELLED if rng.random() < 0.08 else OrderStatus.COMPLETED
        return rng.choice(tuple(OrderStatus))

    def order_rows(
        self, order_id: int, created: datetime, cumulative: list[float]
    ) -> dict[str, list[tuple[object, ...]]]:
        rng = self.rng
        out: dict[str, list[tuple[object, ...]]] = {
            "orders": [],
            "order_items": [],
            "order_status_history": [],
            "payments": [],
            "stock_movements": [],
            "production_tasks": [],
        }
        status = self.status_for(created)
        by_customer = rng.random() < 0.3
        if by_customer or rng.random() < 0.5:
            customer_id: int | None = rng.choice(self.customer_ids)
            name, typed = self.customer_phones[customer_id]
            phone, phone_key = self.customer_stored_phone(typed)
        else:
            customer_id = None
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            phone, phone_key = phones.stored_columns(self.phone())
        cashier = rng.choice(self.staff)
        creator = customer_id if by_customer and customer_id else cashier
        count = rng.choices((1, 2, 3, 4, 5), weights=(15, 20, 30, 20, 15))[0]
        total_weight = cumulative[-1]
        chosen: set[int] = set()
        while len(chosen) < count:
            chosen.add(bisect.bisect_left(cumulative, rng.random() * total_weight) + 1)
        subtotal = 0
        lead = -1
        items = []
        for cake_id in sorted(chosen):
            cake_name, price, made_to_order, lead_time = self.cake_rows[cake_id - 1]
            quantity = rng.choices((1, 2, 3), weights=(80, 15, 5))[0]
            line = price * quantity
            subtotal += line
            if made_to_order:
                lead = max(lead, lead_time)
            self.ids["items"] += 1
            items.append(
                (
                    self.ids["items"],
                    order_id,
                    cake_id,
                    cake_name,
                    money(price),
                    quantity,
                    money(line),
                    int(made_to_order),
                    "",
                    "",
                )
            )
        out["order_items"] = items
        discount = subtotal * rng.choice((5, 10)) // 100 if rng.random() < 0.1 else 0
        total = subtotal - discount
        due = None
        if lead >= 0:
            due = (created + timedelta(hours=lead + rng.randrange(0, 49))).replace(
                minute=rng.choice((0, 15, 30, 45)), second=0, microsecond=0
            )
        # the path the order took, each step a history row a few minutes/hours apart
        if status is OrderStatus.CANCELLED:
            path = list(STATUS_PATH[: rng.randrange(1, 4)]) + [OrderStatus.CANCELLED]
        else:
            path = list(STATUS_PATH[: STATUS_PATH.index(status) + 1])
        moment = created
        previous = None
        for step in path:
            self.ids["history"] += 1
            actor = creator if previous is None else cashier
            reason = "отказ клиента" if step is OrderStatus.CANCELLED else ""
            out["order_status_history"].append(
                (
                    self.ids["history"],
                    order_id,
                    previous.value if previous else NULL,
                    step.value,
                    actor,
                    stamp(moment),
                    reason,
                )
            )
            previous = step
            moment += timedelta(minutes=rng.randrange(1, 180))
        updated = moment - timedelta(minutes=1) if len(path) > 1 else created
        # payments: customers' own orders are paid at the counter, cashiers take a deposit or all
        paid = 0
        method = rng.choice(("cash", "card", "card", "transfer"))
        if status is OrderStatus.COMPLETED or (status is not OrderStatus.NEW and not by_customer):
            if rng.random() < 0.3 and total >= 100:
                deposit = -(-total * 3 // 10)
                self.add_payment(out, order_id, deposit, method, "deposit", cashier, created)
                paid = deposit
                if status is OrderStatus.COMPLETED:
                    self.add_payment(
                        out, order_id, total - deposit, method, "balance", cashier, updated
                    )
                    paid = total
            else:
                self.add_payment(out, order_id, total, method, "full", cashier, created)
                paid = total
        out["orders"].append(
            (
                order_id,
                f"{order_id:06d}",
                customer_id or NULL,
                name,
                phone,
                phone_key,
                creator,
                status.value,
                stamp(due),
                money(subtotal),
                money(discount),
                money(total),
                money(paid),
                method if paid else NULL,
                "",
                f"gen-{order_id:010d}",
                stamp(created),
                stamp(updated),
            )
        )
        cancelled = status is OrderStatus.CANCELLED
        for item in items:
            item_id, _, cake_id, _, _, quantity, _, made_to_order, _, _ = item
            if not cancelled:
                self.sold[cake_id] += quantity
            if not made_to_order:
                self.ids["movements"] += 1
                out["stock_movements"].append(
                    (
                        self.ids["movements"],
                        "sale",
                        cake_id,
                        NULL,
                        f"{-quantity}.000",
                        order_id,
                        NULL,
                        "",
                        creator,
                        stamp(created),
                    )
                )
                if cancelled:  # the cake went back on the showcase
                    self.ids["movements"] += 1
                    out["stock_movements"].append(
                        (
                            self.ids["movements"],
                            "cancellation",
                            cake_id,
                            NULL,
                            f"{quantity}.000",
                            order_id,
                            NULL,
                            "отказ клиента",
                            cashier,
                            stamp(updated),
                        )
                    )
            elif status in (OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.READY):
                self.ids["tasks"] += 1
                task_status = {"confirmed": "queued", "in_production": "in_progress"}.get(
                    status.value, "done"
                )
                out["production_tasks"].append(
                    (
                        self.ids["tasks"],
                        order_id,
                        item_id,
                        cake_id,
                        quantity,
                        stamp(due),
                        task_status,
                        "",
                        "",
                        NULL,
                        NULL,
                        NULL,
                        1,
                        stamp(created),
                        stamp(updated),
                    )
                )
        return out

    def add_payment(
        self,
        out: dict[str, list[tuple[object, ...]]],
        order_id: int,
        amount: int,
        method: str,
        kind: str,
        taker: int,
        moment: datetime,
    ) -> None:
        self.ids["payments"] += 1
        out["payments"].append(
            (self.ids["payments"], order_id, money(amount), method, kind, taker, stamp(moment))
        )


def generate(url: URL, cakes: int, orders: int, customers: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    started = time.perf_counter()
    engine = make_engine(bench_database.url_text(url))
    upgrade(engine)
    engine.dispose()
    loader = Loader(url)
    generator = Generator(cakes, orders, customers, datetime.now())
    try:
        loader.load("users", generator.users())
        loader.load("categories", generator.categories())
        generator.make_cakes()
        cumulative = generator.popularity()
        figures["catalogue_s"] = time.perf_counter() - started
        chunk: dict[str, list[tuple[object, ...]]] = {}
        for order_id, created in enumerate(generator.order_times(), start=1):
            for table, rows in generator.order_rows(order_id, created, cumulative).items():
                chunk.setdefault(table, []).extend(rows)
            if order_id % CHUNK_ORDERS == 0 or order_id == orders:
                for table, rows in chunk.items():
                    loader.load(table, rows)
                chunk = {}
                elapsed = time.perf_counter() - started
                print(f"  {order_id:>9,} orders  {elapsed:7.1f} s", flush=True)
        loader.load("cakes", generator.cakes_with_ledger())
        loader.load("stock_movements", generator.production_movements())
        for table in COLUMNS:
            loader.execute(f"ANALYZE TABLE `{table}`")
    finally:
        loader.close()
    figures["total_s"] = time.perf_counter() - started
    for table, count in loader.rows_loaded.items():
        figures[f"rows_{table}"] = count
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench_database.add_url_argument(parser)
    parser.add_argument("--cakes", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument(
        "--recreate", action="store_true", help="drop and recreate the database first"
    )
    args = parser.parse_args(argv)
    url = bench_database.require_url(parser, args)
    if args.recreate or not bench_database.database_exists(url):
        bench_database.create_database(url, drop_first=True)
    elif has_data(url):
        print(f"{url.database} already holds data: use --recreate to generate it again")
        return 1
    print(f"generating {args.cakes:,} cakes and {args.orders:,} orders into {url.database}")
    figures = generate(url, args.cakes, args.orders, args.customers)
    for key, value in figures.items():
        print(f"{key:>28}: {value:,.1f}" if key.endswith("_s") else f"{key:>28}: {value:,}")
    return 0


def has_data(url: URL) -> bool:
    with bench_database.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT COUNT(*) FROM information_schema.tables "
            "WHERE table_schema = %s AND table_name = 'orders'",
            (url.database,),
        )
        row = cursor.fetchone()
        if not row or not row[0]:
            return False
        cursor.execute("SELECT EXISTS (SELECT 1 FROM orders)")
        row = cursor.fetchone()
        return bool(row and row[0])


if __name__ == "__main__":
    sys.exit(main())
