"""The best sellers found from each day's best sellers equal adding up every cake.

The expected answers are worked out here on their own (plain sums, an explicit sort), never
with the module's `merge` or `rank`: a bug there must not hide in the expectation too.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

import pytest

from cakeshop_desktop.core.rules import top_sellers
from cakeshop_desktop.core.rules.top_sellers import Sales, merge, rank
from cakeshop_desktop.core.rules.top_sellers import top_sellers as find

DAY = date(2026, 1, 1)


def add_up(*parts: dict[int | None, Sales]) -> dict[int | None, Sales]:
    """Every cake's quantity and amount over the parts, by plain addition."""
    quantity: dict[int | None, int] = defaultdict(int)
    amount: dict[int | None, int] = defaultdict(int)
    for part in parts:
        for sale in part.values():
            quantity[sale.cake_id] += sale.quantity
            amount[sale.cake_id] += sale.amount_kop
    return {cake: Sales(cake, quantity[cake], amount[cake]) for cake in quantity}


def expected_top(
    parts: Iterable[dict[int | None, Sales]], k: int, by_quantity: bool
) -> list[Sales]:
    """The k best: the ranked figure, then the other one, then the lower cake id, deleted last."""
    totals = add_up(*parts)

    def best_first(sale: Sales) -> tuple[int, int, bool, int]:
        first, second = (
            (sale.quantity, sale.amount_kop) if by_quantity else (sale.amount_kop, sale.quantity)
        )
        return (-first, -second, sale.cake_id is None, sale.cake_id or 0)

    return sorted(totals.values(), key=best_first)[:k]


class FakeSource:
    """Per-day sales in memory; counts how much it was asked for."""

    def __init__(self, days: dict[date, dict[int | None, Sales]]) -> None:
        self.days = days
        self.full_sums = 0
        self.rows_listed = 0
        self.limits: list[int] = []  # the per-day limit of each round of daily lists

    def daily_best(
        self, days: Sequence[date], by_quantity: bool, limit: int
    ) -> dict[date, list[Sales]]:
        self.limits.append(limit)
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
        return add_up(*(self.days.get(day, {}) for day in days))


def _shop(seed: int, cakes: int, days: int, skew: float) -> dict[date, dict[int | None, Sales]]:
    rng = random.Random(seed)
    weights = [1 / (rank**skew) for rank in range(1, cakes + 1)]
    prices = {cake: rng.choice([45000, 99000, 125050, 240000]) for cake in range(1, cakes + 1)}
    prices[None] = 50000  # lines of deleted cakes
    ids: list[int | None] = [*range(1, cakes), None]
    start = date(2026, 1, 1)
    shop: dict[date, dict[int | None, Sales]] = {}
    for i in range(days):
        sold: dict[int | None, int] = defaultdict(int)
        for cake in rng.choices(ids, weights=weights, k=rng.randint(0, 300)):
            sold[cake] += rng.randint(1, 3)
        shop[start + timedelta(days=i)] = {
            cake: Sales(cake, quantity, quantity * prices[cake]) for cake, quantity in sold.items()
        }
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
    expected = expected_top([*(shop[day] for day in days), live], k, by_quantity)
    assert find(source, days, live, k, by_quantity) == expected


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
    assert found == expected_top(shop.values(), 10, by_quantity=True)


def test_no_summarised_days_ranks_the_live_sales() -> None:
    live = {1: Sales(1, 2, 100), 2: Sales(2, 5, 50)}
    assert find(FakeSource({}), [], live, 10, by_quantity=True) == [live[2], live[1]]


def test_merge_adds_up_each_cakes_quantity_and_amount() -> None:
    first = {1: Sales(1, 2, 200), None: Sales(None, 1, 50)}
    second = {1: Sales(1, 3, 330), 2: Sales(2, 1, 90), None: Sales(None, 4, 200)}
    assert merge(first, second, {2: Sales(2, 1, 90)}) == {
        1: Sales(1, 5, 530),
        None: Sales(None, 5, 250),
        2: Sales(2, 2, 180),
    }
    assert merge() == {}


def test_rank_breaks_ties_by_the_other_figure_then_the_cake_with_deleted_cakes_last() -> None:
    sales = [
        Sales(None, 2, 1000),
        Sales(3, 1, 1000),
        Sales(2, 1, 1000),
        Sales(1, 2, 1000),
        Sales(4, 2, 900),
        Sales(5, 3, 900),
    ]
    assert rank(sales, by_quantity=False) == [
        Sales(1, 2, 1000),
        Sales(None, 2, 1000),
        Sales(2, 1, 1000),
        Sales(3, 1, 1000),
        Sales(5, 3, 900),
        Sales(4, 2, 900),
    ]
    assert rank(sales, by_quantity=True) == [
        Sales(5, 3, 900),
        Sales(1, 2, 1000),
        Sales(None, 2, 1000),
        Sales(4, 2, 900),
        Sales(2, 1, 1000),
        Sales(3, 1, 1000),
    ]


