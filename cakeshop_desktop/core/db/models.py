"""The shop's tables (DESIGN §5) as typed SQLAlchemy models; table names are a public contract."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cakeshop_desktop.core.db.base import Base
from cakeshop_desktop.core.domain import (
    MovementKind,
    OrderStatus,
    PaymentKind,
    PaymentMethod,
    Role,
    TaskStatus,
)

# MySQL keeps microseconds only when asked; live updates compare change timestamps.
Timestamp = DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
Money = Numeric(12, 2)
Quantity = Numeric(12, 3)  # ingredient amounts: grams, millilitres, pieces
UnitCost = Numeric(12, 4)  # a kopeck fraction per gram adds up over a recipe
# A picture's bytes: BLOB on SQLite, MEDIUMBLOB (16 MB) on MySQL/MariaDB (core/rules/pictures.py
# keeps a stored picture far below that and below max_allowed_packet).
Picture = LargeBinary().with_variant(mysql.MEDIUMBLOB(), "mysql", "mariadb")


def _enum(cls: type) -> Enum:
    """Store an enum by its value in a short VARCHAR, the same on SQLite and MySQL."""
    return Enum(
        cls,
        native_enum=False,
        length=16,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


class User(Base):
    """Somebody who logs in: customer, cashier, baker or admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(128), default="")
    role: Mapped[Role] = mapped_column(_enum(Role), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(Timestamp)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(
        Timestamp, default=datetime.now, onupdate=datetime.now, index=True
    )
    last_login_at: Mapped[datetime | None] = mapped_column(Timestamp)


class Category(Base):
    """A shelf of the catalogue: Торты, Пирожные, ..."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    description: Mapped[str] = mapped_column(String(500), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(
        Timestamp, default=datetime.now, onupdate=datetime.now
    )


# The catalogue's "in stock" and "made to order" filters as SQLite's partial indexes of them
# state them (the repository's conditions render exactly so on SQLite).
SQLITE_AVAILABLE = "stock_qty > 0 OR made_to_order IS 1"
SQLITE_MADE_TO_ORDER = "made_to_order IS 1"


class Cake(Base):
    """A cake of the assortment; `sku` is also its barcode."""

    __tablename__ = "cakes"
    __table_args__ = (
        Index("ix_cakes_active_name", "is_active", "name"),
        Index("ix_cakes_active_sold", "is_active", "sold_count"),
        Index("ix_cakes_active_price", "is_active", "price"),
        # a shelf of the catalogue, counted and paged in each of its sort orders; the
        # price and popularity ones carry the "in stock" and "without allergen" filters too,
        # so a shelf is counted from the index alone (7,000 cakes: 25 -> 3 ms on MariaDB)
        # and rows failing them are never read
        Index("ix_cakes_category_active_name", "category_id", "is_active", "name"),
        Index(
            "ix_cakes_category_active_price",
            "category_id",
            "is_active",
            "price",
            "made_to_order",
            "stock_qty",
            "allergens",
        ),
        Index(
            "ix_cakes_category_active_sold",
            "category_id",
            "is_active",
            "sold_count",
            "made_to_order",
            "stock_qty",
            "allergens",
        ),
        # Catalogue text search on MySQL/MariaDB for words of 3+ letters: MATCH ...
        # AGAINST('+word*' IN BOOLEAN MODE) finds the cakes the word-start REGEXP of
        # repositories/catalog.py would (used when a word is rare, see there). InnoDB keeps
        # it in step with every writer. SQLite scans instead (a shop's few hundred cakes).
        # The migration builds it with stopwords off ("the", "with" are found too);
        # metadata.create_all would not.
        Index("ix_cakes_search", "name", "sku", "description", mysql_prefix="FULLTEXT").ddl_if(
            dialect="mysql"
        ),
        # SQLite only (migration 0009): "in stock" and "made to order" over the whole
        # catalogue, counted from these partial indexes alone and paged in name order
        # (a full pass evaluating the condition on each of 100,000 cakes: 10 -> 2.5 ms).
        # The queries spell the condition exactly so (repositories/catalog.py): SQLite uses
        # a partial index only for a WHERE term written as its own, constants and all.
        Index(
            "ix_cakes_available_name",
            "is_active",
            "name",
            "stock_qty",
            "made_to_order",
            sqlite_where=sql_text(SQLITE_AVAILABLE),
        ).ddl_if(dialect="sqlite"),
        Index(
            "ix_cakes_made_to_order_name",
            "is_active",
            "made_to_order",
            "name",
            sqlite_where=sql_text(SQLITE_MADE_TO_ORDER),
        ).ddl_if(dialect="sqlite"),
        # SQLite only (0010): the whole catalogue "without allergen" counted from the index
        # alone (a shop's file has no ANALYZE statistics: SQLite read every row, 140 -> 22 ms)
        Index("ix_cakes_active_allergens", "is_active", "allergens").ddl_if(dialect="sqlite"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(128), index=True)
    description: Mapped[str] = mapped_column(String(2000), default="")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL")
    )  # indexed by the ix_cakes_category_* indexes
    price: Mapped[Decimal] = mapped_column(Money, index=True)
    weight_grams: Mapped[int] = mapped_column(Integer, default=0)
    allergens: Mapped[str] = mapped_column(String(255), default="")  # comma-separated
    stock_qty: Mapped[int] = mapped_column(Integer, default=0, index=True)
    made_to_order: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    lead_time_hours: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The fingerprint of the cake's picture in `cake_images` (core/rules/pictures.py), NULL
    # without one: the catalogue learns whether a cake has a picture, and when it changed,
    # without reading cake_images. Kept by services/pictures.py only.
    image: Mapped[str | None] = mapped_column(String(255))
    sold_count: Mapped[int] = mapped_column(Integer, default=0, index=True)  # popularity
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(
        Timestamp, default=datetime.now, onupdate=datetime.now, index=True
    )

    category: Mapped[Category | None] = relationship(lazy="joined")

    __mapper_args__ = {"version_id_col": version}


class CakeImage(Base):
    """A cake's picture (at most 1024 px) and its thumbnail, in the database so that every
    counter sees it. Nothing joins it to the catalogue: the bytes are read one cake's
    picture, or one page's thumbnails, at a time."""

    __tablename__ = "cake_images"

    cake_id: Mapped[int] = mapped_column(
        ForeignKey("cakes.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    picture: Mapped[bytes] = mapped_column(Picture, deferred=True)
    thumbnail: Mapped[bytes] = mapped_column(Picture, deferred=True)
    mime: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(
        Timestamp, default=datetime.now, onupdate=datetime.now
    )


class Cart(Base):
    """A user's cart; kept in the database so closing the app loses nothing."""

    __tablename__ = "carts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(
        Timestamp, default=datetime.now, onupdate=datetime.now
    )

    items: Mapped[list[CartItem]] = relationship(
        back_populates="cart", cascade="all, delete-orphan", order_by="CartItem.id"
    )


class CartItem(Base):
    """One cake in a cart; the price is taken at checkout, not when added."""

    __tablename__ = "cart_items"
    __table_args__ = (UniqueConstraint("cart_id", "cake_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cart_id: Mapped[int] = mapped_column(ForeignKey("carts.id", ondelete="CASCADE"), index=True)
    cake_id: Mapped[int] = mapped_column(ForeignKey("cakes.id", ondelete="CASCADE"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    inscription: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(String(1000), default="")
    added_at: Mapped[datetime] = mapped_column(Timestamp, default=datetime.now)

    cart: Mapped[Cart] = relationship(back_populates="items")
    cake: Mapped[Cake] = relationship(lazy="joined")


class Order(Base):
    """A customer's order; `number` is what staff and customers say aloud."""

    __tablename__ = "orders"
    __table_args__ = (
        Index("ix_orders_customer_created", "customer_id", "created_at"),
        Index("ix_orders_status_created", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    customer_name: Mapped[str] = mapped_column(String(128), default="")
    # E.164 (`+79001234567`) when it could be parsed, else as typed: see core/rules/phones.py
    customer_phone: Mapped[str] = mapped_column(String(32), default="", index=True)
    # its digits reversed, so that the last digits typed at the counter are an index range
    customer_phone_key: Mapped[str] = mapped_column(String(32), default="", index=True)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[OrderStatus] = mapped_column(_enum(OrderStatus), index=True)
    due_at: Mapped[datetime | None] = mapped_column(Timestamp, index=True)
    subtotal: Mapped[Decimal] = mapped_column(Money)
    discount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(Money)
    paid_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    # money given back (the refund payments add up to it); revenue is total minus this
    refunded_amount: Mapped[Decimal] = mapped_column(
        Money, default=Decimal("0"), server_default="0"
    )
    payment_method: Mapped[PaymentMethod | None] = mapped_column(_enum(PaymentMethod))
    notes: Mapped[str] = mapped_column(String(1000), default="")
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=datetime.now, index=True)
    updated_at: Mapped[datetime] = mapped_column(
        Timestamp, default=datetime.now, onupdate=datetime.now, index=True
    )

    items: Mapped[list[OrderItem]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderItem.id"
    )


class OrderItem(Base):
    """A line of an order; name and unit price are snapshots taken at checkout."""

    __tablename__ = "order_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    cake_id: Mapped[int | None] = mapped_column(
        ForeignKey("cakes.id", ondelete="SET NULL"), index=True
    )
    cake_name: Mapped[str] = mapped_column(String(128))
    unit_price: Mapped[Decimal] = mapped_column(Money)
    quantity: Mapped[int] = mapped_column(Integer)
    line_total: Mapped[Decimal] = mapped_column(Money)
    returned_quantity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    made_to_order: Mapped[bool] = mapped_column(Boolean, default=False)
    inscription: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(String(1000), default="")

    order: Mapped[Order] = relationship(back_populates="items")


class OrderStatusHistory(Base):
    """Every status change of an order, with who made it and why."""

    __tablename__ = "order_status_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[OrderStatus | None] = mapped_column(_enum(OrderStatus))
    to_status: Mapped[OrderStatus] = mapped_column(_enum(OrderStatus), index=True)
    changed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    changed_at: Mapped[datetime] = mapped_column(Timestamp, default=datetime.now, index=True)
    reason: Mapped[str] = mapped_column(String(500), default="")


class Payment(Base):
    """Money taken for an order (full, deposit, balance) or given back (refund)."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[PaymentMethod] = mapped_column(_enum(PaymentMethod))
    kind: Mapped[PaymentKind] = mapped_column(_enum(PaymentKind))
    taken_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    taken_at: Mapped[datetime] = mapped_column(Timestamp, default=datetime.now, index=True)


class Ingredient(Base):
    """Flour, butter, cream...: what recipes consume."""

    __tablename__ = "ingredients"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    unit: Mapped[str] = mapped_column(String(16), default="g")
    stock_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal("0"))
    reorder_level: Mapped[Decimal] = mapped_column(Quantity, default=Decimal("0"))
    cost_per_unit: Mapped[Decimal] = mapped_column(UnitCost, default=Decimal("0"))
    updated_at: Mapped[datetime] = mapped_column(
        Timestamp, default=datetime.now, onupdate=datetime.now
    )


class RecipeItem(Base):
    """How much of an ingredient one cake takes."""

    __tablename__ = "recipe_items"
    __table_args__ = (UniqueConstraint("cake_id", "ingredient_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cake_id: Mapped[int] = mapped_column(ForeignKey("cakes.id", ondelete="CASCADE"), index=True)
    ingredient_id: Mapped[int] = mapped_column(
        ForeignKey("ingredients.id", ondelete="RESTRICT"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column(Quantity)


class ProductionTask(Base):
    """Something the bakers must make by `due_at`: an order's cake or a showcase batch."""

    __tablename__ = "production_tasks"
    __table_args__ = (Index("ix_production_tasks_status_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    order_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("order_items.id", ondelete="CASCADE"), index=True
    )
    cake_id: Mapped[int] = mapped_column(ForeignKey("cakes.id", ondelete="RESTRICT"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime] = mapped_column(Timestamp, index=True)
    status: Mapped[TaskStatus] = mapped_column(_enum(TaskStatus), default=TaskStatus.QUEUED)
    inscription: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(String(1000), default="")
    assigned_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    started_at: Mapped[datetime | None] = mapped_column(Timestamp)
    finished_at: Mapped[datetime | None] = mapped_column(Timestamp)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(
        Timestamp, default=datetime.now, onupdate=datetime.now, index=True
    )

    __mapper_args__ = {"version_id_col": version}


class StockMovement(Base):
    """The ledger: every change of a cake's or an ingredient's stock, signed."""

    __tablename__ = "stock_movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MovementKind] = mapped_column(_enum(MovementKind), index=True)
    cake_id: Mapped[int | None] = mapped_column(
        ForeignKey("cakes.id", ondelete="SET NULL"), index=True
    )
    ingredient_id: Mapped[int | None] = mapped_column(
        ForeignKey("ingredients.id", ondelete="SET NULL"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="SET NULL"), index=True
    )
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("production_tasks.id", ondelete="SET NULL"), index=True
    )
    reason: Mapped[str] = mapped_column(String(500), default="")
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=datetime.now, index=True)


class AuditEntry(Base):
    """Who changed which row of which table, when, and from what to what (JSON)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(64), index=True)
    row_id: Mapped[str] = mapped_column(String(64), default="")
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=datetime.now, index=True)


class ProductionDay(Base):
    """How many made-to-order cakes a day can take, and how many are booked.

    The booked counter is what checkouts race on: one conditional UPDATE books
    capacity atomically on both databases, as `stock_qty` does for the showcase.
    """

    __tablename__ = "production_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    capacity: Mapped[int] = mapped_column(Integer)
    booked: Mapped[int] = mapped_column(Integer, default=0)


class ShopSetting(Base):
    """A shop-wide setting, such as the default daily production capacity."""

    __tablename__ = "shop_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))


# ---------------------------------------------------------------- report summaries
#
# What the sales report reads instead of a year of orders (issue #6): per-day aggregates of
# `orders`, `order_items` and the cancellation reasons, written by
# `repositories/report_summaries.py` for days before the database's own today. Triggers
# (migration 0002) mark a day stale in `report_days` whenever any writer — a service, the
# admin's table editor, SQL typed by hand — changes what the day's figures are made of.
# Amounts are whole kopecks (exact on SQLite too); cake and category id 0 stand for "none".


class ReportDay(Base):
    """A day whose summary rows are complete (`summarised`) or stale (triggers set 0)."""

    __tablename__ = "report_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    summarised: Mapped[bool] = mapped_column(Boolean, default=False)


class ReportHour(Base):
    """Orders created in one hour of a day, cancelled or not."""

    __tablename__ = "report_hours"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    cancelled: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    orders: Mapped[int] = mapped_column(Integer)
    amount_kop: Mapped[int] = mapped_column(BigInteger)


class ReportCake(Base):
    """One cake's items in the orders of a day that were not cancelled.

    Keyed by cake first (a candidate's period total is one range); the (day, amount) and
    (day, quantity) indexes give each day's best sellers for the top-cakes search.
    """

    __tablename__ = "report_cakes"
    __table_args__ = (
        Index("ix_report_cakes_day_amount", "day", "amount_kop"),
        Index("ix_report_cakes_day_quantity", "day", "quantity"),
    )

    cake_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer)
    amount_kop: Mapped[int] = mapped_column(BigInteger)


class ReportCategory(Base):
    """A category's items of a day (not cancelled), made to order or from the showcase."""

    __tablename__ = "report_categories"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    category_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    made_to_order: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer)
    amount_kop: Mapped[int] = mapped_column(BigInteger)


class ReportReason(Base):
    """The cancelled orders of a day (by their creation day) with one cancellation reason."""

    __tablename__ = "report_reasons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(String(500))
    orders: Mapped[int] = mapped_column(Integer)
    amount_kop: Mapped[int] = mapped_column(BigInteger)


class ReportMonth(Base):
    """A closed month whose rollup rows are complete (`summarised`) or stale (a day of it
    was marked stale: migration 0003's triggers on `report_days`)."""

    __tablename__ = "report_months"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    summarised: Mapped[bool] = mapped_column(Boolean, default=False)


class ReportMonthHour(Base):
    """Orders created in one hour of one weekday of a month, cancelled or not."""

    __tablename__ = "report_month_hours"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    cancelled: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    orders: Mapped[int] = mapped_column(Integer)
    amount_kop: Mapped[int] = mapped_column(BigInteger)


class ReportMonthCake(Base):
    """One cake's items in the orders of a month that were not cancelled (see ReportCake)."""

    __tablename__ = "report_month_cakes"
    __table_args__ = (
        Index("ix_report_month_cakes_month_amount", "month", "amount_kop"),
        Index("ix_report_month_cakes_month_quantity", "month", "quantity"),
    )

    cake_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer)
    amount_kop: Mapped[int] = mapped_column(BigInteger)


class ReportMonthCategory(Base):
    """A category's items of a month (not cancelled), made to order or from the showcase."""

    __tablename__ = "report_month_categories"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    category_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    made_to_order: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer)
    amount_kop: Mapped[int] = mapped_column(BigInteger)


class ReportMonthReason(Base):
    """The cancelled orders of a month (by their creation day) with one cancellation reason."""

    __tablename__ = "report_month_reasons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(String(500))
    orders: Mapped[int] = mapped_column(Integer)
    amount_kop: Mapped[int] = mapped_column(BigInteger)
