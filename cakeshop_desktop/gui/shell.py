"""One open database behind the windows: the login dialog, the role's main window, logging out.

Imported by `app.launch()` only after the login dialog has been painted: this module pulls in
the database layer; the role windows are imported when somebody logs in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from sqlalchemy import Engine

from cakeshop_desktop import config
from cakeshop_desktop.core.db import backups
from cakeshop_desktop.core.domain import DomainError, Role, UserDTO
from cakeshop_desktop.gui.app_actions import add_app_actions
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs.admin_check_dialog import AdminCheckDialog
from cakeshop_desktop.gui.dialogs.login_dialog import LoginDialog
from cakeshop_desktop.gui.dialogs.settings_dialog import SettingsDialog
from cakeshop_desktop.gui.dialogs.shop_setup_wizard import ShopSetupWizard
from cakeshop_desktop.gui.errors import show_error
from cakeshop_desktop.gui.idle_logout import IdleLogout
from cakeshop_desktop.gui.self_service import make_self_service
from cakeshop_desktop.gui.workers import Workers

log = logging.getLogger(__name__)


# Each window is imported when it is first built: a cashier's start never loads the others.


def _admin_window(ctx: ShopContext) -> QMainWindow:
    from cakeshop_desktop.gui.windows.admin_window import AdminWindow

    return AdminWindow(ctx)


def _ordering_window(ctx: ShopContext) -> QMainWindow:
    from cakeshop_desktop.gui.windows.ordering_window import OrderingWindow

    return OrderingWindow(ctx)


def _analytics_window(ctx: ShopContext) -> QMainWindow:
    from cakeshop_desktop.gui.windows.analytics_window import AnalyticsWindow

    return AnalyticsWindow(ctx)


def _production_window(ctx: ShopContext) -> QMainWindow:
    from cakeshop_desktop.gui.windows.production_window import ProductionWindow

    return ProductionWindow(ctx)


def main_window_for(ctx: ShopContext) -> QMainWindow:
    """The window the logged-in user's role works in (DESIGN §1)."""
    assert ctx.actor is not None
    build = {Role.ADMIN: _admin_window, Role.BAKER: _production_window}.get(
        ctx.actor.role, _ordering_window
    )
    return build(ctx)


# The admin's menu of the other windows: the window's signal, its name, how to build it.
SIDE_WINDOWS: tuple[tuple[str, str, Callable[[ShopContext], QMainWindow]], ...] = (
    ("open_ordering_requested", "ordering", _ordering_window),
    ("open_analytics_requested", "analytics", _analytics_window),
    ("open_production_requested", "production", _production_window),
)


