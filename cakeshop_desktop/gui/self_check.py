"""`cakeshop --self-check`: build every window offscreen against a database, print one line.

Used by CI and on the frozen bundle to show that every window and form can be built there.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from decimal import Decimal

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import Engine

from cakeshop_desktop.core.db.migrate import current_revision
from cakeshop_desktop.core.documents.receipts import receipt
from cakeshop_desktop.core.domain import (
    CartDTO,
    OrderDetailDTO,
    OrderDTO,
    OrderItemDTO,
    OrderStatus,
    PaymentMethod,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.rules.printer_url import parse_printer_url
from cakeshop_desktop.core.services.shop import ShopDetails
from cakeshop_desktop.core.setup.database import open_database
from cakeshop_desktop.gui.app import ensure_application
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs.about_dialog import AboutDialog
from cakeshop_desktop.gui.dialogs.checkout_dialog import CheckoutDialog
from cakeshop_desktop.gui.dialogs.login_dialog import LoginDialog
from cakeshop_desktop.gui.dialogs.my_account_dialog import MyAccountDialog
from cakeshop_desktop.gui.dialogs.order_detail_dialog import OrderDetailDialog
from cakeshop_desktop.gui.dialogs.registration_dialog import RegistrationDialog
from cakeshop_desktop.gui.dialogs.settings_dialog import SettingsDialog
from cakeshop_desktop.gui.dialogs.shop_setup_wizard import ShopSetupWizard
from cakeshop_desktop.gui.language import active_language
from cakeshop_desktop.gui.windows.admin_window import AdminWindow
from cakeshop_desktop.gui.windows.analytics_window import AnalyticsWindow
from cakeshop_desktop.gui.windows.ordering_window import OrderingWindow
from cakeshop_desktop.gui.windows.production_window import ProductionWindow
from cakeshop_desktop.gui.workers import Workers
from cakeshop_desktop.printers.escpos_output import escpos_bytes
from cakeshop_desktop.printers.page_output import barcode_image

log = logging.getLogger(__name__)


def self_check(database_url: str) -> int:
    """Build every window offscreen against the database; print one summary line."""
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    engine: Engine | None = None
    built: list[QWidget] = []
    workers: Workers | None = None
    try:
        ensure_application()
        engine = open_database(database_url)
        workers = Workers()
        ctx = ShopContext(engine, workers, recheck_actor=False)
        built.append(LoginDialog(ctx))
        # A cashier sees every part of the ordering window; id 0 is nobody, and nothing loads.
        cashier = UserDTO(id=0, username="self-check", full_name="Self check", role=Role.CASHIER)
        window = OrderingWindow(ctx.with_actor(cashier), autoload=False)
        built.append(window)
        names = ["login", "ordering"]
        admin = UserDTO(id=0, username="self-check", full_name="Self check", role=Role.ADMIN)
        built.append(AdminWindow(ctx.with_actor(admin)))
        built.append(AnalyticsWindow(ctx.with_actor(admin), autoload=False))
        built.append(ProductionWindow(ctx.with_actor(admin), autoload=False))
        names += ["admin", "analytics", "production"]
        if window.orders_panel is not None:
            names.append("orders")
        empty_cart = CartDTO(id=0, user_id=0, items=(), total=Decimal("0.00"))
        built.append(CheckoutDialog(ctx.with_actor(cashier), empty_cart, window))
        names.append("checkout")
        built.append(OrderDetailDialog(ctx.with_actor(cashier), 0, window))
        names.append("order detail")
        customer = UserDTO(id=0, username="self-check", full_name="Self check", role=Role.CUSTOMER)
        built.append(RegistrationDialog(ctx))
        built.append(MyAccountDialog(ctx.with_actor(customer)))
        names += ["registration", "my account"]
        built += [
            SettingsDialog(database_url, admin=ctx.with_actor(admin)),
            AboutDialog(ctx.database_name),
            ShopSetupWizard(ctx, database_url),
        ]
        names += ["settings", "about", "set-up"]
        _check_printing()
        _check_pictures()
        workers.settle()
        revision = current_revision(engine)
        print(
            f"cakeshop self-check ok: {engine.dialect.name}, schema {revision}, "
            f"{len(names)} windows ({', '.join(names)}), a receipt (ESC/POS and page), "
            f"a WebP picture, language {active_language()}"
        )
        return 0
    except Exception as exc:  # noqa: BLE001 - the one line is the point of a self-check
        log.exception("self-check failed")
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        print(f"cakeshop self-check FAILED: {type(exc).__name__}: {message}")
        return 1
    finally:
        for widget in reversed(built):
            widget.close()
            widget.deleteLater()
        if workers is not None:
            workers.settle()
        if engine is not None:
            engine.dispose()


def _check_printing() -> None:
    """A receipt rendered for a thermal printer (python-escpos: the bundle has its printer
    profiles and the code page) and an order number's barcode drawn for a page printer."""
    now = datetime.now()
    order = OrderDTO(
        id=1,
        number="000001",
        customer_id=None,
        customer_name="",
        customer_phone="",
        status=OrderStatus.COMPLETED,
        due_at=None,
        subtotal=Decimal("100.00"),
        discount=Decimal("0.00"),
        total=Decimal("100.00"),
        paid_amount=Decimal("100.00"),
        payment_method=PaymentMethod.CASH,
        notes="",
        created_at=now,
        updated_at=now,
    )
    line = OrderItemDTO(1, 1, "Медовик", Decimal("100.00"), 1, Decimal("100.00"), False, "", "")
    detail = OrderDetailDTO(order=order, items=(line,), payments=(), history=())
    spec = parse_printer_url("escpos+file:///dev/null?width=58")
    data = escpos_bytes(receipt(detail, ShopDetails(name="Self-check"), spec.paper), spec)
    if "Медовик".encode("cp866") not in data or b"{B000001" not in data:
        raise RuntimeError("the ESC/POS receipt lacks its line or its barcode")
    if barcode_image("000001").isNull():
        raise RuntimeError("the order number's barcode could not be drawn")


def _check_pictures() -> None:
    """A WebP file taken as a cake's picture (Pillow decodes it, stores JPEG) and the stored
    thumbnail shown by Qt: the image codecs the bundle keeps."""
    import io

    from PIL import Image

    from cakeshop_desktop.core.rules.pictures import prepare_picture

    webp = io.BytesIO()
    Image.new("RGB", (48, 32), (200, 120, 60)).save(webp, "WEBP")
    prepared = prepare_picture(webp.getvalue())
    if not QPixmap().loadFromData(prepared.thumbnail):
        raise RuntimeError("the stored picture could not be shown")
