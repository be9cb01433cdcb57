"""The bakers' board, ingredient stock and its ledger, planning, capacity and costs (SQLite + MariaDB)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert

from cakeshop_desktop.core.db.models import Ingredient, ProductionTask, RecipeItem
from cakeshop_desktop.core.domain import (
    Conflict,
    InvalidInput,
    InvalidTransition,
    ItemNote,
    MovementKind,
    NotFound,
    OrderStatus,
    PermissionDenied,
    Role,
    TaskStatus,
)
from cakeshop_desktop.core.reasons import readable
from cakeshop_desktop.core.services import changes, ingredients, orders, planning, production
from cakeshop_desktop.core.types.production import IngredientShortage, TaskCard
from cakeshop_desktop.core.uow import UnitOfWork
from tests.conftest import Shop, add_cake
from tests.integration.support import cashier_sale, later, refused, rows, scalar, snapshot, stock

FLOUR_STOCK = Decimal("1000")
CREAM_STOCK = Decimal("500")


@dataclass
class Bakery:
    """The small shop with two ingredients and recipes for Прага and Наполеон."""

    shop: Shop
    flour: int
    cream: int

    @property
    def uow(self) -> UnitOfWork:
        return self.shop.uow


@pytest.fixture
def bakery(shop: Shop) -> Bakery:
    uow = shop.uow
    with uow:
        flour = Ingredient(name="Мука", unit="g", reorder_level=Decimal("400"))
        cream = Ingredient(name="Сливки", unit="ml", reorder_level=Decimal("100"))
        flour.cost_per_unit = Decimal("0.0650")
        cream.cost_per_unit = Decimal("0.4800")
        uow._session.add_all([flour, cream])  # noqa: SLF001 - test set-up
        uow.flush()
        uow._session.add_all(  # noqa: SLF001
            [
                RecipeItem(cake_id=shop.praga, ingredient_id=flour.id, quantity=Decimal("300")),
                RecipeItem(cake_id=shop.praga, ingredient_id=cream.id, quantity=Decimal("200")),
                RecipeItem(cake_id=shop.napoleon, ingredient_id=flour.id, quantity=Decimal("100")),
            ]
        )
        uow.commit()
        ids = flour.id, cream.id
    ingredients.record_movement(uow, shop.baker, ids[0], "purchase", FLOUR_STOCK, "накладная 1")
    ingredients.record_movement(uow, shop.admin, ids[1], MovementKind.PURCHASE, "500")
    return Bakery(shop, *ids)


def order_of_pragas(bakery: Bakery, quantity: int = 1, due: datetime | None = None) -> int:
    shop = bakery.shop
    return cashier_sale(shop.uow, shop.cashier, {shop.praga: quantity}, due_at=due or later()).id


def card_of_order(bakery: Bakery, order_id: int) -> TaskCard:
    board = production.production_board(bakery.uow, bakery.shop.baker, date.today(), 7)
    return next(card for card in board.cards() if card.order_id == order_id)


def stock_of(bakery: Bakery, ingredient_id: int) -> Decimal:
    every = ingredients.list_stock(bakery.uow, bakery.shop.admin)
    return next(item.stock_qty for item in every if item.id == ingredient_id)


def order_status(bakery: Bakery, order_id: int) -> OrderStatus:
    return orders.order_detail(bakery.uow, bakery.shop.admin, order_id).order.status


def assert_ledger_explains_stock(bakery: Bakery) -> None:
    assert ingredients.stock_mismatches(bakery.uow, bakery.shop.admin) == ()


# ---------------------------------------------------------------- the board


def test_the_board_shows_cards_by_day_with_what_the_baker_needs(bakery):
    shop = bakery.shop
    due = later(48)
    order_id = cashier_sale(
        shop.uow, shop.cashier, {shop.praga: 2}, due_at=due, notes="позвонить заранее"
    ).id
    board = production.production_board(shop.uow, shop.baker, due.date(), 1)
    assert [day.day for day in board.days] == [due.date()]
    (card,) = board.days[0].queued
    assert (card.cake_name, card.quantity, card.due_at, card.status) == (
        "Прага",
        2,
        due,
        TaskStatus.QUEUED,
    )
    assert card.allergens == ("глютен", "молоко", "яйца", "шоколад")
    assert card.order_id == order_id and card.order_number == f"{order_id:06d}"
    assert card.order_notes == "позвонить заранее" and card.customer_name == "Покупатель"
    assert board.days[0].in_progress == () and board.days[0].done == ()
    next_day = production.production_board(shop.uow, shop.baker, due.date() + timedelta(1))
    assert next_day.days[0].queued == () and next_day.overdue == (card,)


def test_the_card_carries_the_inscription_and_the_notes_given_at_checkout(bakery):
    shop = bakery.shop
    note = ItemNote("С днём рождения, Аня!", "без орехов")
    order_id = cashier_sale(
        shop.uow, shop.cashier, {shop.praga: 1}, due_at=later(), item_notes={shop.praga: note}
    ).id
    card = card_of_order(bakery, order_id)
    assert (card.inscription, card.notes) == ("С днём рождения, Аня!", "без орехов")
    assert card.cake_id == shop.praga


def test_unfinished_tasks_of_past_days_show_as_overdue(bakery):
    order_id = order_of_pragas(bakery, due=later(48))
    tomorrow_plus_3 = date.today() + timedelta(days=3)
    board = production.production_board(bakery.uow, bakery.shop.baker, tomorrow_plus_3, 2)
    assert [card.order_id for card in board.overdue] == [order_id]


def test_the_board_shows_each_days_capacity_and_bookings_to_its_last_day(bakery):
    shop = bakery.shop
    first = date.today() + timedelta(days=3)
    last = first + timedelta(days=production.MAX_BOARD_DAYS - 1)
    planning.set_default_capacity(shop.uow, shop.admin, 7)
    planning.set_day_capacity(shop.uow, shop.admin, last, 9)
    order_id = order_of_pragas(bakery, 3, due=datetime.combine(last, time(12)))
    # a batch due at the first midnight belongs to that day, not to the overdue ones
    batch = production.plan_batch(
        shop.uow, shop.admin, shop.napoleon, 2, datetime.combine(first, time.min)
    )
    board = production.production_board(shop.uow, shop.baker, first, production.MAX_BOARD_DAYS)
    assert [day.day for day in board.days] == [
        first + timedelta(days=n) for n in range(production.MAX_BOARD_DAYS)
    ]
    assert (board.days[0].capacity, board.days[0].booked) == (7, 0)
    assert [card.id for card in board.days[0].queued] == [batch.id]
    assert (board.days[-1].capacity, board.days[-1].booked) == (9, 3)
    assert [card.order_id for card in board.days[-1].queued] == [order_id]
    assert board.overdue == ()
    assert all(day.queued == () for day in board.days[1:-1])


def test_each_card_stands_in_its_column(bakery):
    shop = bakery.shop
    due = later(72)
    started, done, waiting = (
        card_of_order(bakery, order_of_pragas(bakery, due=due)) for _ in "123"
    )
    production.start_task(shop.uow, shop.baker, started.id, started.version)
    moved = production.start_task(shop.uow, shop.baker, done.id, done.version).task
    production.finish_task(shop.uow, shop.baker, done.id, moved.version)
    (day,) = production.production_board(shop.uow, shop.baker, due.date()).days
    assert [card.id for card in day.queued] == [waiting.id]
    assert [card.id for card in day.in_progress] == [started.id]
    assert [card.id for card in day.done] == [done.id]


def test_the_board_takes_days_of_the_years_2000_to_2999_only(bakery):
    shop = bakery.shop
    for day in (date(2000, 1, 1), date(2999, 12, 31)):
        assert production.production_board(shop.uow, shop.baker, day).days[0].day == day
    for bad in (date(1999, 12, 31), date(3000, 1, 1), datetime(2030, 1, 1, 9), "2030-01-01"):
        with refused(InvalidInput, bad):
            production.production_board(shop.uow, shop.baker, bad)


def test_one_card_as_it_is_now(bakery):
    shop = bakery.shop
    card = card_of_order(bakery, order_of_pragas(bakery))
    assert production.task(shop.uow, shop.baker, card.id) == card
    started = production.start_task(shop.uow, shop.baker, card.id, card.version).task
    seen = production.task(shop.uow, shop.admin, card.id)
    assert seen == started and seen.baker == "Demo baker" and seen.version == card.version + 1
    with pytest.raises(NotFound):
        production.task(shop.uow, shop.baker, 999_999)
    for bad in (0, -1, "1", True, None):
        with refused(InvalidInput, bad):
            production.task(shop.uow, shop.baker, bad)
    for role in (Role.CASHIER, Role.CUSTOMER):
        with refused(PermissionDenied, role):
            production.task(shop.uow, shop.user(role), card.id)


# ---------------------------------------------------------------- moves and the order


def test_a_baker_works_an_order_to_ready_and_the_ledger_follows(bakery):
    shop = bakery.shop
    order_id = order_of_pragas(bakery, 2)
    card = card_of_order(bakery, order_id)
    moved = production.start_task(shop.uow, shop.baker, card.id, card.version)
    assert moved.task.status is TaskStatus.IN_PROGRESS and moved.task.baker == "Demo baker"
    assert moved.order is not None and moved.order.status is OrderStatus.IN_PRODUCTION
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK - 600
    assert stock_of(bakery, bakery.cream) == CREAM_STOCK - 400
    consumption = ingredients.ledger(shop.uow, shop.baker, bakery.flour)[0]
    assert (consumption.kind, consumption.quantity, consumption.task_id) == (
        MovementKind.CONSUMPTION,
        Decimal("-600.000"),
        card.id,
    )
    assert_ledger_explains_stock(bakery)

    done = production.advance_task(shop.uow, shop.baker, card.id, moved.task.version)
    assert done.task.status is TaskStatus.DONE
    assert done.order is not None and done.order.status is OrderStatus.READY
    assert order_status(bakery, order_id) is OrderStatus.READY
    history = orders.order_detail(shop.uow, shop.cashier, order_id).history
    assert [h.to_status for h in history][-2:] == [OrderStatus.IN_PRODUCTION, OrderStatus.READY]


def test_the_order_waits_for_its_last_cake(bakery):
    shop = bakery.shop
    order = cashier_sale(shop.uow, shop.cashier, {shop.praga: 1}, due_at=later())
    # a second made-to-order line: another cake on the same order
    with shop.uow:
        from cakeshop_desktop.core.db.models import ProductionTask

        shop.uow.production.add_task(
            ProductionTask(order_id=order.id, cake_id=shop.praga, quantity=1, due_at=later())
        )
        shop.uow.commit()
    board = production.production_board(shop.uow, shop.baker, date.today(), 7)
    first, second = [card for card in board.cards() if card.order_id == order.id]
    for card in (first, second):
        moved = production.start_task(shop.uow, shop.baker, card.id, card.version)
    one = production.finish_task(shop.uow, shop.baker, first.id, first.version + 1)
    assert one.order is None and order_status(bakery, order.id) is OrderStatus.IN_PRODUCTION
    two = production.finish_task(shop.uow, shop.baker, second.id, moved.task.version)
    assert two.order is not None and two.order.status is OrderStatus.READY


def test_undo_returns_ingredients_and_a_ready_order_stays_ready(bakery):
    shop = bakery.shop
    order_id = order_of_pragas(bakery)
    card = card_of_order(bakery, order_id)
    started = production.start_task(shop.uow, shop.baker, card.id, card.version).task
    back = production.undo_task(shop.uow, shop.baker, card.id, started.version).task
    assert back.status is TaskStatus.QUEUED and back.baker == ""
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK
    assert_ledger_explains_stock(bakery)
    with pytest.raises(InvalidInput, match="not started"):
        production.undo_task(shop.uow, shop.baker, card.id, back.version)
    started = production.start_task(shop.uow, shop.baker, card.id, back.version).task
    done = production.finish_task(shop.uow, shop.baker, card.id, started.version).task
    with pytest.raises(InvalidTransition, match="already ready"):
        production.undo_task(shop.uow, shop.baker, card.id, done.version)
    assert order_status(bakery, order_id) is OrderStatus.READY


def test_starting_without_enough_ingredients_is_refused_and_names_them(bakery):
    shop = bakery.shop
    order_id = order_of_pragas(bakery, 3)  # 900 g flour of 1000, 600 ml cream of 500
    card = card_of_order(bakery, order_id)
    before = snapshot(shop.uow)
    with pytest.raises(IngredientShortage, match="«Сливки»: 600 ml needed, 500 in stock, 100"):
        production.start_task(shop.uow, shop.baker, card.id, card.version)
    assert snapshot(shop.uow) == before
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK
    assert card_of_order(bakery, order_id).status is TaskStatus.QUEUED
    ingredients.record_movement(shop.uow, shop.baker, bakery.cream, "purchase", "1000", "закупка")
    production.start_task(shop.uow, shop.baker, card.id, card.version)
    assert stock_of(bakery, bakery.cream) == Decimal("900")
    assert_ledger_explains_stock(bakery)


def test_a_stale_card_is_a_conflict_naming_who_moved_it(bakery):
    shop = bakery.shop
    card = card_of_order(bakery, order_of_pragas(bakery))
    production.start_task(shop.uow, shop.admin, card.id, card.version)
    with pytest.raises(Conflict, match="«Прага» is already started by Demo admin"):
        production.start_task(shop.uow, shop.baker, card.id, card.version)
    with pytest.raises(Conflict, match="already started"):
        production.advance_task(shop.uow, shop.baker, card.id, card.version)


def test_two_bakers_starting_the_same_task_at_once_one_wins(bakery, engine):
    shop = bakery.shop
    card = card_of_order(bakery, order_of_pragas(bakery))
    barrier = threading.Barrier(2)
    results: list[object] = []

    def baker(actor):
        barrier.wait()
        try:
            results.append(production.start_task(UnitOfWork(engine), actor, card.id, card.version))
        except Exception as exc:  # noqa: BLE001 - collected and checked below
            results.append(exc)

    threads = [threading.Thread(target=baker, args=(a,)) for a in (shop.baker, shop.admin)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    conflicts = [r for r in results if isinstance(r, Conflict)]
    wins = [r for r in results if not isinstance(r, Exception)]
    assert len(wins) == 1 and len(conflicts) == 1, results
    assert "already started by" in conflicts[0].message
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK - 300  # taken once
    assert_ledger_explains_stock(bakery)


def test_the_ledger_and_the_card_say_who_took_and_gave_back_and_when(bakery):
    shop = bakery.shop
    order_id = order_of_pragas(bakery)
    card = card_of_order(bakery, order_id)
    assert (card.started_at, card.finished_at, card.baker) == (None, None, "")
    before = datetime.now()
    started = production.start_task(shop.uow, shop.baker, card.id, card.version).task
    assert started.started_at is not None and before <= started.started_at <= datetime.now()
    assert started.finished_at is None
    back = production.undo_task(shop.uow, shop.admin, card.id, started.version).task
    assert (back.status, back.started_at, back.baker) == (TaskStatus.QUEUED, None, "")
    for ingredient, amount in (
        (bakery.flour, Decimal("300.000")),
        (bakery.cream, Decimal("200.000")),
    ):
        given, taken = ingredients.ledger(shop.uow, shop.baker, ingredient)[:2]
        assert (taken.kind, taken.quantity, str(readable(taken.reason))) == (
            MovementKind.CONSUMPTION,
            -amount,
            f"task {card.id}",
        )
        assert (taken.task_id, taken.order_id, taken.created_by) == (
            card.id,
            order_id,
            "Demo baker",
        )
        assert taken.created_at == started.started_at
        assert (given.kind, given.quantity, str(readable(given.reason))) == (
            MovementKind.CONSUMPTION,
            amount,
            f"task {card.id} start undone",
        )
        assert (given.task_id, given.order_id, given.created_by) == (
            card.id,
            order_id,
            "Demo admin",
        )
        assert started.started_at <= given.created_at <= datetime.now()
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK
    assert_ledger_explains_stock(bakery)


def test_the_order_history_says_which_baker_started_and_finished_it(bakery):
    shop = bakery.shop
    order_id = order_of_pragas(bakery)
    card = card_of_order(bakery, order_id)
    started = production.start_task(shop.uow, shop.baker, card.id, card.version).task
    before = datetime.now()
    done = production.finish_task(shop.uow, shop.admin, card.id, started.version).task
    assert done.finished_at is not None and before <= done.finished_at <= datetime.now()
    history = orders.order_detail(shop.uow, shop.admin, order_id).history
    assert [(h.to_status, h.changed_by, str(readable(h.reason))) for h in history][-2:] == [
        (OrderStatus.IN_PRODUCTION, "Demo baker", "production started"),
        (OrderStatus.READY, "Demo admin", "every cake of the order is done"),
    ]


def test_starting_names_every_ingredient_that_falls_short(bakery):
    shop = bakery.shop
    card = card_of_order(bakery, order_of_pragas(bakery, 4))  # 1200 g flour, 800 ml cream
    with pytest.raises(IngredientShortage) as refusal:
        production.start_task(shop.uow, shop.baker, card.id, card.version)
    said = str(refusal.value)
    assert "«Мука»: 1200 g needed, 1000 in stock, 200 short" in said
    assert "«Сливки»: 800 ml needed, 500 in stock, 300 short" in said
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK
    assert stock_of(bakery, bakery.cream) == CREAM_STOCK


def test_a_stale_card_says_what_happened_to_it_meanwhile(bakery):
    shop = bakery.shop
    card = card_of_order(bakery, order_of_pragas(bakery))
    started = production.start_task(shop.uow, shop.baker, card.id, card.version).task
    done = production.finish_task(shop.uow, shop.baker, card.id, started.version).task
    with pytest.raises(Conflict, match=r"«Прага» is already done \(Demo baker\)"):
        production.undo_task(shop.uow, shop.admin, card.id, started.version)

    again = card_of_order(bakery, order_of_pragas(bakery))
    moved = production.start_task(shop.uow, shop.baker, again.id, again.version).task
    production.undo_task(shop.uow, shop.admin, again.id, moved.version)
    with pytest.raises(Conflict, match="«Прага» was moved back to the queue by somebody else"):
        production.finish_task(shop.uow, shop.baker, again.id, moved.version)

    dropped_id = order_of_pragas(bakery)
    dropped = card_of_order(bakery, dropped_id)
    orders.cancel_order(shop.uow, shop.admin, dropped_id, "передумали")
    with pytest.raises(Conflict, match="«Прага» was cancelled with its order"):
        production.start_task(shop.uow, shop.baker, dropped.id, dropped.version)
    assert production.task(shop.uow, shop.baker, card.id) == done


def test_a_done_card_goes_no_further(bakery):
    shop = bakery.shop
    batch = production.plan_batch(shop.uow, shop.admin, shop.napoleon, 1, later(4))
    started = production.advance_task(shop.uow, shop.baker, batch.id, batch.version).task
    done = production.advance_task(shop.uow, shop.baker, batch.id, started.version).task
    before = snapshot(shop.uow)
    with pytest.raises(InvalidInput, match="already done"):
        production.advance_task(shop.uow, shop.baker, batch.id, done.version)
    assert snapshot(shop.uow) == before


def test_an_order_marked_ready_by_hand_has_nothing_to_start(bakery):
    shop = bakery.shop
    order_id = order_of_pragas(bakery)
    card = card_of_order(bakery, order_id)
    orders.set_status(shop.uow, shop.baker, order_id, OrderStatus.IN_PRODUCTION)
    orders.set_status(shop.uow, shop.baker, order_id, OrderStatus.READY)
    before = snapshot(shop.uow)
    with pytest.raises(InvalidTransition, match="nothing to start"):
        production.start_task(shop.uow, shop.baker, card.id, card.version)
    assert snapshot(shop.uow) == before
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK


def test_finishing_the_cake_of_an_order_already_ready_leaves_the_order_as_it_is(bakery):
    shop = bakery.shop
    order_id = order_of_pragas(bakery)
    card = card_of_order(bakery, order_id)
    started = production.start_task(shop.uow, shop.baker, card.id, card.version).task
    orders.set_status(shop.uow, shop.baker, order_id, OrderStatus.READY)
    done = production.finish_task(shop.uow, shop.baker, card.id, started.version)
    assert done.task.status is TaskStatus.DONE and done.order is None
    assert order_status(bakery, order_id) is OrderStatus.READY


def test_the_space_key_starts_an_orders_cake_and_puts_the_order_in_production(bakery):
    shop = bakery.shop
    order_id = order_of_pragas(bakery)
    card = card_of_order(bakery, order_id)
    moved = production.advance_task(shop.uow, shop.baker, card.id, card.version)
    assert moved.task.status is TaskStatus.IN_PROGRESS
    assert moved.order is not None and moved.order.status is OrderStatus.IN_PRODUCTION
    assert order_status(bakery, order_id) is OrderStatus.IN_PRODUCTION
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK - 300


def test_a_card_already_moved_on_is_not_started_or_finished_again(bakery):
    shop = bakery.shop
    card = card_of_order(bakery, order_of_pragas(bakery))
    started = production.start_task(shop.uow, shop.baker, card.id, card.version).task
    with pytest.raises(Conflict, match="already started by Demo baker"):
        production.start_task(shop.uow, shop.admin, card.id, started.version)
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK - 300  # taken once
    queued = card_of_order(bakery, order_of_pragas(bakery))
    with pytest.raises(Conflict):
        production.finish_task(shop.uow, shop.baker, queued.id, queued.version)
    assert production.task(shop.uow, shop.baker, queued.id) == queued
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK - 300


def test_undoing_a_start_gives_back_even_a_fraction_and_writes_no_empty_rows(bakery):
    """A recipe with a line of 0 (the admin left it in) and half a millilitre of cream."""
    shop = bakery.shop
    meringue = add_cake(shop.uow, sku="4600009", name="Безе", price=Decimal("300.00"))
    with shop.uow:
        shop.uow._session.add_all(  # noqa: SLF001 - test set-up
            [
                RecipeItem(cake_id=meringue, ingredient_id=bakery.flour, quantity=Decimal("0")),
                RecipeItem(cake_id=meringue, ingredient_id=bakery.cream, quantity=Decimal("0.5")),
            ]
        )
        shop.uow.commit()
    batch = production.plan_batch(shop.uow, shop.admin, meringue, 1, later(4))
    started = production.start_task(shop.uow, shop.baker, batch.id, batch.version).task
    assert stock_of(bakery, bakery.cream) == CREAM_STOCK - Decimal("0.5")
    production.undo_task(shop.uow, shop.baker, batch.id, started.version)
    assert stock_of(bakery, bakery.cream) == CREAM_STOCK
    (given, _, _) = ingredients.ledger(shop.uow, shop.baker, bakery.cream)
    assert (given.quantity, str(readable(given.reason))) == (
        Decimal("0.500"),
        f"task {batch.id} start undone",
    )
    undone_flour = [
        entry
        for entry in ingredients.ledger(shop.uow, shop.baker, bakery.flour)
        if str(readable(entry.reason)).endswith("start undone")
    ]
    assert undone_flour == []
    assert_ledger_explains_stock(bakery)


def test_the_board_shows_at_most_2000_cards(bakery):
    shop = bakery.shop
    day = date.today() + timedelta(days=5)
    due = datetime.combine(day, time(9))
    with shop.uow:
        shop.uow._session.execute(  # noqa: SLF001 - test set-up: a flood of batches
            insert(ProductionTask),
            [
                {"cake_id": shop.napoleon, "quantity": 1, "due_at": due, "notes": ""}
                for _ in range(production.BOARD_LIMIT + 1)
            ],
        )
        shop.uow.commit()
    board = production.production_board(shop.uow, shop.baker, day)
    assert board.date_from == day
    assert len(board.days[0].queued) == production.BOARD_LIMIT


# ---------------------------------------------------------------- showcase batches


def test_a_finished_batch_goes_on_the_showcase_with_a_ledger_row(bakery):
    shop = bakery.shop
    before = stock(shop.uow, shop.napoleon)
    batch = production.plan_batch(shop.uow, shop.admin, shop.napoleon, 4, later(4))
    assert batch.is_batch and batch.status is TaskStatus.QUEUED
    started = production.advance_task(shop.uow, shop.baker, batch.id, batch.version).task
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK - 400
    done = production.advance_task(shop.uow, shop.baker, batch.id, started.version)
    assert done.order is None and stock(shop.uow, shop.napoleon) == before + 4
    produced = scalar(
        shop.uow,
        "SELECT SUM(quantity) FROM stock_movements WHERE kind = 'production' AND task_id = :t",
        t=batch.id,
    )
    assert Decimal(str(produced)) == 4
    production.undo_task(shop.uow, shop.baker, batch.id, done.task.version)
    assert stock(shop.uow, shop.napoleon) == before


def test_only_an_admin_plans_or_cancels_batches(bakery):
    shop = bakery.shop
    with pytest.raises(PermissionDenied):
        production.plan_batch(shop.uow, shop.baker, shop.napoleon, 4, later(4))
    batch = production.plan_batch(shop.uow, shop.admin, shop.napoleon, 4, later(4))
    with pytest.raises(PermissionDenied):
        production.cancel_batch(shop.uow, shop.baker, batch.id, batch.version)
    cancelled = production.cancel_batch(shop.uow, shop.admin, batch.id, batch.version)
    assert cancelled.status is TaskStatus.CANCELLED
    assert production.production_board(shop.uow, shop.baker, date.today(), 2).cards() == ()
    with pytest.raises(InvalidInput, match="already past"):
        production.plan_batch(shop.uow, shop.admin, shop.napoleon, 1, datetime(2020, 1, 1, 9))


def test_a_batch_planned_for_today_shows_what_to_bake(bakery):
    shop = bakery.shop
    tonight = datetime.combine(date.today(), time(23, 59))
    batch = production.plan_batch(shop.uow, shop.admin, shop.napoleon, 5, tonight)
    assert (batch.cake_id, batch.cake_name, batch.quantity, batch.due_at) == (
        shop.napoleon,
        "Наполеон",
        5,
        tonight,
    )
    assert (batch.status, batch.order_id, batch.order_number, batch.baker) == (
        TaskStatus.QUEUED,
        None,
        "",
        "",
    )
    assert (batch.customer_name, batch.order_notes, batch.inscription) == ("", "", "")
    assert str(readable(batch.notes)) == "Showcase batch"
    with pytest.raises(InvalidInput, match="Due time"):
        production.plan_batch(shop.uow, shop.admin, shop.napoleon, 1, None)
    with shop.uow:
        cake = shop.uow.catalog.get_cake(shop.medovik)
        assert cake is not None
        cake.is_active = False
        shop.uow.commit()
    with pytest.raises(NotFound, match="No such cake"):
        production.plan_batch(shop.uow, shop.admin, shop.medovik, 1, later(4))


def test_a_batch_taken_back_from_the_showcase_is_in_its_ledger_and_can_go_back_to_the_queue(
    bakery,
):
    shop = bakery.shop
    before = stock(shop.uow, shop.napoleon)
    batch = production.plan_batch(shop.uow, shop.admin, shop.napoleon, 4, later(4))
    started = production.start_task(shop.uow, shop.baker, batch.id, batch.version).task
    done = production.finish_task(shop.uow, shop.baker, batch.id, started.version).task
    assert done.finished_at is not None and started.started_at <= done.finished_at
    undone = production.undo_task(shop.uow, shop.admin, batch.id, done.version)
    assert undone.order is None and stock(shop.uow, shop.napoleon) == before
    assert (undone.task.status, undone.task.finished_at) == (TaskStatus.IN_PROGRESS, None)
    with shop.uow:
        moved = [
            (m.kind, m.cake_id, m.quantity, str(readable(m.reason)), m.created_by_id, m.created_at)
            for m in shop.uow.production.movements_of_task(batch.id)
            if m.kind is MovementKind.PRODUCTION
        ]
    assert moved[0][:5] == (
        MovementKind.PRODUCTION,
        shop.napoleon,
        4,
        "Showcase batch",
        shop.baker.id,
    )
    assert moved[0][5] == done.finished_at
    assert moved[1][:5] == (
        MovementKind.PRODUCTION,
        shop.napoleon,
        -4,
        "batch finish undone",
        shop.admin.id,
    )
    assert done.finished_at <= moved[1][5] <= datetime.now()
    # and back to the queue: the flour comes back, the showcase rows are left alone
    queued = production.undo_task(shop.uow, shop.baker, batch.id, undone.task.version).task
    assert queued.status is TaskStatus.QUEUED
    assert stock_of(bakery, bakery.flour) == FLOUR_STOCK
    assert_ledger_explains_stock(bakery)


def test_a_batch_already_sold_from_the_showcase_cannot_be_taken_back(bakery):
    shop = bakery.shop
    batch = production.plan_batch(shop.uow, shop.admin, shop.napoleon, 4, later(4))
    started = production.start_task(shop.uow, shop.baker, batch.id, batch.version).task
    done = production.finish_task(shop.uow, shop.baker, batch.id, started.version).task
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 11})  # 14 on show, 3 left
    before = snapshot(shop.uow)
    with pytest.raises(InvalidTransition, match="already been sold"):
        production.undo_task(shop.uow, shop.baker, batch.id, done.version)
    assert snapshot(shop.uow) == before
    assert production.task(shop.uow, shop.baker, batch.id) == done


def test_only_a_queued_showcase_batch_is_cancelled(bakery):
    shop = bakery.shop
    card = card_of_order(bakery, order_of_pragas(bakery))
    with pytest.raises(NotFound, match="No such showcase batch"):
        production.cancel_batch(shop.uow, shop.admin, card.id, card.version)
    with pytest.raises(NotFound, match="No such showcase batch"):
        production.cancel_batch(shop.uow, shop.admin, 999_999, 1)
    with refused(InvalidInput, 0):
        production.cancel_batch(shop.uow, shop.admin, 0, 1)
    batch = production.plan_batch(shop.uow, shop.admin, shop.napoleon, 4, later(4))
    started = production.start_task(shop.uow, shop.baker, batch.id, batch.version).task
    with pytest.raises(Conflict, match="«Наполеон» is already started by Demo baker"):
        production.cancel_batch(shop.uow, shop.admin, batch.id, started.version)
    other = production.plan_batch(shop.uow, shop.admin, shop.napoleon, 2, later(4))
    with pytest.raises(Conflict):
        production.cancel_batch(shop.uow, shop.admin, other.id, other.version + 1)
    assert production.task(shop.uow, shop.baker, other.id).status is TaskStatus.QUEUED
    assert production.task(shop.uow, shop.baker, card.id).status is TaskStatus.QUEUED


# ---------------------------------------------------------------- ingredients


def test_purchases_waste_and_adjustments_are_ledger_rows_with_reasons(bakery):
    shop = bakery.shop
    item = ingredients.record_movement(shop.uow, shop.baker, bakery.flour, "waste", "50", "мыши")
    assert item.stock_qty == Decimal("950.000") and item.cost_per_unit is None
    item = ingredients.record_movement(
        shop.uow, shop.admin, bakery.flour, "adjustment", "-0.5", "пересчёт"
    )
    assert item.stock_qty == Decimal("949.500") and item.cost_per_unit == Decimal("0.0650")
    ledger = ingredients.ledger(shop.uow, shop.baker, bakery.flour)
    assert [(e.kind, e.quantity, e.reason, e.created_by) for e in ledger] == [
        (MovementKind.ADJUSTMENT, Decimal("-0.500"), "пересчёт", "Demo admin"),
        (MovementKind.WASTE, Decimal("-50.000"), "мыши", "Demo baker"),
        (MovementKind.PURCHASE, Decimal("1000.000"), "накладная 1", "Demo baker"),
    ]
    with pytest.raises(InvalidInput, match="Reason is required"):
        ingredients.record_movement(shop.uow, shop.baker, bakery.flour, "waste", "1", " ")
    with pytest.raises(IngredientShortage, match="Only 949.5 g of «Мука»"):
        ingredients.record_movement(shop.uow, shop.baker, bakery.flour, "waste", "1000", "x")
    assert_ledger_explains_stock(bakery)


def test_low_stock_alerts_and_admin_settings(bakery):
    shop = bakery.shop
    assert ingredients.low_stock(shop.uow, shop.baker) == ()
    ingredients.record_movement(shop.uow, shop.baker, bakery.flour, "waste", "700", "сырость")
    assert [i.name for i in ingredients.low_stock(shop.uow, shop.baker)] == ["Мука"]
    with pytest.raises(PermissionDenied):
        ingredients.update_ingredient(shop.uow, shop.baker, bakery.flour, "100", "0.07")
    item = ingredients.update_ingredient(shop.uow, shop.admin, bakery.flour, "100", "0,07")
    assert (item.reorder_level, item.cost_per_unit) == (Decimal("100.000"), Decimal("0.0700"))
    assert ingredients.low_stock(shop.uow, shop.admin) == ()


def test_a_stock_figure_the_ledger_does_not_explain_is_reported(bakery):
    shop = bakery.shop
    with shop.uow:
        shop.uow.ingredients.get(bakery.cream).stock_qty = Decimal("1")
        shop.uow.commit()
    (mismatch,) = ingredients.stock_mismatches(shop.uow, shop.baker)
    assert (mismatch.name, mismatch.stock_qty, mismatch.ledger_qty) == (
        "Сливки",
        Decimal("1.000"),
        Decimal("500.000"),
    )


# ---------------------------------------------------------------- planning, capacity, cost


def test_the_day_plan_shows_needs_shortages_and_a_shopping_list(bakery):
    shop = bakery.shop
    day = later(72)
    order_of_pragas(bakery, 2, due=day)  # 600 g flour, 400 ml cream
    order_of_pragas(bakery, 1, due=day - timedelta(days=1))  # earlier: 300 g, 200 ml
    plan = planning.day_plan(shop.uow, shop.admin, day.date())
    assert [(c.cake_name, c.queued) for c in plan.cakes] == [("Прага", 2)]
    needs = {need.name: need for need in plan.needs}
    cream = needs["Сливки"]
    assert (cream.needed, cream.earlier, cream.stock_qty, cream.short) == (
        Decimal("400.000"),
        Decimal("200.000"),
        Decimal("500.000"),
        Decimal("100.000"),
    )
    assert cream.to_buy == Decimal("200.000") and cream.cost == Decimal("96.00")
    assert needs["Мука"].short == 0 and needs["Мука"].to_buy == Decimal("300.000")
    assert [need.name for need in plan.shortages] == ["Сливки"]
    assert plan.needs[0].name == "Сливки"  # shortages first
    assert planning.day_plan(shop.uow, shop.baker, day.date()).needs[0].cost is None


def test_capacity_is_edited_by_an_admin_and_never_below_bookings(bakery):
    shop = bakery.shop
    due = later(72)
    order_of_pragas(bakery, 3, due=due)
    with pytest.raises(PermissionDenied):
        planning.set_day_capacity(shop.uow, shop.baker, due.date(), 10)
    with pytest.raises(InvalidInput, match="3 cakes already booked"):
        planning.set_day_capacity(shop.uow, shop.admin, due.date(), 2)
    assert planning.set_day_capacity(shop.uow, shop.admin, due.date(), 5).capacity == 5
    assert planning.set_default_capacity(shop.uow, shop.admin, 7) == 7
    days = planning.capacity_days(shop.uow, shop.baker, due.date(), 2)
    assert [(d.capacity, d.booked, d.planned) for d in days] == [(5, 3, True), (7, 0, False)]
    for bad in (-1, 1000, True, "5", 2.5):
        with refused(InvalidInput, bad):
            planning.set_default_capacity(shop.uow, shop.admin, bad)


def test_recipe_cost_and_margin_for_admins_only(bakery):
    shop = bakery.shop
    costs = {cost.name: cost for cost in planning.recipe_costs(shop.uow, shop.admin)}
    praga = costs["Прага"]  # 300 g × 0.065 + 200 ml × 0.48 = 19.50 + 96.00
    assert (praga.cost, praga.margin, praga.margin_percent) == (
        Decimal("115.50"),
        Decimal("2284.50"),
        Decimal("95.2"),
    )
    assert costs["Медовик"].cost is None and costs["Медовик"].margin is None
    with pytest.raises(PermissionDenied):
        planning.recipe_costs(shop.uow, shop.baker)


# ---------------------------------------------------------------- permissions and bad input


@pytest.mark.parametrize("role", [Role.CUSTOMER, Role.CASHIER])
def test_the_counter_cannot_work_the_board(bakery, role):
    shop = bakery.shop
    actor = shop.user(role)
    card = card_of_order(bakery, order_of_pragas(bakery))
    calls = [
        lambda: production.production_board(shop.uow, actor, date.today()),
        lambda: production.start_task(shop.uow, actor, card.id, card.version),
        lambda: production.undo_task(shop.uow, actor, card.id, card.version),
        lambda: ingredients.list_stock(shop.uow, actor),
        lambda: ingredients.record_movement(shop.uow, actor, bakery.flour, "purchase", "1"),
        lambda: ingredients.ledger(shop.uow, actor, bakery.flour),
        lambda: planning.day_plan(shop.uow, actor, date.today()),
        lambda: planning.set_default_capacity(shop.uow, actor, 5),
        lambda: planning.recipe_costs(shop.uow, actor),
    ]
    for number, call in enumerate(calls):
        with refused(PermissionDenied, number):
            call()
    assert card_of_order(bakery, card.order_id).status is TaskStatus.QUEUED


def test_bad_input_is_refused_and_changes_nothing(bakery):
    shop = bakery.shop
    card = card_of_order(bakery, order_of_pragas(bakery))
    before = snapshot(shop.uow)
    flour_before = stock_of(bakery, bakery.flour)
    bad_moves = [(0, 1), (-5, 1), (2**63, 1), ("1", 1), (card.id, 0), (card.id, True)]
    for task_id, version in bad_moves:
        with refused(InvalidInput, (task_id, version)):
            production.start_task(shop.uow, shop.baker, task_id, version)
    with pytest.raises(NotFound):
        production.start_task(shop.uow, shop.baker, 999_999, 1)
    with pytest.raises(Conflict):
        production.start_task(shop.uow, shop.baker, card.id, card.version + 7)
    bad_amounts = ["-1", "0", "1e9", "NaN", "inf", 1.5, True, None, "abc", "1" * 30, -3]
    for amount in bad_amounts:
        with refused(InvalidInput, amount):
            ingredients.record_movement(shop.uow, shop.baker, bakery.flour, "purchase", amount)
    with refused(InvalidInput, "10 kB reason"):
        ingredients.record_movement(shop.uow, shop.baker, bakery.flour, "waste", "1", "x" * 10_240)
    for kind in ("consumption", "production", "sale", "gift", ""):
        with refused(InvalidInput, kind):
            ingredients.record_movement(shop.uow, shop.baker, bakery.flour, kind, "1", "r")
    with pytest.raises(NotFound):
        ingredients.record_movement(shop.uow, shop.baker, 999_999, "purchase", "1")
    for quantity in (0, -1, 1000, 10**9, "2"):
        with refused(InvalidInput, quantity):
            production.plan_batch(shop.uow, shop.admin, shop.napoleon, quantity, later())
    with pytest.raises(NotFound):
        production.plan_batch(shop.uow, shop.admin, 999_999, 1, later())
    for days in (0, 15, -1, True, "2"):
        with refused(InvalidInput, days):
            production.production_board(shop.uow, shop.baker, date.today(), days)
    for day in ("2026-01-01", datetime.now(), None, date(1900, 1, 1)):
        with refused(InvalidInput, day):
            planning.day_plan(shop.uow, shop.baker, day)
    assert snapshot(shop.uow) == before
    assert stock_of(bakery, bakery.flour) == flour_before
    assert_ledger_explains_stock(bakery)


# ---------------------------------------------------------------- changes for live updates


def test_changes_since_lists_what_moved_after_the_stamp(bakery):
    shop = bakery.shop
    first = changes.changes_since(shop.uow, shop.baker, None)
    assert first.orders == () and first.task_stamps == ()
    order_id = order_of_pragas(bakery)
    seen = changes.changes_since(shop.uow, shop.baker, first.stamp or datetime(2000, 1, 1))
    assert order_id in [order.id for order in seen.orders]
    assert len(seen.task_stamps) == 1 and seen.stamp is not None
    assert changes.changes_since(shop.uow, shop.baker, seen.stamp).orders == ()
    # a customer follows only their own orders and no tasks
    mine = changes.changes_since(shop.uow, shop.customer, datetime(2000, 1, 1))
    assert mine.orders == () and mine.task_stamps == ()


def test_stock_typed_into_the_admin_grid_is_explained_by_the_ledger(bakery):
    from cakeshop_desktop.core.services import table_editor
    from cakeshop_desktop.core.services.table_editor import ChangeKind, RowChange

    shop = bakery.shop

    def edit(table: str, key: int, stock: str) -> None:
        page = table_editor.fetch_rows(shop.uow, shop.admin, table, limit=1000)
        row = next(row for row in page.rows if row.key == str(key))
        original = dict(zip(page.columns, row.values, strict=True))
        table_editor.apply_changes(
            shop.uow,
            shop.admin,
            table,
            [
                RowChange(
                    ChangeKind.UPDATE, str(key), original=original, values={"stock_qty": stock}
                )
            ],
        )

    edit("ingredients", bakery.flour, "1250")
    edit("cakes", shop.napoleon, "7")
    assert ingredients.stock_mismatches(shop.uow, shop.admin) == ()
    ledger = rows(
        shop.uow,
        "SELECT kind, quantity FROM stock_movements WHERE ingredient_id = :id ORDER BY id",
        id=bakery.flour,
    )
    assert [(kind, Decimal(str(qty))) for kind, qty in ledger][-1] == ("adjustment", Decimal("250"))
    cake_ledger = scalar(
        shop.uow, "SELECT SUM(quantity) FROM stock_movements WHERE cake_id = :id", id=shop.napoleon
    )
    assert Decimal(str(cake_ledger)) == Decimal("-3")  # 10 at set-up, not in the ledger: 7 - 10
