"""The best sellers found from each day's best sellers equal adding up every cake."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

import pytest

from cakeshop_desktop.core import top_sellers
from cakeshop_desktop.core.top_sellers import Sales, merge, rank
from cakeshop_desktop.core.top_sellers import top_sellers as find


class FakeSource:
    """Per-day sales in memory; counts how much it was asked for."""

    def __init__(self, days: dict[date, dict[int | None, Sales]]) -> None:
        self.days = days
        self.full_sums = 0
        self.rows_listed = 0

    def daily_best(
        self, days: Sequence[date], by_quantity: bool, limit: int
    ) -> dict[date, list[Sales]]:
        best = {}
        for day in days:
            rows = sorted(
                self.days.get(day, {}).values(),
                key=lambda s: s.quantity if by_quantity else s.amount_kop,
                reverse=True,
            )[:limit]
            self.rows_listed += len(rows)
            if rows:
                best[day] = rows
        return best

    def cake_totals(
        self, cake_ids: Iterable[int | None], days: Sequence[date]
    ) -> dict[int | None, Sales]:
        wanted = set(cake_ids)
        return {c: s for c, s in self._totals(days).items() if c in wanted}

    def all_cake_totals(self, days: Sequence[date]) -> dict[int | None, Sales]:
        self.full_sums += 1
        return self._totals(days)

    def _totals(self, days: Sequence[date]) -> dict[int | None, Sales]:
        return merge(*(self.days.get(day, {}) for day in days))


def _shop(seed: int, cakes: int, days: int, skew: float) -> dict[date, dict[int | None, Sales]]:
    rng = random.Random(seed)
    weights = [1 / (rank**skew) for rank in range(1, cakes + 1)]
    prices = {cake: rng.choice([45000, 99000, 125050, 240000]) for cake in range(1, cakes + 1)}
    prices[None] = 50000  # lines of deleted cakes
    ids: list[int | None] = [*range(1, cakes), None]
    start = date(2026, 1, 1)
    shop: dict[date, dict[int | None, Sales]] = {}
    for i in range(days):
        day: dict[int | None, Sales] = {}
        for cake in rng.choices(ids, weights=weights, k=rng.randint(0, 300)):
            quantity = rng.randint(1, 3)
            day = merge(day, {cake: Sales(cake, quantity, quantity * prices[cake])})
        shop[start + timedelta(days=i)] = day
    return shop


@pytest.mark.parametrize("by_quantity", [False, True])
@pytest.mark.parametrize(
    ("seed", "cakes", "skew", "k"),
    [(1, 500, 1.0, 10), (2, 2000, 0.8, 10), (3, 40, 0.0, 10), (4, 300, 0.0, 3), (5, 8, 1.0, 10)],
)
def test_the_top_equals_adding_up_every_cake(
    seed: int, cakes: int, skew: float, k: int, by_quantity: bool
) -> None:
    shop = _shop(seed, cakes, 60, skew)
    source = FakeSource(shop)
    days = sorted(shop)[5:50]
    live = {7: Sales(7, 40, 40 * 99000), None: Sales(None, 1, 50000)}  # today, from the orders
    everything = merge(*(shop[day] for day in days), live)
    assert find(source, days, live, k, by_quantity) == rank(everything.values(), by_quantity)[:k]


def test_a_skewed_shop_is_answered_from_the_daily_lists() -> None:
    shop = _shop(7, 5000, 90, 1.0)
    source = FakeSource(shop)
    find(source, sorted(shop), {}, 10, by_quantity=False)
    assert source.full_sums == 0  # no cake was added up beyond the candidates


def test_an_even_shop_falls_back_to_adding_up_everything(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(top_sellers, "LARGEST_LIMIT", 40)
    shop = _shop(8, 3000, 30, 0.0)
    source = FakeSource(shop)
    days = sorted(shop)
    found = find(source, days, {}, 10, by_quantity=True)
    assert source.full_sums == 1
    assert found == rank(merge(*shop.values()).values(), by_quantity=True)[:10]


def test_no_summarised_days_ranks_the_live_sales() -> None:
    live = {1: Sales(1, 2, 100), 2: Sales(2, 5, 50)}
    assert find(FakeSource({}), [], live, 10, by_quantity=True) == [live[2], live[1]]
