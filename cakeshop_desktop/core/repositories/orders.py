"""Orders with their items, payments and status history; the paged order list."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import cast

from sqlalchemy import ColumnElement, Table, bindparam, false, func, insert, or_, select, update
from sqlalchemy.orm import Session, selectinload

from cakeshop_desktop.core.db.models import Order, OrderItem, OrderStatusHistory, Payment, User
from cakeshop_desktop.core.domain import OrderQuery, OrderStatus
from cakeshop_desktop.core.repositories.catalog import LIKE_ESCAPE, like_pattern
from cakeshop_desktop.core.repositories.statements import Prepared, known_columns
from cakeshop_desktop.core.repositories.users import person_name
from cakeshop_desktop.core.rules.phones import PhoneSearch, phone_search

# A new order is written through Core, each statement built once and run on the driver's
# cursor (Prepared): nothing reads its rows back as objects, and checkout runs with the cakes
# locked.
_ORDERS = cast(Table, Order.__table__)
_ITEMS = cast(Table, OrderItem.__table__)
_HISTORY = cast(Table, OrderStatusHistory.__table__)
_PAYMENTS = cast(Table, Payment.__table__)
_ID_OF_KEY = Prepared(select(_ORDERS.c.id).where(_ORDERS.c.idempotency_key == bindparam("key")))
_INSERT_ORDER = Prepared(insert(_ORDERS))
_NUMBER_ORDER = Prepared(
    update(_ORDERS)
    .where(_ORDERS.c.id == bindparam("order_id"))
    .values(number=bindparam("number"), updated_at=bindparam("updated_at"))
)
_INSERT_ITEMS = Prepared(insert(_ITEMS))
_ITEM_IDS = select(_ITEMS.c.cake_id, _ITEMS.c.id).where(_ITEMS.c.order_id == bindparam("order_id"))
_INSERT_HISTORY = Prepared(insert(_HISTORY))
_INSERT_PAYMENT = Prepared(insert(_PAYMENTS))


class OrderRepository:
    """Reads and writes `orders`, `order_items`, `payments`, `order_status_history`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, order_id: int) -> Order | None:
        return self._session.get(Order, order_id)

    def get_for_update(self, order_id: int) -> Order | None:
        return self._session.scalars(
            select(Order).where(Order.id == order_id).with_for_update()
        ).first()

    def get_with_items(self, order_id: int) -> Order | None:
        return self._session.scalars(
            select(Order).where(Order.id == order_id).options(selectinload(Order.items))
        ).first()

    def id_of_number(self, number: str) -> int | None:
        """The id of the order with this number (as printed on its receipt and barcode)."""
        return self._session.scalars(select(Order.id).where(Order.number == number)).first()

    def by_idempotency_key(self, key: str) -> Order | None:
        # Checkout asks this on every sale and almost never finds one: a plain Core look-up
        # of the id first, the order loaded only when there is one.
        found = _ID_OF_KEY.execute(self._session.connection(), {"key": key}).rows
        order_id = found[0][0] if found else None
        return None if order_id is None else self._session.get(Order, order_id)

    def add(self, order: Order) -> Order:
        """Insert the order and give it its number, derived from the database's own id."""
        self._session.add(order)
        self._session.flush()
        order.number = order_number(order.id)
        self._session.flush()
        return order

    def move_to_customer(self, from_customer: int, to_customer: int) -> int:
        """Every order of one customer becomes another's (linked accounts); how many moved."""
        result = self._session.execute(
            update(Order)
            .where(Order.customer_id == from_customer)
            .values(customer_id=to_customer, updated_at=datetime.now()),
            execution_options={"synchronize_session": False},
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def waiting(self, limit: int) -> tuple[list[Order], int]:
        """Orders still New (customers' own: the counter confirms its orders at once),
        oldest first, and how many there are; both read through the status index."""
        new = Order.status == OrderStatus.NEW
        count = self._session.scalar(select(func.count()).select_from(Order).where(new)) or 0
        rows = self._session.scalars(
            select(Order).where(new).order_by(Order.created_at, Order.id).limit(limit)
        )
        return list(rows), count

    def insert_new(self, values: dict[str, object]) -> tuple[int, str]:
        """Insert a new order's row and give it its number, derived from the database's own
        id (two statements); its id and number."""
        connection = self._session.connection()
        key = _INSERT_ORDER.execute(connection, known_columns(_ORDERS, values)).lastrowid
        assert key is not None
        order_id = int(key)
        number = order_number(order_id)
        _NUMBER_ORDER.execute(
            connection,
            {"order_id": order_id, "number": number, "updated_at": values["updated_at"]},
        )
        return order_id, number

    def insert_items(self, rows: list[dict[str, object]]) -> None:
        """A new order's lines, one executemany."""
        _INSERT_ITEMS.executemany(self._session.connection(), known_columns(_ITEMS, rows))

    def item_ids(self, order_id: int) -> dict[int | None, int]:
        """The order's line ids by cake (an order has one line per cake)."""
        rows = self._session.connection().execute(_ITEM_IDS, {"order_id": order_id})
        return {cake_id: item_id for cake_id, item_id in rows}

    def insert_history(self, rows: list[dict[str, object]]) -> None:
        """Status history rows, one executemany."""
        _INSERT_HISTORY.executemany(self._session.connection(), known_columns(_HISTORY, rows))

    def insert_payment(self, values: dict[str, object]) -> None:
        """A payment row straight through Core: nothing reads it back as an object."""
        _INSERT_PAYMENT.execute(self._session.connection(), known_columns(_PAYMENTS, values))

    def add_history(self, entry: OrderStatusHistory) -> None:
        self._session.add(entry)

    def add_payment(self, payment: Payment) -> None:
        self._session.add(payment)

    def history(self, order_id: int) -> list[tuple[OrderStatusHistory, str | None]]:
        rows = self._session.execute(
            select(OrderStatusHistory, person_name())
            .outerjoin(User, User.id == OrderStatusHistory.changed_by_id)
            .where(OrderStatusHistory.order_id == order_id)
            .order_by(OrderStatusHistory.id)
        )
        return [(entry, name) for entry, name in rows]

    def payments(self, order_id: int) -> list[tuple[Payment, str | None]]:
        rows = self._session.execute(
            select(Payment, person_name())
            .outerjoin(User, User.id == Payment.taken_by_id)
            .where(Payment.order_id == order_id)
            .order_by(Payment.id)
        )
        return [(payment, name) for payment, name in rows]

    def _phone_condition(self, search: PhoneSearch) -> ColumnElement[bool]:
        """The beginnings and endings searched; the digits anywhere when none matches."""
        ranges = phone_ranges(search)
        if not search.fragment:
            return ranges
        if self._session.scalar(select(Order.id).where(ranges).limit(1)) is not None:
            return ranges
        return Order.customer_phone.like(f"%{search.fragment}%")

    def page(self, query: OrderQuery, phone: PhoneSearch | None = None) -> tuple[list[Order], bool]:
        """Newest first; fetches one row more than asked to tell whether more follow.

        `phone` is what `query.phone` means in the shop's region (see core/rules/phones.py).
        """
        conditions: list[ColumnElement[bool]] = []
        if query.customer_id is not None:
            conditions.append(Order.customer_id == query.customer_id)
        if query.number.strip():
            number = query.number.strip()
            conditions.append(
                (Order.number == number)
                | Order.number.like(like_pattern(number)[1:], escape=LIKE_ESCAPE)
                | (Order.number == order_number_or_none(number))
            )
        if query.phone.strip():
            conditions.append(self._phone_condition(phone or phone_search(query.phone)))
        if query.status is not None:
            conditions.append(Order.status == query.status)
        if query.date_from is not None:
            conditions.append(Order.created_at >= datetime.combine(query.date_from, time.min))
        if query.date_to is not None:
            day_after = datetime.combine(query.date_to, time.min) + timedelta(days=1)
            conditions.append(Order.created_at < day_after)
        rows = list(
            self._session.scalars(
                select(Order)
                .where(*conditions)
                .order_by(Order.created_at.desc(), Order.id.desc())
                .offset(query.offset)
                .limit(query.limit + 1)
            )
        )
        return rows[: query.limit], len(rows) > query.limit


def phone_ranges(search: PhoneSearch) -> ColumnElement[bool]:
    """Orders whose phone begins or ends as searched: index ranges only, never a scan."""
    # The prefixes hold only '+' and digits: no LIKE wildcard to escape.
    ranges = [Order.customer_phone.like(prefix + "%") for prefix in search.beginnings]
    ranges += [Order.customer_phone_key.like(ending + "%") for ending in search.endings]
    return or_(*ranges) if ranges else false()


def order_number(order_id: int) -> str:
    """The number staff say aloud: the database id, zero-padded to six digits."""
    return f"{order_id:06d}"


def order_number_or_none(text: str) -> str | None:
    """'42' typed at the counter means order 000042."""
    # isascii(): '²' is a digit to isdigit() but not to int()
    return (
        order_number(int(text)) if text.isascii() and text.isdigit() and len(text) <= 12 else None
    )