@pytest.mark.parametrize("by_quantity", [False, True])
def test_ties_over_several_days_are_broken_the_same_way(by_quantity: bool) -> None:
    days = {
        DAY: {1: Sales(1, 1, 500), 2: Sales(2, 2, 500), None: Sales(None, 1, 500)},
        DAY + timedelta(days=1): {1: Sales(1, 1, 500), 3: Sales(3, 2, 1000)},
        DAY + timedelta(days=2): {None: Sales(None, 1, 500), 4: Sales(4, 1, 1000)},
    }
    found = find(FakeSource(days), sorted(days), {}, 5, by_quantity)
    # cakes 1, 3 and the deleted ones tie on both figures: lower id first, deleted last
    tied = [Sales(1, 2, 1000), Sales(3, 2, 1000), Sales(None, 2, 1000)]
    if by_quantity:  # 2 pieces for 500 beat 1 piece for 1000
        assert found == [*tied, Sales(2, 2, 500), Sales(4, 1, 1000)]
    else:  # 1000 for 1 piece beats 500 for 2
        assert found == [*tied, Sales(4, 1, 1000), Sales(2, 2, 500)]
    assert found == expected_top(days.values(), 5, by_quantity)


def test_lines_of_deleted_cakes_add_up_across_days_and_today() -> None:
    days = {
        DAY: {None: Sales(None, 3, 1500), 1: Sales(1, 4, 1600)},
        DAY + timedelta(days=1): {None: Sales(None, 2, 1000), 1: Sales(1, 1, 400)},
    }
    live = {None: Sales(None, 1, 500)}
    assert find(FakeSource(days), sorted(days), live, 2, by_quantity=False) == [
        Sales(None, 6, 3000),
        Sales(1, 5, 2000),
    ]


def test_a_cake_in_no_days_list_still_wins_the_period() -> None:
    # Every day three one-day stars sell 10 each; cake 99 sells 9 every day and is never in a
    # day's top three, yet over five days it is the best seller by far.
    days = {
        DAY + timedelta(days=i): {
            **{10 * i + n: Sales(10 * i + n, 10, 10_000) for n in range(1, 4)},
            99: Sales(99, 9, 9_000),
        }
        for i in range(5)
    }
    source = FakeSource(days)
    for by_quantity in (False, True):
        found = find(source, sorted(days), {}, 1, by_quantity)
        assert found == [Sales(99, 45, 45_000)]
    assert source.full_sums == 0  # the daily lists grew until they settled it


def test_todays_sales_count_with_the_days_where_the_cake_was_not_listed() -> None:
    # Cake 50 is below every day's top but sells a lot today: its days count too.
    days = {
        DAY + timedelta(days=i): {
            1: Sales(1, 20, 20_000),
            2: Sales(2, 19, 19_000),
            3: Sales(3, 18, 18_000),
            4: Sales(4, 17, 17_000),
            50: Sales(50, 2, 2_000),
        }
        for i in range(3)
    }
    live = {50: Sales(50, 40, 40_000)}
    found = find(FakeSource(days), sorted(days), live, 2, by_quantity=True)
    assert found == [Sales(1, 60, 60_000), Sales(2, 57, 57_000)]
    found = find(FakeSource(days), sorted(days), live, 1, by_quantity=True)
    assert found == [Sales(1, 60, 60_000)]
    found = find(FakeSource(days), sorted(days), {50: Sales(50, 60, 60_000)}, 1, by_quantity=True)
    assert found == [Sales(50, 66, 66_000)]


def test_the_fallback_adds_todays_sales_to_every_cake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(top_sellers, "LARGEST_LIMIT", 40)
    shop = _shop(9, 3000, 20, 0.0)
    source = FakeSource(shop)
    live = {2999: Sales(2999, 30, 30 * 99000), None: Sales(None, 25, 25 * 50000)}
    found = find(source, sorted(shop), live, 5, by_quantity=True)
    assert source.full_sums == 1
    assert found == expected_top([*shop.values(), live], 5, by_quantity=True)
    assert found[:2] == [
        Sales(2999, 30 + shop_total(shop, 2999).quantity, found[0].amount_kop),
        Sales(None, 25 + shop_total(shop, None).quantity, found[1].amount_kop),
    ]


def shop_total(shop: dict[date, dict[int | None, Sales]], cake: int | None) -> Sales:
    return add_up(*shop.values()).get(cake, Sales(cake, 0, 0))


