"""Starting the windows: the login dialog, the role's main window, logging out and back in.

`launch()` is the public entry point (DESIGN §7): tests drive what it returns with qtbot,
`run()` adds the event loop for the `cakeshop` command, `self_check()` builds every window
offscreen for CI and the frozen bundle.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from sqlalchemy import Engine

from cakeshop_desktop import __version__
from cakeshop_desktop.core.db.bootstrap import open_database
from cakeshop_desktop.core.db.engine import safe_url
from cakeshop_desktop.core.db.migrate import current_revision
from cakeshop_desktop.core.domain import CartDTO, DomainError, Role, UserDTO
from cakeshop_desktop.gui.app_actions import add_app_actions
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.crash import install_excepthook
from cakeshop_desktop.gui.dialogs.login_dialog import LoginDialog
from cakeshop_desktop.gui.dialogs.settings_dialog import SettingsDialog
from cakeshop_desktop.gui.errors import show_error
from cakeshop_desktop.gui.icons import app_icon
from cakeshop_desktop.gui.language import active_language, install_translations
from cakeshop_desktop.gui.windows.admin_window import AdminWindow
from cakeshop_desktop.gui.windows.analytics_window import AnalyticsWindow
from cakeshop_desktop.gui.windows.ordering_window import OrderingWindow
from cakeshop_desktop.gui.windows.production_window import ProductionWindow
from cakeshop_desktop.gui.workers import Workers
from cakeshop_desktop.logs import setup_logging

log = logging.getLogger(__name__)

APP_NAME = "Cakeshop"
ORGANIZATION = "Cakeshop"

_shells: list[Shell] = []


def ensure_application() -> QApplication:
    """The running QApplication, or a new one named for QSettings and the window manager."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication), "a QCoreApplication cannot show windows"
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setWindowIcon(app_icon())
    install_translations(app)
    return app


def settle(workers: Workers) -> None:
    """Wait for the pool, then hand out the answers still queued while the pool exists.

    An answer left in the queue would otherwise reach a pool already deleted.
    """
    workers.wait_for_done()
    QCoreApplication.sendPostedEvents()


def main_window_for(ctx: ShopContext) -> QMainWindow:
    """The window the logged-in user's role works in (DESIGN §1)."""
    assert ctx.actor is not None
    if ctx.actor.role is Role.ADMIN:
        return AdminWindow(ctx)
    if ctx.actor.role is Role.BAKER:
        return ProductionWindow(ctx)
    return OrderingWindow(ctx)


