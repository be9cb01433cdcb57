"""The first start (issue #11): on a database without users, set up a shop or open the demo.

Nothing here creates a user with a known password unless the demo shop is chosen. The work
(the demo data, the shop and its administrator) runs on the worker pool; the wizard says
what it is doing and stays open until it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard
from sqlalchemy import Engine

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.core.services import auth
from cakeshop_desktop.core.services.shop import ShopDetails, set_up_shop
from cakeshop_desktop.core.uow import UnitOfWork
from cakeshop_desktop.gui.dialogs.shop_setup_pages import (
    ADMIN_PAGE,
    DATABASE_PAGE,
    SHOP_PAGE,
    START_PAGE,
    AdminPage,
    DatabaseChoicePage,
    ShopPage,
    StartPage,
)
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.icons import app_icon
from cakeshop_desktop.gui.widgets.message_label import say

if TYPE_CHECKING:
    from cakeshop_desktop.gui.context import ShopContext


def open_demo_shop(engine: Engine) -> bool:
    """The demo shop in this database (the demo data and logins)."""
    from cakeshop_desktop.core.demo import seed_demo

    return seed_demo(engine)


def set_up_here(
    engine: Engine, details: ShopDetails, username: str, password: str, full_name: str
) -> UserDTO:
    """Set up the shop in the open database and log its administrator in."""
    set_up_shop(UnitOfWork(engine), details, username, password, full_name)
    return auth.login(UnitOfWork(engine), username, password)


def set_up_on_server(
    url: str, details: ShopDetails, username: str, password: str, full_name: str
) -> UserDTO:
    """Set up the shop on the shop's server (its schema is ready by now)."""
    engine = make_engine(url)
    try:
        return set_up_shop(UnitOfWork(engine), details, username, password, full_name)
    finally:
        engine.dispose()


class ShopSetupWizard(QWizard):
    """Set up my shop (details, administrator, where the data lives) or open the demo shop.

    Ends with one of: `demo_opened()`, `shop_set_up(user)` (the local database, the
    administrator logged in), `server_chosen(url)` (the shop lives on that server now:
    the app reopens on it).
    """

    demo_opened = Signal()
    shop_set_up = Signal(object)  # UserDTO
    server_chosen = Signal(str)

    def __init__(self, ctx: ShopContext, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shopSetupWizard")
        self.setWindowTitle(self.tr("Cakeshop — set up"))
        self.setAccessibleName(self.tr("Set up the shop"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._ctx = ctx
        self._busy = False
        self._done = False
        self.start_page = StartPage(self)
        self.database_page = DatabaseChoicePage(current_url, self)
        self.shop_page = ShopPage(self)
        self.admin_page = AdminPage(self)
        self.setPage(START_PAGE, self.start_page)
        self.setPage(DATABASE_PAGE, self.database_page)
        self.setPage(SHOP_PAGE, self.shop_page)
        self.setPage(ADMIN_PAGE, self.admin_page)
        self.setStartId(START_PAGE)
        self.database_page.server_has_a_shop.connect(self._server_has_a_shop)
        self.setMinimumSize(560, 480)

    @property
    def is_busy(self) -> bool:
        return self._busy

    def validateCurrentPage(self) -> bool:
        if self._done:
            return True
        if self._busy:
            return False
        page = self.currentId()
        if page == START_PAGE and self.start_page.demo_chosen:
            self._open_demo()
            return False
        if page == ADMIN_PAGE:
            self._set_up()
            return False
        return super().validateCurrentPage()

    # --- the demo

    def _open_demo(self) -> None:
        self._set_busy(True)
        self.start_page.set_busy(True)
        say(self.start_page.error_label, "")
        self._ctx.workers.submit(
            self,
            open_demo_shop,
            self._ctx.engine,
            on_result=lambda _added: self._finish(self.demo_opened.emit),
            on_error=self._demo_failed,
        )

    def _demo_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.start_page.set_busy(False)
        say(self.start_page.error_label, describe(error))

    # --- my shop

    def _set_up(self) -> None:
        page = self.admin_page
        refusal = page.refusal()
        say(page.error_label, refusal or "")
        if refusal:
            return
        details = self.shop_page.details()
        login = page.account.username
        password = page.account.password
        full_name = page.account.full_name
        server = self.database_page.server_url
        self._set_busy(True)
        page.busy_bar.show()
        if server is None:
            self._ctx.workers.submit(
                self,
                set_up_here,
                self._ctx.engine,
                details,
                login,
                password,
                full_name,
                on_result=lambda user: self._finish(lambda: self.shop_set_up.emit(user)),
                on_error=self._refused,
            )
            return
        self._ctx.workers.submit(
            self,
            set_up_on_server,
            server,
            details,
            login,
            password,
            full_name,
            on_result=lambda _user: self._use_server(server),
            on_error=self._refused,
        )

    def _use_server(self, url: str) -> None:
        if self.database_page.server_page.save(url):
            self._finish(lambda: self.server_chosen.emit(url))
            return
        self._set_busy(False)
        self.admin_page.busy_bar.hide()
        say(
            self.admin_page.error_label,
            self.tr(
                "The shop is set up on the server, but this computer cannot keep the "
                "server's settings: {0}"
            ).format(self.database_page.server_page.ui.testResultLabel.text()),
        )

    def _refused(self, error: Exception) -> None:
        self._set_busy(False)
        self.admin_page.busy_bar.hide()
        say(self.admin_page.error_label, describe(error))

    def reject(self) -> None:
        if not self._busy:  # the demo or the shop is being written: let it finish
            super().reject()

    @Slot(str)
    def _server_has_a_shop(self, url: str) -> None:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "This server already holds a shop with its administrator. Use it on this "
                "computer and log in there?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and self.database_page.server_page.save(url):
            self._finish(lambda: self.server_chosen.emit(url))

    def _finish(self, announce: Callable[[], object]) -> None:
        self._busy = False
        self._done = True
        self.accept()
        announce()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
