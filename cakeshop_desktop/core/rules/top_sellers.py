"""The best-selling cakes of a period without adding up every cake (issue #6).

A period is many days. For each day the database hands over its N best sellers; a cake in
none of those lists sold, on every day, at most that day's N-th best figure, so its
period total is at most the sum of the N-th figures: the threshold. When the k-th best
total among the listed cakes is above the threshold, no unlisted cake can reach the top k,
and the answer is exact. Otherwise N grows, and past a limit every cake is added up.

Pure logic: the database sits behind `BestSellerSource`; tests use a fake.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Sales:
    """A cake's sales: quantity and amount in kopecks (cake None: lines of deleted cakes)."""

    cake_id: int | None
    quantity: int
    amount_kop: int


class BestSellerSource(Protocol):
    def daily_best(
        self, days: Sequence[date], by_quantity: bool, limit: int
    ) -> dict[date, list[Sales]]:
        """Each day's `limit` best sellers, best first; only the ranked figure is needed."""
        ...

    def cake_totals(
        self, cake_ids: Iterable[int | None], days: Sequence[date]
    ) -> dict[int | None, Sales]: ...

    def all_cake_totals(self, days: Sequence[date]) -> dict[int | None, Sales]: ...


FIRST_LIMIT_PER_TOP = 3  # N starts at 3 k
GROWTH = 4
LARGEST_LIMIT = 2000  # beyond this per day, adding up every cake is as quick


def _order_key(by_quantity: bool) -> Callable[[Sales], tuple[int, int, int]]:
    def key(sale: Sales) -> tuple[int, int, int]:
        cake_order = sale.cake_id if sale.cake_id is not None else 2**63  # deleted cakes last
        if by_quantity:
            return (-sale.quantity, -sale.amount_kop, cake_order)
        return (-sale.amount_kop, -sale.quantity, cake_order)

    return key


def rank(totals: Iterable[Sales], by_quantity: bool) -> list[Sales]:
    """Best first: by amount (then quantity) or by quantity (then amount), then cake id."""
    return sorted(totals, key=_order_key(by_quantity))


def merge(*parts: dict[int | None, Sales]) -> dict[int | None, Sales]:
    merged: dict[int | None, Sales] = {}
    for part in parts:
        for cake_id, sale in part.items():
            before = merged.get(cake_id)
            merged[cake_id] = (
                sale
                if before is None
                else Sales(
                    cake_id, before.quantity + sale.quantity, before.amount_kop + sale.amount_kop
                )
            )
    return merged


def top_sellers(
    source: BestSellerSource,
    days: Sequence[date],
    live: dict[int | None, Sales],
    k: int,
    by_quantity: bool,
) -> list[Sales]:
    """The k best sellers over the summarised `days` plus the `live` totals (days added up
    from the orders themselves), exactly as if every cake had been added up."""
    if not days:
        return rank(live.values(), by_quantity)[:k]
    limit = max(k * FIRST_LIMIT_PER_TOP, 1)
    while limit <= LARGEST_LIMIT:
        best = source.daily_best(days, by_quantity, limit)
        threshold = sum(
            (rows[-1].quantity if by_quantity else rows[-1].amount_kop)
            for rows in best.values()
            if len(rows) >= limit
        )
        listed = {sale.cake_id for rows in best.values() for sale in rows} | set(live)
        totals = merge(source.cake_totals(listed, days), live)
        ranked = rank(totals.values(), by_quantity)
        if all(len(rows) < limit for rows in best.values()):
            return ranked[:k]  # every day listed in full: nobody is left out
        if len(ranked) >= k:
            kth = ranked[k - 1]
            if (kth.quantity if by_quantity else kth.amount_kop) > threshold:
                return ranked[:k]
        limit *= GROWTH
    return rank(merge(source.all_cake_totals(days), live).values(), by_quantity)[:k]
