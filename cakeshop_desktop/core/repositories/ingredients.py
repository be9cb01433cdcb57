"""Ingredients, recipes as the bakery reads them, and the ingredient half of the stock ledger."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.models import (
    Cake,
    Ingredient,
    RecipeItem,
    StockMovement,
    User,
)
from cakeshop_desktop.core.repositories.statements import rowcount
from cakeshop_desktop.core.repositories.users import person_name


class IngredientRepository:
    """Reads and writes `ingredients` and their rows of `stock_movements`; reads `recipe_items`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Ingredient]:
        return list(self._session.scalars(select(Ingredient).order_by(Ingredient.name)))

    def get(self, ingredient_id: int) -> Ingredient | None:
        return self._session.get(Ingredient, ingredient_id)

    def fresh(self, ingredient_id: int) -> Ingredient | None:
        """The ingredient as committed now (after UPDATE statements the session did not track)."""
        return self._session.scalars(
            select(Ingredient)
            .where(Ingredient.id == ingredient_id)
            .execution_options(populate_existing=True)
        ).first()

    def by_ids(self, ingredient_ids: Iterable[int]) -> dict[int, Ingredient]:
        wanted = list(set(ingredient_ids))
        if not wanted:
            return {}
        rows = self._session.scalars(select(Ingredient).where(Ingredient.id.in_(wanted)))
        return {row.id: row for row in rows}

    def change_stock(self, ingredient_id: int, delta: Decimal) -> bool:
        """Atomically add `delta` (negative takes); False when that would go below zero."""
        result = self._session.execute(
            update(Ingredient)
            .where(Ingredient.id == ingredient_id, Ingredient.stock_qty + delta >= 0)
            .values(stock_qty=Ingredient.stock_qty + delta)
            .execution_options(synchronize_session=False)
        )
        return rowcount(result) == 1

    def stock_of(self, ingredient_id: int) -> Decimal:
        value = self._session.scalar(
            select(Ingredient.stock_qty).where(Ingredient.id == ingredient_id)
        )
        return Decimal(value or 0)

    def recipe(self, cake_id: int) -> list[tuple[int, Decimal]]:
        """(ingredient id, quantity for one cake), by ingredient id: the order rows are locked in."""
        rows = self._session.execute(
            select(RecipeItem.ingredient_id, RecipeItem.quantity)
            .where(RecipeItem.cake_id == cake_id)
            .order_by(RecipeItem.ingredient_id)
        )
        return [(ingredient_id, Decimal(quantity)) for ingredient_id, quantity in rows]

    def recipes(self, cake_ids: Iterable[int]) -> dict[int, list[tuple[int, Decimal]]]:
        wanted = list(set(cake_ids))
        found: dict[int, list[tuple[int, Decimal]]] = {cake_id: [] for cake_id in wanted}
        if not wanted:
            return found
        rows = self._session.execute(
            select(RecipeItem.cake_id, RecipeItem.ingredient_id, RecipeItem.quantity).where(
                RecipeItem.cake_id.in_(wanted)
            )
        )
        for cake_id, ingredient_id, quantity in rows:
            found[cake_id].append((ingredient_id, Decimal(quantity)))
        return found

    def recipe_costs(self) -> list[tuple[int, str, Decimal, Decimal | None]]:
        """(cake id, name, price, recipe cost or None) of every active cake."""
        cost = (
            select(
                RecipeItem.cake_id.label("cake_id"),
                func.sum(RecipeItem.quantity * Ingredient.cost_per_unit).label("cost"),
            )
            .join(Ingredient, Ingredient.id == RecipeItem.ingredient_id)
            .group_by(RecipeItem.cake_id)
            .subquery()
        )
        rows = self._session.execute(
            select(Cake.id, Cake.name, Cake.price, cost.c.cost)
            .outerjoin(cost, cost.c.cake_id == Cake.id)
            .where(Cake.is_active.is_(True))
            .order_by(Cake.name)
        )
        return [
            (cake_id, name, Decimal(price), None if total is None else Decimal(str(total)))
            for cake_id, name, price, total in rows
        ]

    def add_movement(self, movement: StockMovement) -> None:
        self._session.add(movement)

    def ledger(
        self, ingredient_id: int, offset: int, limit: int
    ) -> list[tuple[StockMovement, str | None]]:
        """An ingredient's movements, newest first."""
        rows = self._session.execute(
            select(StockMovement, person_name())
            .outerjoin(User, User.id == StockMovement.created_by_id)
            .where(StockMovement.ingredient_id == ingredient_id)
            .order_by(StockMovement.created_at.desc(), StockMovement.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return [(movement, name) for movement, name in rows]

    def ledger_totals(self) -> dict[int, Decimal]:
        """SUM(quantity) of the movements of every ingredient that has any."""
        rows = self._session.execute(
            select(StockMovement.ingredient_id, func.sum(StockMovement.quantity))
            .where(StockMovement.ingredient_id.is_not(None))
            .group_by(StockMovement.ingredient_id)
        )
        return {
            ingredient_id: Decimal(str(total or 0))
            for ingredient_id, total in rows
            if ingredient_id is not None
        }