def test_a_deleted_cake_ranks_after_any_real_cake_it_ties_with() -> None:
    sales = [Sales(None, 1, 100), Sales(5000, 1, 100), Sales(2**40, 1, 100)]
    assert rank(sales, by_quantity=True) == [sales[1], sales[2], sales[0]]
    assert rank(sales, by_quantity=False) == [sales[1], sales[2], sales[0]]


def _tight_days() -> dict[date, dict[int | None, Sales]]:
    """Two days whose third-best figure adds up to just under cake 1's total.

    By pieces: cake 1 sold 4 + 4 = 8, each day's third best sold 3: 8 > 3 + 3 settles the
    first round of daily lists (top 3). Cake 9 sells one piece a day at a high price: by
    amount it heads each day's list, by pieces it is last.
    """

    def day(other: int) -> dict[int | None, Sales]:
        return {
            1: Sales(1, 4, 400),
            other: Sales(other, 4, 390),
            other + 1: Sales(other + 1, 3, 300),
            9: Sales(9, 1, 5000),
        }

    return {DAY: day(20), DAY + timedelta(days=1): day(30)}


def test_a_clear_leader_by_pieces_is_settled_by_the_first_daily_lists() -> None:
    source = FakeSource(_tight_days())
    found = find(source, sorted(source.days), {}, 1, by_quantity=True)
    assert found == [Sales(1, 8, 800)]
    assert source.limits == [3]  # one round of three rows per day, nothing added up in full
    assert source.rows_listed == 6 and source.full_sums == 0


def test_a_clear_leader_by_amount_is_settled_by_the_first_daily_lists() -> None:
    # Each day cake 1 takes 350, second to that day's own best (390); the third best takes
    # 300. Over both days cake 1 leads with 700, above 300 + 300, but not above 350 + 350.
    days = {
        DAY + timedelta(days=i): {
            other: Sales(other, 4, 390),
            1: Sales(1, 3, 350),
            other + 1: Sales(other + 1, 3, 300),
        }
        for i, other in enumerate((20, 30))
    }
    source = FakeSource(days)
    assert find(source, sorted(days), {}, 1, by_quantity=False) == [Sales(1, 6, 700)]
    assert source.limits == [3] and source.full_sums == 0


def test_a_leader_only_equal_to_the_threshold_needs_longer_lists() -> None:
    # Cakes 1, 2 and 3 sold 3 each: an unlisted cake could also have sold 3, so the first
    # round cannot settle who is first; the second lists every cake of the day.
    days = {DAY: {c: Sales(c, 3, 300) for c in (1, 2, 3)} | {4: Sales(4, 1, 100)}}
    source = FakeSource(days)
    assert find(source, [DAY], {}, 1, by_quantity=True) == [Sales(1, 3, 300)]
    assert source.limits == [3, 12]
    assert source.full_sums == 0


def test_the_lists_grow_up_to_the_largest_limit_then_everything_is_added_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(top_sellers, "LARGEST_LIMIT", 12)
    # 30 cakes selling the same each day: no short list can settle the top
    days = {DAY + timedelta(days=i): {c: Sales(c, 2, 200) for c in range(1, 31)} for i in range(3)}
    source = FakeSource(days)
    found = find(source, sorted(days), {}, 1, by_quantity=True)
    assert found == [Sales(1, 6, 600)]
    assert source.limits == [3, 12] and source.full_sums == 1


@pytest.mark.parametrize("by_quantity", [False, True])
def test_a_year_of_whole_months_and_days_equals_adding_up_every_cake(by_quantity: bool) -> None:
    """The year's report: eleven rolled-up months, the open month's days and today, on a
    skewed shop of a few thousand cakes whose best sellers change from month to month."""
    shop = _shop(11, 3000, 365, 1.1)
    days = sorted(shop)
    parts: dict[date, dict[int | None, Sales]] = {}
    for day in days[:334]:  # the months before December, each under its first day
        month = parts.setdefault(day.replace(day=1), {})
        for cake, sale in shop[day].items():
            shift = 1 + (day.month * 37 + (cake or 0)) % 3  # a cake's fortune turns monthly
            quantity, amount = sale.quantity * shift, sale.amount_kop * shift
            before = month.get(cake, Sales(cake, 0, 0))
            month[cake] = Sales(cake, before.quantity + quantity, before.amount_kop + amount)
    for day in days[334:]:
        parts[day] = shop[day]
    live = {3: Sales(3, 500, 500 * 99000), 2999: Sales(2999, 900, 900 * 45000)}
    source = FakeSource(parts)
    found = find(source, sorted(parts), live, 10, by_quantity)
    assert found == expected_top([*parts.values(), live], 10, by_quantity)
    assert source.full_sums == 0  # answered from the monthly and daily lists
