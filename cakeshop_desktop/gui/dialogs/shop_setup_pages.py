"""The pages of the set-up wizard: how to start, where the data lives, the shop, its admin."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.engine import URL

from cakeshop_desktop.core.domain import DomainError
from cakeshop_desktop.core.services.shop import ShopDetails, checked_details
from cakeshop_desktop.core.setup.server import ServerVerdict, connect_server
from cakeshop_desktop.gui.dialogs.settings_database_page import SettingsDatabasePage
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.widgets.account_form import AccountForm
from cakeshop_desktop.gui.widgets.message_label import message_label, say
from cakeshop_desktop.gui.widgets.shop_details_form import ShopDetailsForm

START_PAGE, DATABASE_PAGE, SHOP_PAGE, ADMIN_PAGE = range(4)


def _note(text: str, parent: QWidget) -> QLabel:
    """A wrapped explanation under a choice, indented like the choice's text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setContentsMargins(24, 0, 0, 8)
    return label


class StartPage(QWizardPage):
    """Set up my shop, or open the demo shop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Cakeshop"))
        self.setSubTitle(self.tr("This database is new. How do you want to start?"))
        self.set_up_radio = QRadioButton(self.tr("&Set up my shop"), self)
        self.set_up_radio.setObjectName("setUpShopRadio")
        self.set_up_radio.setChecked(True)
        self.demo_radio = QRadioButton(self.tr("Open the &demo shop"), self)
        self.demo_radio.setObjectName("demoShopRadio")
        group = QButtonGroup(self)
        group.addButton(self.set_up_radio)
        group.addButton(self.demo_radio)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.busy_label = QLabel(self.tr("Filling the demo shop: a few seconds…"), self)
        self.busy_label.hide()
        self.error_label = message_label("demoErrorLabel", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.set_up_radio)
        layout.addWidget(
            _note(
                self.tr(
                    "Your shop's name and details, its first administrator, and where its "
                    "data is kept. The shop starts empty: add your cakes and staff next."
                ),
                self,
            )
        )
        layout.addWidget(self.demo_radio)
        layout.addWidget(
            _note(
                self.tr(
                    "A made-up cake shop with about 40 cakes, three months of orders and demo "
                    "logins (admin / admin123, cashier / cashier123, …): for trying the app, "
                    "not for real sales."
                ),
                self,
            )
        )
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error_label)
        self._next_text = ""
        self.demo_radio.toggled.connect(self._demo_toggled)

    @property
    def demo_chosen(self) -> bool:
        return self.demo_radio.isChecked()

    def initializePage(self) -> None:
        self._next_text = self.wizard().buttonText(QWizard.WizardButton.NextButton)

    @Slot(bool)
    def _demo_toggled(self, demo: bool) -> None:
        # Next opens the demo (the wizard intercepts it): the button says so.
        text = self.tr("&Open the demo shop") if demo else self._next_text
        self.setButtonText(QWizard.WizardButton.NextButton, text)

    def set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.set_up_radio.setEnabled(not busy)
        self.demo_radio.setEnabled(not busy)


class DatabaseChoicePage(QWizardPage):
    """A local database on this computer, or the shop's server (the Settings page's fields)."""

    server_has_a_shop = Signal(str)  # the server already has an administrator: log in there

    def __init__(self, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where the shop's data lives"))
        self.setSubTitle(self.tr("One computer, or several counters sharing a server."))
        self.local_radio = QRadioButton(self.tr("On &this computer (a local database)"), self)
        self.local_radio.setObjectName("localDatabaseRadio")
        self.local_radio.setChecked(True)
        self.server_radio = QRadioButton(
            self.tr("On the shop's &server (MySQL or MariaDB), shared by the counters"), self
        )
        self.server_radio.setObjectName("shopServerRadio")
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)
        self.server_page = SettingsDatabasePage(current_url, self, in_wizard=True)
        self.server_page.setEnabled(False)
        self.server_radio.toggled.connect(self.server_page.setEnabled)
        self.server_radio.toggled.connect(self._forget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local_radio)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_page, 1)
        self.chosen: tuple[str, ServerVerdict] | None = None  # a server that is ready

    @property
    def server_chosen(self) -> bool:
        return self.server_radio.isChecked()

    @property
    def server_url(self) -> str | None:
        """The server that was connected to and prepared; None for the local database."""
        if not self.server_chosen or self.chosen is None:
            return None
        return self.chosen[0]

    @Slot()
    def _forget(self) -> None:
        self.chosen = None

    def validatePage(self) -> bool:
        if not self.server_chosen:
            return True
        url = self.server_page.server_settings().url().render_as_string(hide_password=False)
        if self.chosen is not None and self.chosen[0] == url:
            return True
        # Creates or upgrades the schema on a worker; Next again once it is ready.
        self.server_page.run(connect_server, self._connected)
        return False

    def _connected(self, url: URL, verdict: ServerVerdict) -> None:
        if not verdict.ok:
            self.server_page.show_result(self.server_page.verdict_text(verdict), ok=False)
            return
        raw = url.render_as_string(hide_password=False)
        if verdict.has_admin:
            self.server_has_a_shop.emit(raw)
            return
        self.chosen = (raw, verdict)
        self.server_page.show_result(self.tr("Connected: the server is ready."), ok=True)
        self.wizard().next()


class ShopPage(QWizardPage):
    """The shop's details for receipts and reports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(
            self.tr(
                "Printed on receipts, order tickets and reports; an administrator can "
                "change them later in Settings → Shop."
            )
        )
        self.form = ShopDetailsForm(self)
        self.error_label = message_label("shopErrorLabel", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def details(self) -> ShopDetails:
        return self.form.details()

    def validatePage(self) -> bool:
        try:
            checked_details(self.details())
        except DomainError as exc:
            say(self.error_label, describe(exc))
            self.form.name_edit.setFocus()
            return False
        say(self.error_label, "")
        return True


class AdminPage(QWizardPage):
    """The first administrator: login, name, password typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The shop's administrator"))
        self.setSubTitle(self.tr("Adds the cakes, the staff and their logins; keeps the settings."))
        self.account = AccountForm(
            (
                "setupAdminLoginEdit",
                "setupAdminNameEdit",
                "setupAdminPasswordEdit",
                "setupAdminRepeatEdit",
            ),
            self,
        )
        hint = QLabel(
            self.tr(
                "A login is Latin letters, digits, dots or dashes; a password 6 characters or more."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.error_label = message_label("setupErrorLabel", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.account)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.busy_bar)
        self.setFinalPage(True)

    def refusal(self) -> str | None:
        """What is wrong with the typed administrator (focus moves there), None when fine."""
        return self.account.refusal()
