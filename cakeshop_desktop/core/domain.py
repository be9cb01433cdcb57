"""The shop's vocabulary: roles, statuses, the errors staff can read, and the frozen DTOs."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from cakeshop_desktop.core.messages import Message


class Role(enum.StrEnum):
    """What a user is allowed to do (DESIGN §1)."""

    CUSTOMER = "customer"
    CASHIER = "cashier"
    BAKER = "baker"
    ADMIN = "admin"


class OrderStatus(enum.StrEnum):
    """Where an order is in its life; values are stored in the database."""

    NEW = "new"
    CONFIRMED = "confirmed"
    IN_PRODUCTION = "in_production"
    READY = "ready"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


# new -> confirmed -> in_production -> ready -> completed; anything but completed -> cancelled
ALLOWED_TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.NEW: frozenset({OrderStatus.CONFIRMED, OrderStatus.CANCELLED}),
    OrderStatus.CONFIRMED: frozenset({OrderStatus.IN_PRODUCTION, OrderStatus.CANCELLED}),
    OrderStatus.IN_PRODUCTION: frozenset({OrderStatus.READY, OrderStatus.CANCELLED}),
    OrderStatus.READY: frozenset({OrderStatus.COMPLETED, OrderStatus.CANCELLED}),
    OrderStatus.COMPLETED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}


def can_transition(current: OrderStatus, target: OrderStatus) -> bool:
    """True when an order in `current` may move to `target`."""
    return target in ALLOWED_TRANSITIONS[current]


class PaymentMethod(enum.StrEnum):
    """How the customer paid."""

    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"


class PaymentKind(enum.StrEnum):
    """What a payment was for."""

    FULL = "full"
    DEPOSIT = "deposit"
    BALANCE = "balance"
    REFUND = "refund"


class MovementKind(enum.StrEnum):
    """Why a stock figure changed; every change is one ledger row."""

    SALE = "sale"
    PRODUCTION = "production"
    CONSUMPTION = "consumption"
    PURCHASE = "purchase"
    ADJUSTMENT = "adjustment"
    WASTE = "waste"
    CANCELLATION = "cancellation"
    RETURN = "return"  # a handed-out cake brought back by the customer


class TaskStatus(enum.StrEnum):
    """Columns of the bakers' board."""

    QUEUED = "queued"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class CatalogSort(enum.StrEnum):
    """Orders the catalogue can be sorted in."""

    NAME = "name"
    PRICE_ASC = "price_asc"
    PRICE_DESC = "price_desc"
    POPULARITY = "popularity"


# ---------------------------------------------------------------- errors


class DomainError(Exception):
    """A refusal a shop assistant can read; the data is left as it was.

    It carries an English template marked with `tr_noop` and the values that fill it:
    `OutOfStock(tr_noop("Only %n «{0}» left", "", left), name, n=left)`. The GUI shows it
    translated (gui/errors.py); `str(error)` and `error.message` are the English text
    filled in (logs, the command line). See core/messages.py."""

    def __init__(self, template: str | Message, *args: object, n: int | None = None) -> None:
        self.text = template if isinstance(template, Message) else Message(template, args, n)
        super().__init__(self.text.template, *self.text.args)

    @property
    def template(self) -> str:
        return self.text.template

    @property
    def message(self) -> str:
        """The English text, filled in."""
        return str(self.text)

    def __str__(self) -> str:
        return str(self.text)


class PermissionDenied(DomainError):
    """The acting user's role may not do this."""


class NotFound(DomainError):
    """The named thing does not exist."""


class InvalidInput(DomainError):
    """A value is malformed or out of range."""


class AuthenticationFailed(DomainError):
    """Wrong login or password."""


class AccountLocked(DomainError):
    """Too many failed logins, or an admin locked the account."""


class OutOfStock(DomainError):
    """Fewer ready-made cakes on the showcase than asked for."""


class PickupTooEarly(DomainError):
    """A made-to-order cake cannot be ready by the asked pickup time."""


class CapacityFull(DomainError):
    """The bakery has no room left for made-to-order cakes that day."""


class PaymentRefused(DomainError):
    """The payment does not fit the order (deposit too small, overpayment...)."""


class InvalidTransition(DomainError):
    """The order cannot move to the asked status from where it is."""


class Conflict(DomainError):
    """Somebody else changed the same row since it was loaded."""


class DatabaseUnavailable(DomainError):
    """The database server cannot be reached or refused the connection."""


class SchemaUpgradeRefused(DatabaseUnavailable):
    """The schema must be created or upgraded, and this account may not (the owner must)."""


class SchemaTooNew(DatabaseUnavailable):
    """The database was upgraded by a newer version of the app than this one."""


class TriggersNeedSuper(SchemaUpgradeRefused):
    """Binary logging is on: the server lets this account create triggers only with SUPER
    (or log_bin_trust_function_creators = 1)."""


class PrinterUnavailable(DomainError):
    """The printer is off, unreachable or refused the paper; the sale itself is kept."""


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class UserDTO:
    """A user as the rest of the app sees it (no password hash)."""

    id: int
    username: str
    full_name: str
    role: Role
    phone: str | None = None
    email: str | None = None
    is_active: bool = True
    locked_until: datetime | None = None
    last_login_at: datetime | None = None
    failed_logins: int = 0  # wrong passwords since the last login (or lock)


@dataclass(frozen=True, slots=True)
class CategoryDTO:
    """A shelf of the catalogue."""

    id: int
    name: str
    sort_order: int = 0


