"""Ingredient stock: purchases, adjustments and waste with a reason, the ledger that explains it.

Every change of an ingredient's stock is one `stock_movements` row written in the same
transaction, so `stock_mismatches` finds nothing as long as stock only moves through here
and through the board.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from cakeshop_desktop.core.db.models import Ingredient, StockMovement
from cakeshop_desktop.core.domain import (
    InvalidInput,
    MovementKind,
    NotFound,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules import validation
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.rules.quantities import (
    format_quantity,
    parse_quantity,
    round_quantity,
)
from cakeshop_desktop.core.services.production import ADMINS, BAKERS
from cakeshop_desktop.core.types.production import (
    IngredientShortage,
    IngredientStock,
    LedgerEntry,
    StockMismatch,
)
from cakeshop_desktop.core.uow import UnitOfWork

# What a baker or an admin may enter by hand; consumption and production come from the board.
MANUAL_KINDS = frozenset({MovementKind.PURCHASE, MovementKind.ADJUSTMENT, MovementKind.WASTE})
MAX_LEDGER_PAGE = 500
MAX_UNIT_COST = Decimal("99999999")


def ingredient_stock(ingredient: Ingredient, actor: UserDTO) -> IngredientStock:
    return IngredientStock(
        id=ingredient.id,
        name=ingredient.name,
        unit=ingredient.unit,
        stock_qty=round_quantity(ingredient.stock_qty),
        reorder_level=round_quantity(ingredient.reorder_level),
        cost_per_unit=(
            Decimal(ingredient.cost_per_unit).quantize(Decimal("0.0001"))
            if actor.role is Role.ADMIN
            else None
        ),
    )


def list_stock(uow: UnitOfWork, actor: UserDTO) -> tuple[IngredientStock, ...]:
    """Every ingredient with its stock; costs for admins only."""
    require(actor, BAKERS, tr_noop("see ingredient stock"))
    with uow:
        return tuple(ingredient_stock(item, actor) for item in uow.ingredients.all())


def low_stock(uow: UnitOfWork, actor: UserDTO) -> tuple[IngredientStock, ...]:
    """The ingredients under their reorder level: the alert banner of the board."""
    return tuple(item for item in list_stock(uow, actor) if item.is_low)


def record_movement(
    uow: UnitOfWork,
    actor: UserDTO,
    ingredient_id: int,
    kind: MovementKind | str,
    quantity: object,
    reason: str = "",
) -> IngredientStock:
    """A purchase (adds), waste (takes) or adjustment (signed), with its ledger row.

    Waste and adjustments need a reason; stock never goes below zero.
    """
    require(actor, BAKERS, tr_noop("record ingredient stock"))
    validation.identifier(ingredient_id, tr_noop("ingredient"))
    kind = validation.choice(kind, MovementKind, tr_noop("kind of stock change"))
    if kind not in MANUAL_KINDS:
        raise InvalidInput(tr_noop("Only purchases, adjustments and waste are entered by hand"))
    amount = parse_quantity(quantity, signed=kind is MovementKind.ADJUSTMENT)
    reason = validation.text(
        reason,
        tr_noop("Reason"),
        500,
        required=kind in (MovementKind.WASTE, MovementKind.ADJUSTMENT),
        multiline=True,
    )
    delta = -amount if kind is MovementKind.WASTE else amount
    with uow:
        item = uow.ingredients.get(ingredient_id)
        if item is None:
            raise NotFound(tr_noop("No such ingredient"))
        if not uow.ingredients.change_stock(ingredient_id, delta):
            stock = uow.ingredients.stock_of(ingredient_id)
            raise IngredientShortage(
                tr_noop("Only {0} {1} of «{2}» in stock: {3} cannot be taken"),
                format_quantity(stock),
                item.unit,
                item.name,
                format_quantity(-delta),
            )
        uow.ingredients.add_movement(
            StockMovement(
                kind=kind,
                ingredient_id=ingredient_id,
                quantity=delta,
                reason=reason,
                created_by_id=actor.id,
                created_at=datetime.now(),
            )
        )
        uow.commit()
        refreshed = uow.ingredients.fresh(ingredient_id)
        assert refreshed is not None
        return ingredient_stock(refreshed, actor)


def update_ingredient(
    uow: UnitOfWork,
    actor: UserDTO,
    ingredient_id: int,
    reorder_level: object,
    cost_per_unit: object,
) -> IngredientStock:
    """An admin sets when to reorder and what a unit costs (the stock moves only by the ledger)."""
    require(actor, ADMINS, tr_noop("change ingredients"))
    validation.identifier(ingredient_id, tr_noop("ingredient"))
    level = _non_negative(reorder_level, "Reorder level")
    cost = _non_negative(cost_per_unit, "Cost per unit", places=4)
    if cost > MAX_UNIT_COST:
        raise InvalidInput(tr_noop("Cost per unit is too large"))
    with uow:
        item = uow.ingredients.get(ingredient_id)
        if item is None:
            raise NotFound(tr_noop("No such ingredient"))
        item.reorder_level = level
        item.cost_per_unit = cost
        uow.commit()
        return ingredient_stock(item, actor)


def _non_negative(value: object, what: str, places: int = 3) -> Decimal:
    return parse_quantity(value, what, allow_zero=True, places=places)


def ledger(
    uow: UnitOfWork, actor: UserDTO, ingredient_id: int, offset: int = 0, limit: int = 100
) -> tuple[LedgerEntry, ...]:
    """An ingredient's movements, newest first, a page at a time."""
    require(actor, BAKERS, tr_noop("see the stock ledger"))
    validation.identifier(ingredient_id, tr_noop("ingredient"))
    validation.page(offset, limit, MAX_LEDGER_PAGE, tr_noop("rows"))
    with uow:
        if uow.ingredients.get(ingredient_id) is None:
            raise NotFound(tr_noop("No such ingredient"))
        return tuple(
            LedgerEntry(
                id=movement.id,
                kind=movement.kind,
                quantity=round_quantity(movement.quantity),
                reason=movement.reason,
                task_id=movement.task_id,
                order_id=movement.order_id,
                created_by=name,
                created_at=movement.created_at,
            )
            for movement, name in uow.ingredients.ledger(ingredient_id, offset, limit)
        )


def stock_mismatches(uow: UnitOfWork, actor: UserDTO) -> tuple[StockMismatch, ...]:
    """Ingredients whose stock is not the sum of their ledger rows (empty when all is well)."""
    require(actor, BAKERS, tr_noop("check the stock ledger"))
    with uow:
        totals = uow.ingredients.ledger_totals()
        return tuple(
            StockMismatch(
                ingredient_id=item.id,
                name=item.name,
                stock_qty=round_quantity(item.stock_qty),
                ledger_qty=round_quantity(totals.get(item.id, 0)),
            )
            for item in uow.ingredients.all()
            if round_quantity(item.stock_qty) != round_quantity(totals.get(item.id, 0))
        )
