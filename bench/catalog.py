"""Catalogue filter latency at 100,000 cakes through `catalog.search_catalog`.

A representative mix of what the ordering window asks: text search (name, description,
SKU), category + price range, in stock only, allergens excluded, sorted by popularity,
deeper pages; every query is a page of 50 with the total count. Prints p50/p95 per kind
and over the mix; the target is p95 <= 30 ms on MariaDB.

    python bench/catalog.py --database-url mysql+pymysql://root@127.0.0.1/cakeshop_bench
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from decimal import Decimal

import bench_database

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import CatalogQuery, CatalogSort, Role, UserDTO
from cakeshop_desktop.core.services.catalog import list_categories, search_catalog
from cakeshop_desktop.core.uow import UnitOfWork

TARGET_P95_MS = 30.0
TERMS = (
    "медовик",
    "Наполеон",
    "шоколад",
    "фисташ",
    "крем-чиз",
    "малин",
    "royal",
    "карамель",
    "№1234",
    "ягод",
    "Красный бархат",
    "4600000",
    "мини",
    "пралине",
    "тирамису",
)


def query_kinds(categories: list[int], rng: random.Random) -> dict[str, Callable[[], CatalogQuery]]:
    def price_range() -> tuple[Decimal, Decimal]:
        low = rng.randrange(300, 4000, 100)
        return Decimal(low), Decimal(low + rng.choice((500, 1000, 2000)))

    def text() -> CatalogQuery:
        return CatalogQuery(text=rng.choice(TERMS))

    def category_price() -> CatalogQuery:
        low, high = price_range()
        return CatalogQuery(
            category_id=rng.choice(categories),
            price_from=low,
            price_to=high,
            sort=CatalogSort.PRICE_ASC,
        )

    def in_stock() -> CatalogQuery:
        return CatalogQuery(in_stock_only=True, category_id=rng.choice(categories))

    def allergens() -> CatalogQuery:
        return CatalogQuery(
            exclude_allergens=rng.choice((("орехи",), ("орехи", "арахис"), ("глютен", "молоко"))),
            category_id=rng.choice(categories),
            sort=CatalogSort.POPULARITY,
        )

    def popular() -> CatalogQuery:
        return CatalogQuery(sort=CatalogSort.POPULARITY)

    def deeper_page() -> CatalogQuery:
        return CatalogQuery(category_id=rng.choice(categories), offset=50 * rng.randrange(1, 6))

    def everything() -> CatalogQuery:
        low, high = price_range()
        return CatalogQuery(
            text=rng.choice(TERMS[:8]),
            category_id=rng.choice(categories),
            price_from=low,
            price_to=high,
            in_stock_only=True,
            exclude_allergens=("орехи",),
            sort=CatalogSort.POPULARITY,
        )

    return {
        "text search": text,
        "category + price": category_price,
        "in stock": in_stock,
        "no allergens": allergens,
        "popular": popular,
        "deeper page": deeper_page,
        "all filters": everything,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench_database.add_url_argument(parser)
    parser.add_argument("--rounds", type=int, default=60, help="queries of each kind")
    args = parser.parse_args(argv)
    url = bench_database.require_url(parser, args)
    engine = make_engine(bench_database.url_text(url))
    uow = UnitOfWork(engine)
    actor = UserDTO(id=1, username="bench", full_name="Bench", role=Role.CASHIER)
    rng = random.Random(7)
    categories = [category.id for category in list_categories(uow, actor)]
    kinds = query_kinds(categories, rng)
    with engine.connect() as connection:
        cakes = connection.exec_driver_sql("SELECT COUNT(*) FROM cakes").scalar()
    for make in kinds.values():  # warm the pool, the statement cache and the buffer pool
        for _ in range(3):
            search_catalog(uow, actor, make())
    samples: dict[str, list[float]] = {name: [] for name in kinds}
    totals: dict[str, list[int]] = {name: [] for name in kinds}
    schedule = [name for name in kinds for _ in range(args.rounds)]
    rng.shuffle(schedule)
    for name in schedule:
        query = kinds[name]()
        started = time.perf_counter()
        page = search_catalog(uow, actor, query)
        samples[name].append((time.perf_counter() - started) * 1000)
        totals[name].append(page.total)
    engine.dispose()
    print(f"catalog: {cakes:,} cakes, {args.rounds} queries of each kind, page of 50 + total")
    print(f"{'query':>18}  {'p50 ms':>7}  {'p95 ms':>7}  {'max ms':>7}  {'avg total':>9}")
    for name, times in samples.items():
        print(
            f"{name:>18}  {bench_database.percentile(times, 0.5):7.1f}  "
            f"{bench_database.percentile(times, 0.95):7.1f}  {max(times):7.1f}  "
            f"{sum(totals[name]) / len(totals[name]):9,.0f}"
        )
    every = [t for times in samples.values() for t in times]
    p50, p95 = bench_database.percentile(every, 0.5), bench_database.percentile(every, 0.95)
    verdict = "met" if p95 <= TARGET_P95_MS else "missed"
    print(
        f"catalog p50 = {p50:.1f} ms, p95 = {p95:.1f} ms "
        f"(target p95 <= {TARGET_P95_MS:.0f} ms: {verdict})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
