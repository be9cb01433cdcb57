"""Cakes and categories: the filtered catalogue and the showcase stock counters."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    UnaryExpression,
    func,
    literal,
    not_,
    or_,
    select,
    update,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from cakeshop_desktop.core.db.models import Cake, Category
from cakeshop_desktop.core.domain import CatalogQuery, CatalogSort
from cakeshop_desktop.core.repositories.statements import rowcount

LIKE_ESCAPE = "\\"


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with % and _ taken literally."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class CatalogRepository:
    """Reads and writes `cakes` and `categories`."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._sqlite = session.get_bind().dialect.name == "sqlite"

    # --- cakes

    def get_cake(self, cake_id: int) -> Cake | None:
        return self._session.get(Cake, cake_id)

    def cakes_by_ids(self, cake_ids: list[int]) -> dict[int, Cake]:
        if not cake_ids:
            return {}
        rows = self._session.scalars(select(Cake).where(Cake.id.in_(cake_ids)))
        return {cake.id: cake for cake in rows}

    def by_sku(self, sku: str) -> Cake | None:
        return self._session.scalars(select(Cake).where(Cake.sku == sku)).first()

    def add_cake(self, cake: Cake) -> Cake:
        self._session.add(cake)
        self._session.flush()
        return cake

    def search(self, query: CatalogQuery) -> tuple[list[Cake], int]:
        """One page of cakes matching the query, and how many match in all."""
        conditions = self._conditions(query)
        total = self._session.scalar(select(func.count()).select_from(Cake).where(*conditions)) or 0
        page = (
            select(Cake)
            .where(*conditions)
            .order_by(*_ordering(query.sort))
            .offset(query.offset)
            .limit(query.limit)
        )
        return list(self._session.scalars(page).unique()), total

    def _conditions(self, query: CatalogQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if not query.include_inactive:
            conditions.append(Cake.is_active.is_(True))
        text = query.text.strip()
        if text:
            pattern = like_pattern(text.casefold() if self._sqlite else text)
            columns = (Cake.name, Cake.sku, Cake.description)
            conditions.append(
                or_(*(self._folded(column).like(pattern, escape=LIKE_ESCAPE) for column in columns))
            )
        if query.category_id is not None:
            conditions.append(Cake.category_id == query.category_id)
        if query.price_from is not None:
            conditions.append(Cake.price >= query.price_from)
        if query.price_to is not None:
            conditions.append(Cake.price <= query.price_to)
        if query.in_stock_only:
            conditions.append(or_(Cake.stock_qty > 0, Cake.made_to_order.is_(True)))
        if query.made_to_order_only:
            conditions.append(Cake.made_to_order.is_(True))
        for allergen in query.exclude_allergens:
            tag = allergen.strip().casefold()
            if tag:
                listed = literal(",") + Cake.allergens + literal(",")
                conditions.append(not_(listed.like(like_pattern(f",{tag},"), escape=LIKE_ESCAPE)))
        return conditions

    def _folded(self, column: InstrumentedAttribute[str]) -> ColumnElement[str]:
        # MySQL's utf8mb4_unicode_ci already ignores case; SQLite's LIKE only folds ASCII,
        # so it gets the casefold() registered on every connection (engine.py).
        if self._sqlite:
            return func.cs_fold(column, type_=String)
        return column.expression

    def lock_cakes(self, cake_ids: Iterable[int]) -> None:
        """Row-lock these cakes until commit, always in id order so lockers queue, not deadlock."""
        ids = sorted(set(cake_ids))
        if not ids:
            return
        # No join (it would lock categories too), and through the primary key: on a small
        # table MySQL may read the ids from a secondary index and lock in that index's order.
        statement = select(Cake.id, Cake.version).where(Cake.id.in_(ids)).order_by(Cake.id)
        for dialect in ("mysql", "mariadb"):
            statement = statement.with_hint(Cake, "FORCE INDEX (PRIMARY)", dialect)
        self._session.execute(statement.with_for_update())

    def take_from_showcase(self, cake_id: int, quantity: int) -> bool:
        """Atomically take `quantity` ready cakes; False when fewer are left."""
        result = self._session.execute(
            update(Cake)
            .where(Cake.id == cake_id, Cake.stock_qty >= quantity)
            .values(stock_qty=Cake.stock_qty - quantity, sold_count=Cake.sold_count + quantity)
            .execution_options(synchronize_session=False)
        )
        return rowcount(result) == 1

    def count_sold(self, cake_id: int, quantity: int) -> None:
        """Add to a made-to-order cake's popularity."""
        self._session.execute(
            update(Cake)
            .where(Cake.id == cake_id)
            .values(sold_count=Cake.sold_count + quantity)
            .execution_options(synchronize_session=False)
        )

    def return_to_showcase(self, cake_id: int, quantity: int) -> None:
        self._session.execute(
            update(Cake)
            .where(Cake.id == cake_id)
            .values(stock_qty=Cake.stock_qty + quantity, sold_count=Cake.sold_count - quantity)
            .execution_options(synchronize_session=False)
        )

    def stock_of(self, cake_id: int) -> int:
        return self._session.scalar(select(Cake.stock_qty).where(Cake.id == cake_id)) or 0

    # --- categories

    def categories(self) -> list[Category]:
        return list(
            self._session.scalars(select(Category).order_by(Category.sort_order, Category.name))
        )

    def get_category(self, category_id: int) -> Category | None:
        return self._session.get(Category, category_id)

    def category_by_name(self, name: str) -> Category | None:
        return self._session.scalars(select(Category).where(Category.name == name)).first()

    def add_category(self, category: Category) -> Category:
        self._session.add(category)
        self._session.flush()
        return category

    def allergens_in_use(self) -> list[str]:
        rows = self._session.scalars(
            select(Cake.allergens).where(Cake.is_active.is_(True), Cake.allergens != "").distinct()
        )
        tags = {tag for row in rows for tag in row.split(",") if tag}
        return sorted(tags)


def _ordering(sort: CatalogSort) -> tuple[UnaryExpression[Any], UnaryExpression[int]]:
    # The tie-breaker runs the same way as the sort, so one index read backwards serves
    # it: a mixed (DESC, ASC) order made MySQL sort all 100,000 cakes for every page.
    if sort is CatalogSort.PRICE_ASC:
        return (Cake.price.asc(), Cake.id.asc())
    if sort is CatalogSort.PRICE_DESC:
        return (Cake.price.desc(), Cake.id.desc())
    if sort is CatalogSort.POPULARITY:
        return (Cake.sold_count.desc(), Cake.id.desc())
    return (Cake.name.asc(), Cake.id.asc())


__all__ = ["CatalogRepository", "like_pattern"]