class Shell(QObject):
    """Owns one database engine and the worker pool; swaps the login dialog and the main window."""

    main_window_changed = Signal(object)  # the new main window, or None after a logout

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.workers = Workers(self)
        self.ctx = ShopContext(engine, self.workers)
        self.quit_when_login_closed = False
        self._closing = False
        self.main_window: QMainWindow | None = None
        self._side_windows: dict[str, QMainWindow] = {}  # opened from the admin's menu
        self.login_dialog = LoginDialog(self.ctx)
        self.login_dialog.logged_in.connect(self._logged_in)
        self.login_dialog.rejected.connect(self._login_closed)
        self.login_dialog.settings_requested.connect(lambda: self.open_settings(self.login_dialog))

    @property
    def database_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=False)

    def open_settings(self, parent: QWidget) -> SettingsDialog:
        """Settings → Database and Language; a new database reopens the login on it."""
        dialog = SettingsDialog(self.database_url, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.database_changed.connect(self._database_changed)
        dialog.open()
        return dialog

    @Slot(str)
    def _database_changed(self, url: str) -> None:
        # Not from inside the dialog's own signal: the switch closes every window.
        QTimer.singleShot(0, lambda: switch_database(self, url))

    @Slot(object)
    def _logged_in(self, user: UserDTO) -> None:
        if self._closing:
            return  # a login answered while the app shuts down opens nothing
        log.info("%s logged in as %s", user.username, user.role.value)
        ctx = self.ctx.with_actor(user)
        window = main_window_for(ctx)
        self._connect(window, ctx)
        self.main_window = window
        window.show()
        self.login_dialog.hide()
        self.main_window_changed.emit(window)

    def _connect(self, window: QMainWindow, ctx: ShopContext) -> None:
        """Wire a window's logout and its menu of the other windows."""
        if hasattr(window, "logout_requested"):
            window.logout_requested.connect(self.logout)
        if hasattr(window, "open_ordering_requested"):
            window.open_ordering_requested.connect(
                lambda: self._open_side("ordering", OrderingWindow, ctx)
            )
        if hasattr(window, "open_analytics_requested"):
            window.open_analytics_requested.connect(
                lambda: self._open_side("analytics", AnalyticsWindow, ctx)
            )
        if hasattr(window, "open_production_requested"):
            window.open_production_requested.connect(
                lambda: self._open_side("production", ProductionWindow, ctx)
            )
        add_app_actions(
            window,
            safe_url(self.engine.url),
            self.engine.dialect.name == "sqlite",
            lambda: self.open_settings(window),
        )

    def _open_side(
        self, name: str, build: Callable[[ShopContext], QMainWindow], ctx: ShopContext
    ) -> None:
        """Show (or bring back) a window the admin opened from the menu."""
        window = self._side_windows.get(name)
        if window is None or not shiboken6.isValid(window):
            window = build(ctx)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._connect(window, ctx)
            self._side_windows[name] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def side_window(self, name: str) -> QMainWindow | None:
        """A window opened from the admin's menu ("ordering", "analytics"), if open."""
        window = self._side_windows.get(name)
        return window if window is not None and shiboken6.isValid(window) else None

    def _close_side_windows(self) -> None:
        for window in self._side_windows.values():
            if shiboken6.isValid(window):
                window.close()
        self._side_windows.clear()

    @Slot()
    def logout(self) -> None:
        """Back to the login dialog; the next person logs in without restarting the app."""
        self._close_side_windows()
        window, self.main_window = self.main_window, None
        self.login_dialog.reset()
        self.login_dialog.show()
        self.login_dialog.raise_()
        self.login_dialog.activateWindow()
        if window is not None:
            window.close()
            window.deleteLater()
        self.main_window_changed.emit(None)

    @Slot()
    def _login_closed(self) -> None:
        if self.quit_when_login_closed and self.main_window is None:
            QApplication.quit()

    def close(self) -> None:
        """Close every window, wait for the calls still running, let the engine go."""
        self._closing = True
        self._close_side_windows()
        widgets = [w for w in (self.main_window, self.login_dialog) if w is not None]
        for widget in widgets:
            widget.close()
        self.main_window = None
        settle(self.workers)
        for widget in widgets:
            widget.deleteLater()
        self.engine.dispose()


def launch(database_url: str) -> QWidget:
    """Open (and migrate) the database and show the login dialog; no event loop is entered."""
    ensure_application()
    engine = open_database(database_url)
    shell = Shell(engine)
    _shells.append(shell)
    shell.login_dialog.show()
    return shell.login_dialog


def switch_database(shell: Shell, url: str) -> QWidget:
    """Close `shell` and launch on `url`: everybody logs in again on the new database.

    When the new database cannot be opened after all, the old one comes back with a message.
    """
    quit_when_login_closed = shell.quit_when_login_closed
    shell.quit_when_login_closed = False
    if shell in _shells:
        _shells.remove(shell)
    old_url = shell.database_url
    # For a moment no window is open: that must not end the app.
    app = ensure_application()
    quit_on_last_window = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        shell.close()
        log.info("switching to the database %s", safe_url(url))
        try:
            dialog = launch(url)
        except DomainError as exc:
            log.warning("cannot switch to %s: %s", safe_url(url), exc.message)
            dialog = launch(old_url)
            show_error(dialog, exc)
    finally:
        app.setQuitOnLastWindowClosed(quit_on_last_window)
    new_shell = current_shell()
    assert new_shell is not None
    new_shell.quit_when_login_closed = quit_when_login_closed
    return dialog


def current_shell() -> Shell | None:
    return _shells[-1] if _shells else None


def current_main_window() -> QMainWindow | None:
    """The main window of the latest launch(), or None while nobody is logged in."""
    shell = current_shell()
    return shell.main_window if shell is not None else None


def shutdown() -> None:
    """Close everything launch() opened (the end of run(), and test teardown)."""
    while _shells:
        _shells.pop().close()


def run(database_url: str) -> int:
    """launch() plus the event loop: what the `cakeshop` command calls."""
    log_path = setup_logging()
    app = ensure_application()
    install_excepthook(log_path)
    log.info("Cakeshop %s starting on %s", __version__, safe_url(database_url))
    launch(database_url)
    shell = current_shell()
    assert shell is not None
    shell.quit_when_login_closed = True
    try:
        return app.exec()
    finally:
        shutdown()


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
        from cakeshop_desktop.gui.dialogs.checkout_dialog import CheckoutDialog

        empty_cart = CartDTO(id=0, user_id=0, items=(), total=Decimal("0.00"))
        built.append(CheckoutDialog(ctx.with_actor(cashier), empty_cart, window))
        names.append("checkout")
        detail = _build_order_detail(ctx.with_actor(cashier), window)
        if detail is not None:
            built.append(detail)
            names.append("order detail")
        from cakeshop_desktop.gui.dialogs.about_dialog import AboutDialog

        built += [SettingsDialog(database_url), AboutDialog(safe_url(engine.url))]
        names += ["settings", "about"]
        settle(workers)
        revision = current_revision(engine)
        print(
            f"cakeshop self-check ok: {engine.dialect.name}, schema {revision}, "
            f"{len(names)} windows ({', '.join(names)}), language {active_language()}"
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
            settle(workers)
        if engine is not None:
            engine.dispose()


def _build_order_detail(ctx: ShopContext, parent: QWidget) -> QWidget | None:
    """The order detail dialog, when this build has one (it needs no order to be built)."""
    try:
        from cakeshop_desktop.gui.dialogs import order_detail_dialog
    except ImportError:
        return None
    dialog_class = getattr(order_detail_dialog, "OrderDetailDialog", None)
    if dialog_class is None:
        return None
    return dialog_class(ctx, 0, parent)
