"""Planning a production day: what to make, ingredients against stock, capacity, recipe costs."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from cakeshop_desktop.core.domain import InvalidInput, Role, TaskStatus, UserDTO
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.pricing import round_money
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.rules.quantities import round_quantity
from cakeshop_desktop.core.services.production import ADMINS, BAKERS, board_day
from cakeshop_desktop.core.types.production import (
    CakeCost,
    CapacityDay,
    DayPlan,
    IngredientNeed,
    PlannedCake,
)
from cakeshop_desktop.core.uow import UnitOfWork

MAX_CAPACITY = 999
MAX_CAPACITY_DAYS = 62
ZERO = Decimal("0.000")


def day_plan(uow: UnitOfWork, actor: UserDTO, day: date) -> DayPlan:
    """The day's cakes, and every ingredient they need against what stock will be left.

    Unstarted tasks due before the day take their ingredients first (`earlier`), so
    tomorrow's shortages show today.
    """
    require(actor, BAKERS, tr_noop("plan production"))
    day = board_day(day)
    start = datetime.combine(day, time.min)
    with uow:
        counts: dict[int, dict[TaskStatus, int]] = defaultdict(lambda: defaultdict(int))
        names: dict[int, str] = {}
        for cake_id, name, status, quantity in uow.production.task_totals(
            start, start + timedelta(days=1)
        ):
            counts[cake_id][status] += quantity
            names[cake_id] = name
        earlier_cakes = uow.production.queued_before(start)
        recipes = uow.ingredients.recipes([*counts, *earlier_cakes])
        needed: dict[int, Decimal] = defaultdict(Decimal)
        earlier: dict[int, Decimal] = defaultdict(Decimal)
        for cake_id, by_status in counts.items():
            for ingredient_id, per_cake in recipes[cake_id]:
                needed[ingredient_id] += per_cake * by_status[TaskStatus.QUEUED]
        for cake_id, quantity in earlier_cakes.items():
            for ingredient_id, per_cake in recipes[cake_id]:
                earlier[ingredient_id] += per_cake * quantity
        needs = []
        for item in uow.ingredients.all():
            stock = round_quantity(item.stock_qty)
            level = round_quantity(item.reorder_level)
            want = round_quantity(needed.get(item.id, ZERO))
            before = round_quantity(earlier.get(item.id, ZERO))
            short = max(ZERO, want + before - stock) if want > 0 else ZERO
            to_buy = max(ZERO, want + before + level - stock)
            if not (want or before or to_buy):
                continue
            cost = round_money(to_buy * Decimal(item.cost_per_unit))
            needs.append(
                IngredientNeed(
                    ingredient_id=item.id,
                    name=item.name,
                    unit=item.unit,
                    needed=want,
                    stock_qty=stock,
                    earlier=before,
                    reorder_level=level,
                    short=short,
                    to_buy=to_buy,
                    cost=cost if actor.role is Role.ADMIN else None,
                )
            )
        capacity = _capacity_days(uow, day, 1)[0]
    cakes = tuple(
        sorted(
            (
                PlannedCake(
                    cake_id=cake_id,
                    cake_name=names[cake_id],
                    queued=by_status[TaskStatus.QUEUED],
                    in_progress=by_status[TaskStatus.IN_PROGRESS],
                    done=by_status[TaskStatus.DONE],
                )
                for cake_id, by_status in counts.items()
            ),
            key=lambda cake: cake.cake_name,
        )
    )
    missing = tuple(
        sorted(names[c] for c, s in counts.items() if s[TaskStatus.QUEUED] and not recipes[c])
    )
    needs.sort(key=lambda need: (not need.is_short, need.to_buy <= 0, need.name))
    return DayPlan(
        day=day,
        capacity=capacity.capacity,
        booked=capacity.booked,
        cakes=cakes,
        needs=tuple(needs),
        missing_recipes=missing,
    )


# ---------------------------------------------------------------- capacity


def capacity_days(
    uow: UnitOfWork, actor: UserDTO, first: date, days: int = 14
) -> tuple[CapacityDay, ...]:
    """Capacity and bookings of `days` days from `first`; unplanned days take the default."""
    require(actor, BAKERS, tr_noop("see production capacity"))
    first = board_day(first)
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_CAPACITY_DAYS:
        raise InvalidInput(tr_noop("Choose 1 to {0} days"), MAX_CAPACITY_DAYS)
    with uow:
        return _capacity_days(uow, first, days)


def _capacity_days(uow: UnitOfWork, first: date, days: int) -> tuple[CapacityDay, ...]:
    planned = uow.production.days_between(first, first + timedelta(days=days - 1))
    default = uow.production.default_capacity()
    result = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        row = planned.get(day)
        result.append(
            CapacityDay(
                day=day,
                capacity=row[0] if row is not None else default,
                booked=row[1] if row is not None else 0,
                planned=row is not None,
            )
        )
    return tuple(result)


def default_capacity(uow: UnitOfWork, actor: UserDTO) -> int:
    require(actor, BAKERS, tr_noop("see production capacity"))
    with uow:
        return uow.production.default_capacity()


def set_day_capacity(uow: UnitOfWork, actor: UserDTO, day: date, capacity: int) -> CapacityDay:
    """An admin sets how many made-to-order cakes a day takes; never below what is booked."""
    require(actor, ADMINS, tr_noop("change production capacity"))
    day = board_day(day)
    capacity = _capacity(capacity)
    with uow:
        uow.production.set_capacity(day, capacity)
        booked = uow.production.booked_on(day)
        if booked > capacity:
            raise InvalidInput(
                tr_noop(
                    "%n cake(s) already booked on {0:%d.%m.%Y}: the capacity cannot be less than that",
                    "",
                    booked,
                ),
                day,
                n=booked,
            )
        uow.commit()
        return CapacityDay(day=day, capacity=capacity, booked=booked, planned=True)


def set_default_capacity(uow: UnitOfWork, actor: UserDTO, capacity: int) -> int:
    """An admin sets the capacity of every day not planned separately."""
    require(actor, ADMINS, tr_noop("change production capacity"))
    capacity = _capacity(capacity)
    with uow:
        uow.production.set_default_capacity(capacity)
        uow.commit()
        return capacity


def _capacity(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(tr_noop("Capacity must be a whole number"))
    if not 0 <= value <= MAX_CAPACITY:
        raise InvalidInput(tr_noop("Capacity is 0 to {0} cakes a day"), MAX_CAPACITY)
    return value


# ---------------------------------------------------------------- cost


def recipe_costs(uow: UnitOfWork, actor: UserDTO) -> tuple[CakeCost, ...]:
    """Each active cake's recipe cost at today's ingredient prices, and its margin."""
    require(actor, ADMINS, tr_noop("see recipe costs"))
    with uow:
        rows = uow.ingredients.recipe_costs()
    result = []
    for cake_id, name, price, total in rows:
        price = round_money(price)
        cost = None if total is None else round_money(total)
        margin = None if cost is None else price - cost
        percent = (
            None
            if margin is None or price == 0
            else (margin * 100 / price).quantize(Decimal("0.1"))
        )
        result.append(
            CakeCost(
                cake_id=cake_id,
                name=name,
                price=price,
                cost=cost,
                margin=margin,
                margin_percent=percent,
            )
        )
    return tuple(result)
