"""Three months of the demo shop's orders, planned in memory the way the services would write them.

Every order is planned through to its end (handed out or cancelled) and then cut at `now`,
so recent orders stop in whatever status they have reached by then.
"""

from __future__ import annotations

import math
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from cakeshop_desktop.core.demo.catalog import (
    CAKES,
    CANCEL_CASHIER_ERROR,
    CANCEL_CHANGED_MIND,
    CANCEL_NOT_COLLECTED,
    CANCEL_POSTPONED,
    COUNTER_CUSTOMER,
    DAILY_CAPACITY,
    INSCRIPTIONS,
    ORDER_NOTES,
    WALK_IN_NAMES,
    DemoCake,
)
from cakeshop_desktop.core.domain import OrderStatus, PaymentKind, PaymentMethod
from cakeshop_desktop.core.pricing import line_total, order_totals
from cakeshop_desktop.core.reasons import SOLD_AT_COUNTER
from cakeshop_desktop.core.support.lifecycle import NOTHING_TO_BAKE

HISTORY_DAYS = 90
OPENS, CLOSES = 9, 21
RETIRED_AFTER_DAY = 45  # inactive cakes were sold in the first half of the history only
TICK = timedelta(milliseconds=20)  # the gap between the steps one service call makes

Customer = tuple[int | None, str, str]  # user id (None for a walk-in), name, phone


@dataclass
class PlannedLine:
    """A line of a planned order."""

    cake: int  # index into CAKES
    quantity: int
    inscription: str = ""

    @property
    def baked(self) -> bool:
        return CAKES[self.cake].lead_time_hours > 0

    @property
    def unit_price(self) -> Decimal:
        return Decimal(CAKES[self.cake].price)


@dataclass
class PlannedStep:
    """A status an order reaches, when and by whom."""

    at: datetime
    status: OrderStatus
    actor: int
    reason: str = ""


@dataclass
class PlannedPayment:
    """Money taken for a planned order."""

    at: datetime
    amount: Decimal
    method: PaymentMethod
    kind: PaymentKind
    actor: int


@dataclass
class PlannedOrder:
    """One order with everything that happens to it."""

    key: str
    created_by: int
    customer: Customer
    lines: list[PlannedLine]
    discount_percent: Decimal
    due_at: datetime | None = None
    notes: str = ""
    steps: list[PlannedStep] = field(default_factory=list)
    payments: list[PlannedPayment] = field(default_factory=list)

    @property
    def created_at(self) -> datetime:
        return self.steps[0].at

    @property
    def status(self) -> OrderStatus:
        return self.steps[-1].status

    @property
    def baked_quantity(self) -> int:
        return sum(line.quantity for line in self.lines if line.baked)

    def line_totals(self) -> list[Decimal]:
        return [line_total(line.unit_price, line.quantity) for line in self.lines]

    def total(self) -> Decimal:
        return order_totals(self.line_totals(), self.discount_percent).total

    def paid(self) -> Decimal:
        return sum((payment.amount for payment in self.payments), Decimal(0))

    def shift(self, delta: timedelta) -> None:
        for step in self.steps:
            step.at += delta
        for payment in self.payments:
            payment.at += delta
        if self.due_at is not None:
            self.due_at += delta

    def cut_at(self, now: datetime) -> bool:
        """Keep only what has happened by `now`; False when the order is not placed yet."""
        self.steps = [step for step in self.steps if step.at <= now]
        self.payments = [payment for payment in self.payments if payment.at <= now]
        return bool(self.steps)


def plan_history(
    rng: random.Random, now: datetime, cashier: int, baker: int, customers: list[Customer]
) -> list[PlannedOrder]:
    """The shop's orders of the last HISTORY_DAYS days and today, oldest first.

    `customers` are the registered ones, the demo customer first.
    """
    return _Planner(rng, now, cashier, baker, customers).plan()


_SHOWCASE = [i for i, cake in enumerate(CAKES) if not cake.lead_time_hours]
_BAKED = [i for i, cake in enumerate(CAKES) if cake.lead_time_hours and cake.is_active]
_FAVOURITES = {"Медовик", "Наполеон", "Прага", "Эклер", "Картошка", "Чизкейк Нью-Йорк"}