class Shell(QObject):
    """Owns one database engine and the worker pool; swaps the login dialog and the main window."""

    main_window_changed = Signal(object)  # the new main window, or None after a logout
    database_change_requested = Signal(str)  # a URL saved in the settings: reopen on it

    def __init__(self, engine: Engine, login_dialog: LoginDialog, *, is_demo: bool = False) -> None:
        super().__init__()
        self.engine = engine
        self.workers = Workers(self)
        # Its own thread: the day's backup never shows as the shop being busy or offline.
        self._backup_workers = Workers(self, max_threads=1)
        self.ctx = ShopContext(engine, self.workers, replica_engine=_replica_engine(engine))
        self.is_demo = is_demo
        self.quit_when_login_closed = False
        self._closing = False
        self.main_window: QMainWindow | None = None
        self.setup_wizard: ShopSetupWizard | None = None
        self._side_windows: dict[str, QMainWindow] = {}  # opened from the admin's menu
        self.idle_minutes = _self_service_minutes()
        self.idle_logout: IdleLogout | None = None
        if self.idle_minutes is not None:
            self.idle_logout = IdleLogout(self.idle_minutes, self)
            self.idle_logout.idle.connect(self._idle)
        self.login_dialog = login_dialog
        login_dialog.attach(self.ctx)
        login_dialog.show_demo_logins(is_demo)
        login_dialog.logged_in.connect(self._logged_in)
        login_dialog.rejected.connect(self._login_closed)
        login_dialog.settings_requested.connect(self._login_settings)
        if self.idle_minutes is not None:
            login_dialog.make_self_service()
        self._back_up_today()

    def _back_up_today(self) -> None:
        """The local database's backup of the day (at start and at each login; once a day)."""
        database = backups.database_file(self.engine.url)
        if database is not None:
            self._backup_workers.submit(
                self, backups.back_up_daily, database, on_error=self._daily_backup_failed
            )

    @Slot(object)
    def _daily_backup_failed(self, error: Exception) -> None:
        log.warning("the daily backup failed: %s", error)
        if not self._closing:
            show_error(self.main_window or self.login_dialog, error)

    @property
    def database_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=False)

    @property
    def is_self_service(self) -> bool:
        """This terminal is a customers' self-service screen (config.toml, per terminal)."""
        return self.idle_minutes is not None

    # --- the first start

    def start_setup(self) -> ShopSetupWizard:
        """A database without users: the set-up wizard instead of the login (issue #11)."""
        wizard = ShopSetupWizard(self.ctx, self.database_url)
        wizard.demo_opened.connect(self._demo_opened)
        wizard.shop_set_up.connect(self._logged_in)
        wizard.server_chosen.connect(self._database_changed)
        wizard.rejected.connect(self._login_closed)
        self.setup_wizard = wizard
        self.login_dialog.hide()
        wizard.show()
        return wizard

    @Slot()
    def _demo_opened(self) -> None:
        self.is_demo = True
        self.login_dialog.show_demo_logins(True)
        self.login_dialog.show()
        self.login_dialog.reset()

    # --- settings: who may change what

    def open_settings(self, parent: QWidget, ctx: ShopContext | None = None) -> SettingsDialog:
        """Settings; the admin-only pages only for an administrator's `ctx`.

        A new database saved there reopens the login on it.
        """
        dialog = SettingsDialog(self.database_url, parent, admin=ctx)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.database_changed.connect(self._database_changed)
        dialog.open()
        return dialog

    @Slot()
    def _login_settings(self) -> AdminCheckDialog:
        """From the login: an administrator's login and password first (or the language only)."""
        check = AdminCheckDialog(self.ctx, self.login_dialog)
        check.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        check.admin_confirmed.connect(
            lambda admin: self.open_settings(self.login_dialog, self.ctx.with_actor(admin))
        )
        check.language_only.connect(lambda: self.open_settings(self.login_dialog))
        check.open()
        return check

    @Slot(str)
    def _database_changed(self, url: str) -> None:
        # Not from inside the dialog's own signal: the switch closes every window.
        QTimer.singleShot(0, lambda: self.database_change_requested.emit(url))

    @Slot(object)
    def _logged_in(self, user: UserDTO) -> None:
        if self._closing:
            return  # a login answered while the app shuts down opens nothing
        log.info("%s logged in as %s", user.username, user.role.value)
        self._back_up_today()  # a till left running overnight still backs up every day
        ctx = self.ctx.with_actor(user)
        window = main_window_for(ctx)
        self._connect(window, ctx)
        self.main_window = window
        if self.is_self_service and user.role is Role.CUSTOMER:
            make_self_service(window, self.idle_minutes or 0)
            window.showFullScreen()
        else:
            window.show()
        self.login_dialog.hide()
        if self.idle_logout is not None:
            self.idle_logout.start()
        self.main_window_changed.emit(window)

    def _connect(self, window: QMainWindow, ctx: ShopContext) -> None:
        """Wire a window's logout and its menu of the other windows."""
        if hasattr(window, "logout_requested"):
            window.logout_requested.connect(self.logout)
        for signal_name, name, build in SIDE_WINDOWS:
            signal = getattr(window, signal_name, None)
            if signal is not None:
                signal.connect(lambda name=name, build=build: self._open_side(name, build, ctx))
        add_app_actions(
            window,
            ctx.database_name,
            ctx.on_embedded_database,
            lambda: self.open_settings(window, ctx),
            is_demo=self.is_demo,
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
    def _idle(self) -> None:
        if self.main_window is not None:
            log.info("logged out after %s min without input", self.idle_minutes)
            self.logout()

    @Slot()
    def logout(self) -> None:
        """Back to the login dialog; the next person logs in without restarting the app."""
        if self.idle_logout is not None:
            self.idle_logout.stop()
        self._close_side_windows()
        window, self.main_window = self.main_window, None
        self.login_dialog.reset()
        if self.is_self_service:
            self.login_dialog.showFullScreen()
        else:
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
        if self.idle_logout is not None:
            self.idle_logout.stop()
        self._close_side_windows()
        widgets = [
            w for w in (self.main_window, self.setup_wizard, self.login_dialog) if w is not None
        ]
        for widget in widgets:
            widget.close()
        self.main_window = None
        self.workers.settle()
        self._backup_workers.settle()
        for widget in widgets:
            widget.deleteLater()
        self.engine.dispose()
        if self.ctx.replica_engine is not None:
            self.ctx.replica_engine.dispose()


def shop_state(engine: Engine) -> tuple[bool, bool]:
    """(whether the shop is set up, whether it is the demo shop), asked at start-up."""
    from cakeshop_desktop.core.services.shop import is_demo_shop, is_set_up
    from cakeshop_desktop.core.uow import UnitOfWork

    return is_set_up(UnitOfWork(engine)), is_demo_shop(UnitOfWork(engine))


def _replica_engine(engine: Engine) -> Engine | None:
    """The engine of the reporting replica this terminal's config names, None without one (or
    on the local file); a broken entry is logged and the reports read the shop server."""
    server = config.replica_server()
    if not server or engine.dialect.name == "sqlite":
        return None
    from cakeshop_desktop.core.db.engine import make_engine
    from cakeshop_desktop.core.setup.server import replica_url

    try:
        return make_engine(replica_url(engine.url, server))
    except DomainError as exc:
        log.warning("the reports replica %r is not used: %s", server, exc)
        return None


def _self_service_minutes() -> float | None:
    """This terminal's idle minutes when it is a self-service screen; a broken value is
    logged and the default used (the screen stays a self-service one)."""
    try:
        return config.self_service_minutes()
    except DomainError as exc:
        log.warning("%s: using %s min", exc.message, config.DEFAULT_IDLE_MINUTES)
        return float(config.DEFAULT_IDLE_MINUTES)