@dataclass(frozen=True, slots=True)
class CakeDTO:
    """A cake of the assortment."""

    id: int
    sku: str
    name: str
    description: str
    category_id: int | None
    category_name: str | None
    price: Decimal
    weight_grams: int
    allergens: tuple[str, ...]
    stock_qty: int
    made_to_order: bool
    lead_time_hours: int
    is_active: bool
    image: str | None
    sold_count: int
    version: int


@dataclass(frozen=True, slots=True)
class CakePicture:
    """A cake's picture as stored (at most 1024 px); `key` is `CakeDTO.image`."""

    cake_id: int
    data: bytes
    mime: str
    key: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class CatalogQuery:
    """What the catalogue's filters ask for; every field optional."""

    text: str = ""
    category_id: int | None = None
    price_from: Decimal | None = None
    price_to: Decimal | None = None
    in_stock_only: bool = False
    made_to_order_only: bool = False
    exclude_allergens: tuple[str, ...] = ()
    include_inactive: bool = False
    sort: CatalogSort = CatalogSort.NAME
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True, slots=True)
class CatalogPage:
    """One page of the catalogue and how many cakes match in all.

    A text search counts at most 1,000 matches: then `total` is 1,000 and
    `total_is_capped` is true (show "1,000+"; paging stops there)."""

    items: tuple[CakeDTO, ...]
    total: int
    offset: int
    limit: int
    total_is_capped: bool = False


@dataclass(frozen=True, slots=True)
class CartItemDTO:
    """A line of a cart, priced at today's price."""

    id: int
    cake_id: int
    sku: str
    name: str
    unit_price: Decimal
    quantity: int
    line_total: Decimal
    made_to_order: bool
    lead_time_hours: int
    stock_qty: int
    inscription: str
    notes: str


@dataclass(frozen=True, slots=True)
class CartDTO:
    """A user's cart with its running total."""

    id: int
    user_id: int
    items: tuple[CartItemDTO, ...]
    total: Decimal

    @property
    def is_empty(self) -> bool:
        return not self.items

    @property
    def needs_pickup_time(self) -> bool:
        return any(item.made_to_order for item in self.items)


@dataclass(frozen=True, slots=True)
class ItemNote:
    """An inscription and notes for one cart line, given at checkout."""

    inscription: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class CheckoutRequest:
    """Everything the checkout dialog collects."""

    idempotency_key: str
    customer_id: int | None = None
    customer_name: str = ""
    customer_phone: str = ""
    due_at: datetime | None = None
    payment_method: PaymentMethod | None = None
    paid_amount: Decimal = Decimal("0")
    discount_percent: Decimal = Decimal("0")
    notes: str = ""
    item_notes: dict[int, ItemNote] = field(default_factory=dict)  # by cake id
    hand_out_now: bool = False
    discount_amount: Decimal = Decimal("0")  # in roubles; a discount is this or the percent


@dataclass(frozen=True, slots=True)
class OrderItemDTO:
    """A line of an order with the name and price it was sold at."""

    id: int
    cake_id: int
    cake_name: str
    unit_price: Decimal
    quantity: int
    line_total: Decimal
    made_to_order: bool
    inscription: str
    notes: str
    returned_quantity: int = 0  # cakes of this line the customer brought back


@dataclass(frozen=True, slots=True)
class PaymentDTO:
    """Money taken (or refunded) for an order."""

    id: int
    amount: Decimal
    method: PaymentMethod
    kind: PaymentKind
    taken_by: str | None  # the person's name (their login if they gave none)
    taken_at: datetime


@dataclass(frozen=True, slots=True)
class StatusChangeDTO:
    """One row of an order's status history."""

    from_status: OrderStatus | None
    to_status: OrderStatus
    changed_by: str | None  # the person's name (their login if they gave none)
    changed_at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class OrderDTO:
    """An order as a row of a list."""

    id: int
    number: str
    customer_id: int | None
    customer_name: str
    customer_phone: str
    status: OrderStatus
    due_at: datetime | None
    subtotal: Decimal
    discount: Decimal
    total: Decimal
    paid_amount: Decimal
    payment_method: PaymentMethod | None
    notes: str
    created_at: datetime
    updated_at: datetime
    refunded_amount: Decimal = Decimal("0.00")  # money given back (cancelled, returned)

    @property
    def balance(self) -> Decimal:
        return self.total - self.paid_amount

    @property
    def kept(self) -> Decimal:
        """What the shop holds of this order: paid less refunded."""
        return self.paid_amount - self.refunded_amount


@dataclass(frozen=True, slots=True)
class OrderDetailDTO:
    """One order with its items, payments and status history."""

    order: OrderDTO
    items: tuple[OrderItemDTO, ...]
    payments: tuple[PaymentDTO, ...]
    history: tuple[StatusChangeDTO, ...]


@dataclass(frozen=True, slots=True)
class OrderQuery:
    """Filters of the orders list; every field optional."""

    number: str = ""
    phone: str = ""
    status: OrderStatus | None = None
    date_from: date | None = None
    date_to: date | None = None
    customer_id: int | None = None
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True, slots=True)
class WaitingOrders:
    """Customers' orders the counter has yet to confirm: how many, and the oldest of them."""

    count: int
    orders: tuple[OrderDTO, ...]


@dataclass(frozen=True, slots=True)
class OrderPage:
    """One page of orders, newest first; `has_more` says whether to fetch more."""

    items: tuple[OrderDTO, ...]
    offset: int
    has_more: bool


class BackupReason(enum.StrEnum):
    """Why a backup was made (part of its file name)."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
