"""The assortment kept by an admin: cakes, categories, and the recipe of each cake.

Every write goes through the table editor's validation and audit (table_editor.save_changes), so
a cake saved here obeys exactly the rules of the cakes grid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Table

from cakeshop_desktop.core.domain import (
    CakeDTO,
    CategoryDTO,
    InvalidInput,
    NotFound,
    UserDTO,
)
from cakeshop_desktop.core.messages import Message, tr_noop
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.services.table_editor import (
    ADMINS,
    ChangeKind,
    RowChange,
    SaveResult,
    ValidationFailed,
    save_changes,
    table_object,
)
from cakeshop_desktop.core.support.mapping import cake_dto, category_dto
from cakeshop_desktop.core.uow import UnitOfWork

NEW = "new"
COPY_SUFFIX = " (copy)"
MAX_RECIPE_LINES = 200


@dataclass(frozen=True, slots=True)
class IngredientDTO:
    """An ingredient a recipe can use."""

    id: int
    name: str
    unit: str
    stock_qty: Decimal


@dataclass(frozen=True, slots=True)
class RecipeLine:
    """How much of one ingredient one cake takes."""

    ingredient_id: int
    ingredient_name: str
    unit: str
    quantity: Decimal


def _save_one(
    uow: UnitOfWork,
    actor: UserDTO,
    table: str,
    values: Mapping[str, Any],
    row_id: int | None,
    version: int | None = None,
) -> tuple[int, SaveResult]:
    """Insert or update one row through the table editor; return its id."""
    values = validation.mapping(values, f"The values of a row of {table}")
    if row_id is None:
        change = RowChange(ChangeKind.INSERT, NEW, values=dict(values))
    else:
        validation.identifier(row_id, table)
        original: dict[str, Any] = {"id": row_id}
        if version is not None:
            original["version"] = version
        change = RowChange(ChangeKind.UPDATE, str(row_id), original=original, values=dict(values))

    result = save_changes(uow, actor, table, [change])
    return (int(result.new_keys[NEW]) if row_id is None else row_id), result


# ---------------------------------------------------------------- cakes


def save_cake(
    uow: UnitOfWork,
    actor: UserDTO,
    values: Mapping[str, Any],
    cake_id: int | None = None,
    version: int | None = None,
) -> CakeDTO:
    """Add a cake (no id) or change one; `version` is the one loaded, for conflict detection."""
    require(actor, ADMINS, tr_noop("edit the assortment"))
    with uow:
        saved_id, _ = _save_one(uow, actor, "cakes", values, cake_id, version)
        uow.commit()
        cake = uow.catalog.get_cake(saved_id)
        assert cake is not None
        return cake_dto(cake)


def duplicate_cake(uow: UnitOfWork, actor: UserDTO, cake_id: int) -> CakeDTO:
    """A copy of a cake with a free SKU, no stock, and the same recipe and picture."""
    require(actor, ADMINS, tr_noop("edit the assortment"))
    validation.identifier(cake_id, tr_noop("cake"))
    with uow:
        cake = uow.catalog.get_cake(cake_id)
        if cake is None:
            raise NotFound(tr_noop("No such cake"))
        sku = _free_sku(uow, cake.sku)
        name = (cake.name + COPY_SUFFIX)[:128]
        values = {
            "sku": sku,
            "name": name,
            "description": cake.description,
            "category_id": cake.category_id,
            "price": cake.price,
            "weight_grams": cake.weight_grams,
            "allergens": cake.allergens,
            "stock_qty": 0,
            "made_to_order": cake.made_to_order,
            "lead_time_hours": cake.lead_time_hours,
            "is_active": cake.is_active,
        }
        new_id, _ = _save_one(uow, actor, "cakes", values, None)
        lines = [
            RowChange(
                ChangeKind.INSERT,
                f"{NEW}-{i}",
                values={
                    "cake_id": new_id,
                    "ingredient_id": line.ingredient_id,
                    "quantity": line.quantity,
                },
            )
            for i, line in enumerate(_recipe(uow, cake_id))
        ]
        if lines:
            save_changes(uow, actor, "recipe_items", lines)
        uow.pictures.copy(cake_id, new_id)
        uow.commit()
        copy = uow.catalog.get_cake(new_id)
        assert copy is not None
        return cake_dto(copy)


def _free_sku(uow: UnitOfWork, sku: str) -> str:
    for n in range(1, 1000):
        candidate = f"{sku[: 32 - len(str(n)) - 1]}-{n}"
        if uow.catalog.by_sku(candidate) is None:
            return candidate
    raise InvalidInput(tr_noop("No free SKU for the copy: give it one by hand"))


def delete_cake(
    uow: UnitOfWork, actor: UserDTO, cake_id: int, version: int | None = None
) -> SaveResult:
    """Delete a cake; one that was ever sold is taken off sale instead (see `messages`)."""
    require(actor, ADMINS, tr_noop("edit the assortment"))
    validation.identifier(cake_id, tr_noop("cake"))
    original: dict[str, Any] = {"id": cake_id}
    if version is not None:
        original["version"] = version
    with uow:
        result = save_changes(
            uow,
            actor,
            "cakes",
            [RowChange(ChangeKind.DELETE, str(cake_id), original=original)],
        )
        uow.commit()
        return result


# ---------------------------------------------------------------- categories


def save_category(
    uow: UnitOfWork,
    actor: UserDTO,
    name: str,
    description: str = "",
    sort_order: int = 0,
    category_id: int | None = None,
) -> CategoryDTO:
    require(actor, ADMINS, tr_noop("edit the assortment"))
    values = {"name": name, "description": description, "sort_order": sort_order}
    with uow:
        saved_id, _ = _save_one(uow, actor, "categories", values, category_id)
        uow.commit()
        category = uow.catalog.get_category(saved_id)
        assert category is not None
        return category_dto(category)


def delete_category(uow: UnitOfWork, actor: UserDTO, category_id: int) -> SaveResult:
    """Delete a category; its cakes stay, without a category."""
    require(actor, ADMINS, tr_noop("edit the assortment"))
    validation.identifier(category_id, tr_noop("category"))
    with uow:
        result = save_changes(
            uow,
            actor,
            "categories",
            [RowChange(ChangeKind.DELETE, str(category_id), original={"id": category_id})],
        )
        uow.commit()
        return result


# ---------------------------------------------------------------- recipes


def list_ingredients(uow: UnitOfWork, actor: UserDTO) -> list[IngredientDTO]:
    require(actor, ADMINS, tr_noop("edit recipes"))
    with uow:
        rows = uow.tables.page(
            _ingredients(),
            ["id", "name", "unit", "stock_qty"],
            None,
            [_ingredients().c.name.asc()],
            0,
            5000,
        )
        return [IngredientDTO(id=r[0], name=r[1], unit=r[2], stock_qty=r[3]) for r in rows]


def _ingredients() -> Table:
    return table_object("ingredients")


def get_recipe(uow: UnitOfWork, actor: UserDTO, cake_id: int) -> list[RecipeLine]:
    require(actor, ADMINS, tr_noop("see recipes"))
    validation.identifier(cake_id, tr_noop("cake"))
    with uow:
        return _recipe(uow, cake_id)


def _recipe(uow: UnitOfWork, cake_id: int) -> list[RecipeLine]:

    items = table_object("recipe_items")
    rows = uow.tables.page(
        items,
        ["id", "ingredient_id", "quantity"],
        items.c.cake_id == cake_id,
        [items.c.id.asc()],
        0,
        1000,
    )
    ingredients = (
        {
            r[0]: r
            for r in uow.tables.page(
                _ingredients(),
                ["id", "name", "unit"],
                _ingredients().c.id.in_([row[1] for row in rows]),
                [_ingredients().c.id.asc()],
                0,
                1000,
            )
        }
        if rows
        else {}
    )
    return [
        RecipeLine(
            ingredient_id=row[1],
            ingredient_name=ingredients[row[1]][1],
            unit=ingredients[row[1]][2],
            quantity=Decimal(str(row[2])),
        )
        for row in rows
    ]


def set_recipe(
    uow: UnitOfWork, actor: UserDTO, cake_id: int, lines: Sequence[tuple[int, Any]]
) -> list[RecipeLine]:
    """Replace a cake's recipe by (ingredient id, quantity) lines, in one audited transaction."""
    require(actor, ADMINS, tr_noop("edit recipes"))
    validation.identifier(cake_id, tr_noop("cake"))
    if not isinstance(lines, list | tuple) or len(lines) > MAX_RECIPE_LINES:
        raise InvalidInput(tr_noop("A recipe is a list of at most {0} lines"), MAX_RECIPE_LINES)
    wanted: dict[int, Any] = {}
    errors: dict[tuple[str, str], Message] = {}
    for position, line in enumerate(lines, start=1):
        if not isinstance(line, list | tuple) or len(line) != 2:
            raise InvalidInput(
                tr_noop("Line {0} of the recipe is not an ingredient and an amount"), position
            )
        ingredient_id, quantity = line
        validation.identifier(ingredient_id, tr_noop("ingredient"))
        if ingredient_id in wanted:
            errors[(str(position), "ingredient_id")] = Message(
                tr_noop("This ingredient is listed twice")
            )
        wanted[ingredient_id] = quantity
    if errors:
        raise ValidationFailed(errors)

    items = table_object("recipe_items")
    with uow:
        if uow.catalog.get_cake(cake_id) is None:
            raise NotFound(tr_noop("No such cake"))
        existing = {
            row[1]: row
            for row in uow.tables.page(
                items,
                ["id", "ingredient_id", "quantity"],
                items.c.cake_id == cake_id,
                [items.c.id.asc()],
                0,
                1000,
            )
        }
        changes: list[RowChange] = []
        for ingredient_id, quantity in wanted.items():
            row = existing.get(ingredient_id)
            if row is None:
                changes.append(
                    RowChange(
                        ChangeKind.INSERT,
                        f"ingredient {ingredient_id}",
                        values={
                            "cake_id": cake_id,
                            "ingredient_id": ingredient_id,
                            "quantity": quantity,
                        },
                    )
                )
            elif Decimal(str(row[2])) != _quantity(quantity):
                changes.append(
                    RowChange(
                        ChangeKind.UPDATE,
                        str(row[0]),
                        original={"id": row[0]},
                        values={"quantity": quantity},
                    )
                )
        changes += [
            RowChange(ChangeKind.DELETE, str(row[0]), original={"id": row[0]})
            for ingredient_id, row in existing.items()
            if ingredient_id not in wanted
        ]
        if changes:
            save_changes(uow, actor, "recipe_items", changes)
        uow.commit()
        return _recipe(uow, cake_id)


def _quantity(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value).replace(",", "."))
    except ArithmeticError:
        return None