def _is_pastry(cake: DemoCake) -> bool:
    return Decimal(cake.price) < 300


def _showcase_weight(cake: DemoCake) -> float:
    weight = 3.0 if _is_pastry(cake) else 1.0
    return weight * 2 if cake.name in _FAVOURITES else weight


def _baked_weight(cake: DemoCake) -> float:
    return 0.12 if Decimal(cake.price) >= 8000 else 1.0  # a wedding is a rare order


class _Planner:
    """Counter sales, showcase reservations and made-to-order cakes, day by day."""

    def __init__(
        self,
        rng: random.Random,
        now: datetime,
        cashier: int,
        baker: int,
        customers: list[Customer],
    ) -> None:
        self.rng = rng
        self.now = now
        self.cashier = cashier
        self.baker = baker
        self.customers = customers
        self.booked: dict[date, int] = defaultdict(int)
        self.day_index = 0  # days since the history began

    def plan(self) -> list[PlannedOrder]:
        rng, today = self.rng, self.now.date()
        plans: list[PlannedOrder] = []
        for days_ago in range(HISTORY_DAYS, -1, -1):
            day = today - timedelta(days=days_ago)
            self.day_index = HISTORY_DAYS - days_ago
            for _ in range(rng.randint(*_orders_per_day(day))):
                kind = rng.random()
                if kind < 0.62:
                    plans.append(self.counter_sale(self.shop_hours(day)))
                elif kind < 0.70:
                    plans.append(self.reservation(self.shop_hours(day, last=18.5), False))
                elif kind < 0.88:
                    plans.append(self.preorder(self.shop_hours(day), False))
                elif kind < 0.95:
                    plans.append(self.preorder(self.online(day), True))
                else:
                    plans.append(self.reservation(self.online(day), True))
        plans += self.open_orders()
        kept = [plan for plan in plans if plan.cut_at(self.now)]
        return sorted(kept, key=lambda plan: plan.created_at)

    def open_orders(self) -> list[PlannedOrder]:
        """A few orders caught in every open status right now, whatever the time of day.

        Each is moved by whole days (times of day stay in shop hours) until the wanted
        step has happened; a plan whose next step would have happened too is stopped there.
        """
        wanted = [(OrderStatus.NEW, True)] * 3 + [(OrderStatus.CONFIRMED, False)] * 2
        wanted += [(OrderStatus.IN_PRODUCTION, False)] * 2 + [(OrderStatus.READY, False)] * 2
        plans = []
        for status, by_customer in wanted:
            for _ in range(20):
                day = self.now.date() - timedelta(days=3)
                placed = self.online(day) if by_customer else self.shop_hours(day)
                plan = self.preorder(placed, by_customer, may_cancel=False)
                index = next(i for i, step in enumerate(plan.steps) if step.status is status)
                reached = plan.steps[index].at
                days = timedelta(days=(self.now - reached) // timedelta(days=1))
                if plan.steps[index + 1].at + days > self.now:
                    break
            plan.shift(days)
            plan.steps = plan.steps[: index + 1]
            plan.payments = [payment for payment in plan.payments if payment.at <= reached + days]
            plans.append(plan)
        return plans

    # --- the kinds of order

    def counter_sale(self, at: datetime) -> PlannedOrder:
        """A walk-in buys from the showcase and leaves with the cakes."""
        rng = self.rng
        registered = rng.random() < 0.12
        customer = self.registered() if registered else (None, COUNTER_CUSTOMER, "")
        discount = self.discount(False, customer) if registered else Decimal(0)
        plan = self.new_plan(self.cashier, customer, self.showcase_lines(), discount)
        plan.steps = self.through_ready(at, self.cashier, at + TICK)
        done = plan.steps[-1].at + TICK
        plan.steps.append(PlannedStep(done, OrderStatus.COMPLETED, self.cashier, SOLD_AT_COUNTER))
        plan.payments = [self.payment(at, plan.total(), PaymentKind.FULL)]
        return plan

    def reservation(self, at: datetime, by_customer: bool) -> PlannedOrder:
        """Showcase cakes put aside for a pickup later that day (or the next morning)."""
        rng = self.rng
        creator, customer = self.creator_and_customer(by_customer)
        lines = self.showcase_lines(few=True)
        plan = self.new_plan(creator, customer, lines, self.discount(by_customer, customer))
        confirmed = self.confirmation(at, by_customer)
        due = _quarter(confirmed + timedelta(hours=rng.uniform(1, 5)))
        if due.hour >= CLOSES - 1:
            due = datetime.combine(due.date() + timedelta(days=1), time(rng.randint(10, 14)))
        plan.due_at = due
        plan.steps = self.through_ready(at, creator, confirmed)
        closing = datetime.combine(due.date(), time(CLOSES - 1, 55))
        pickup = max(due + timedelta(minutes=rng.randint(-15, 50)), plan.steps[-1].at + TICK)
        self.upfront_payment(plan, at, by_customer)
        self.finish(plan, min(pickup, closing))
        roll = rng.random()
        if roll < 0.05:
            self.cancel(plan, closing + timedelta(minutes=2), CANCEL_NOT_COLLECTED)
        elif roll < 0.09:
            self.cancel(plan, at + (due - at) * rng.uniform(0.2, 0.9), CANCEL_CHANGED_MIND)
        return plan

    def preorder(self, at: datetime, by_customer: bool, *, may_cancel: bool = True) -> PlannedOrder:
        """A cake baked to order for a pickup days ahead, maybe with a few showcase extras."""
        rng = self.rng
        creator, customer = self.creator_and_customer(by_customer)
        lines = self.baked_lines()
        if rng.random() < 0.35:
            taken = {line.cake for line in lines}
            lines += [line for line in self.showcase_lines(few=True) if line.cake not in taken]
        plan = self.new_plan(creator, customer, lines, self.discount(by_customer, customer))
        plan.notes = rng.choice(ORDER_NOTES) if rng.random() < 0.25 else ""
        lead = max(CAKES[line.cake].lead_time_hours for line in lines if line.baked)
        plan.due_at = due = self.due_time(at, lead, plan.baked_quantity)
        confirmed = self.confirmation(at, by_customer)
        started = self.bakers_hours(due - timedelta(minutes=rng.randint(21, 36) * lead))
        started = max(min(started, due - timedelta(hours=2)), confirmed + timedelta(minutes=10))
        ready = max(due - timedelta(minutes=rng.randint(30, 180)), started + timedelta(minutes=45))
        pickup = min(
            due + timedelta(minutes=rng.randint(-20, 120)), due.replace(hour=20, minute=55)
        )
        plan.steps = [
            PlannedStep(at, OrderStatus.NEW, creator),
            PlannedStep(confirmed, OrderStatus.CONFIRMED, self.cashier),
            PlannedStep(started, OrderStatus.IN_PRODUCTION, self.baker),
            PlannedStep(ready, OrderStatus.READY, self.baker),
        ]
        self.upfront_payment(plan, at, by_customer)
        self.finish(plan, max(pickup, ready + timedelta(minutes=5)))
        roll = rng.random() if may_cancel else 1.0
        if roll < 0.03:
            gone = datetime.combine(due.date() + timedelta(days=2), time(20, 30))
            self.cancel(plan, gone, CANCEL_NOT_COLLECTED)
        elif roll < 0.09:
            if not by_customer and rng.random() < 0.3:
                self.cancel(plan, at + timedelta(minutes=rng.randint(2, 30)), CANCEL_CASHIER_ERROR)
            else:
                when = at + timedelta(minutes=30) + (due - at - timedelta(hours=4)) * rng.random()
                self.cancel(plan, when, rng.choice((CANCEL_CHANGED_MIND, CANCEL_POSTPONED)))
        return plan

    # --- pieces of a plan

    def new_plan(
        self, creator: int, customer: Customer, lines: list[PlannedLine], discount: Decimal
    ) -> PlannedOrder:
        key = f"demo-{uuid.UUID(int=self.rng.getrandbits(128))}"
        return PlannedOrder(key, creator, customer, lines, discount)

    def through_ready(self, at: datetime, creator: int, confirmed: datetime) -> list[PlannedStep]:
        """Placed, confirmed, and (nothing to bake) straight on to ready, as checkout does it."""
        return [
            PlannedStep(at, OrderStatus.NEW, creator),
            PlannedStep(confirmed, OrderStatus.CONFIRMED, self.cashier),
            PlannedStep(confirmed + TICK, OrderStatus.IN_PRODUCTION, self.cashier, NOTHING_TO_BAKE),
            PlannedStep(confirmed + 2 * TICK, OrderStatus.READY, self.cashier, NOTHING_TO_BAKE),
        ]

    def finish(self, plan: PlannedOrder, pickup: datetime) -> None:
        """The customer collects the order and pays what is left."""
        plan.steps.append(PlannedStep(pickup, OrderStatus.COMPLETED, self.cashier))
        balance = plan.total() - plan.paid()
        if balance > 0:
            plan.payments.append(self.payment(pickup, balance, PaymentKind.BALANCE))

    def cancel(self, plan: PlannedOrder, when: datetime, reason: str) -> None:
        """Cancel at `when`: later steps and the balance payment never happen."""
        when = max(when, plan.created_at + timedelta(minutes=1))
        plan.steps = [
            s for s in plan.steps if s.at < when and s.status is not OrderStatus.COMPLETED
        ]
        plan.payments = [p for p in plan.payments if p.kind is not PaymentKind.BALANCE]
        # A customer may cancel their own order only while it is new.
        still_new = len(plan.steps) == 1
        actor = plan.created_by if still_new and plan.created_by != self.cashier else self.cashier
        plan.steps.append(PlannedStep(when, OrderStatus.CANCELLED, actor, reason))

    def upfront_payment(self, plan: PlannedOrder, at: datetime, by_customer: bool) -> None:
        """Staff take the full amount or a deposit of at least 30 %; customers pay at pickup."""
        if by_customer:
            return
        total = plan.total()
        share = Decimal(self.rng.choice(("0.3", "0.4", "0.5")))
        deposit = Decimal(math.ceil(total * share / 100) * 100)  # a round sum of roubles
        if self.rng.random() < 0.5 or deposit >= total:
            plan.payments.append(self.payment(at, total, PaymentKind.FULL))
        else:
            plan.payments.append(self.payment(at, deposit, PaymentKind.DEPOSIT))

    def payment(self, at: datetime, amount: Decimal, kind: PaymentKind) -> PlannedPayment:
        methods = (PaymentMethod.CARD, PaymentMethod.CASH, PaymentMethod.TRANSFER)
        method = self.rng.choices(methods, (55, 35, 10))[0]
        return PlannedPayment(at, amount, method, kind, self.cashier)

    def showcase_lines(self, *, few: bool = False) -> list[PlannedLine]:
        rng = self.rng
        pool = [i for i in _SHOWCASE if CAKES[i].is_active or self.day_index < RETIRED_AFTER_DAY]
        weights = [_showcase_weight(CAKES[i]) for i in pool]
        count = rng.choices((1, 2, 3, 4), (60, 30, 10, 0) if few else (45, 30, 17, 8))[0]
        lines = []
        for index in dict.fromkeys(rng.choices(pool, weights, k=count)):
            if _is_pastry(CAKES[index]):
                quantity = rng.choices((1, 2, 3, 4, 6), (40, 25, 15, 12, 8))[0]
            else:
                quantity = rng.choices((1, 2), (92, 8))[0]
            lines.append(PlannedLine(index, quantity))
        return lines

    def baked_lines(self) -> list[PlannedLine]:
        rng = self.rng
        weights = [_baked_weight(CAKES[i]) for i in _BAKED]
        count = 1 if rng.random() < 0.88 else 2
        lines = []
        for index in dict.fromkeys(rng.choices(_BAKED, weights, k=count)):
            quantity = 2 if _baked_weight(CAKES[index]) == 1 and rng.random() < 0.1 else 1
            inscription = rng.choice(INSCRIPTIONS) if rng.random() < 0.6 else ""
            lines.append(PlannedLine(index, quantity, inscription))
        return lines

    def due_time(self, at: datetime, lead_hours: int, quantity: int) -> datetime:
        """A pickup on a quarter hour from 10 to 20, after the lead time, on a day with room."""
        rng = self.rng
        extra = rng.choice((0, 0, 1, 1, 2, 3, 4, 6))
        if lead_hours >= 72:
            extra += rng.randint(7, 25)  # weddings are booked weeks ahead
        earliest = at + timedelta(hours=lead_hours)
        due = datetime.combine(earliest.date() + timedelta(days=extra), time(10))
        due += timedelta(minutes=15 * rng.randint(0, 39))
        if due < earliest:
            due += timedelta(days=1)
        while self.booked[due.date()] + quantity > DAILY_CAPACITY:
            due += timedelta(days=1)
        self.booked[due.date()] += quantity
        return due

    def confirmation(self, at: datetime, by_customer: bool) -> datetime:
        """Staff orders are confirmed at once; a customer's when a cashier gets to it."""
        if not by_customer:
            return at + TICK
        when = at + timedelta(minutes=self.rng.randint(10, 180))
        if when.hour >= CLOSES:
            when = datetime.combine(when.date() + timedelta(days=1), time(0))
        if when.hour < OPENS:
            when = datetime.combine(when.date(), time(OPENS, self.rng.randint(5, 40)))
        return when

    def bakers_hours(self, moment: datetime) -> datetime:
        """`moment` moved into the bakery's working day, 6 to 20."""
        if moment.hour < 6:
            return moment.replace(hour=6, minute=self.rng.choice((0, 30)))
        if moment.hour >= 20:
            return moment.replace(hour=19, minute=self.rng.choice((0, 30)))
        return moment

    def creator_and_customer(self, by_customer: bool) -> tuple[int, Customer]:
        rng = self.rng
        if by_customer:
            user_id, name, phone = self.customers[0] if rng.random() < 0.25 else self.registered()
            assert user_id is not None
            return user_id, (user_id, name, phone)
        if rng.random() < 0.35:
            return self.cashier, self.registered()
        return self.cashier, (None, rng.choice(WALK_IN_NAMES), self.phone())

    def registered(self) -> Customer:
        return self.rng.choice(self.customers)

    def discount(self, by_customer: bool, customer: Customer) -> Decimal:
        """Cashiers give regulars 5 or 10 % now and then; customers cannot give themselves any."""
        if by_customer or customer[0] is None or self.rng.random() >= 0.3:
            return Decimal(0)
        return Decimal(self.rng.choice((5, 10)))

    def phone(self) -> str:
        r = self.rng.randint
        return f"+7 9{r(0, 99):02d} {r(100, 999)}-{r(0, 99):02d}-{r(0, 99):02d}"

    def shop_hours(self, day: date, last: float = CLOSES - 0.02) -> datetime:
        """A moment the shop is open, busier towards the evening."""
        hours = self.rng.triangular(OPENS, last, 17.5)
        return datetime.combine(day, time(OPENS)) + timedelta(seconds=int((hours - OPENS) * 3600))

    def online(self, day: date) -> datetime:
        """A moment a customer orders from home: any time from 7 to 23."""
        seconds = self.rng.randint(0, 16 * 3600 - 1)
        return datetime.combine(day, time(7)) + timedelta(seconds=seconds)


def _orders_per_day(day: date) -> tuple[int, int]:
    """The fewest and most orders of a day: weekends are the busiest, Friday next."""
    if day.weekday() >= 5:
        return 25, 40
    return (20, 32) if day.weekday() == 4 else (15, 26)


def _quarter(moment: datetime) -> datetime:
    """`moment` rounded up to the next quarter of an hour."""
    base = moment.replace(minute=0, second=0, microsecond=0)
    return base + timedelta(minutes=math.ceil((moment - base) / timedelta(minutes=15)) * 15)
