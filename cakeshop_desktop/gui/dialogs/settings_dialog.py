"""Settings: the pages an administrator keeps (database, shop, ...) and the language.

Who sees which page (issue #11): once a shop is set up only an administrator may change
where the till points, its printer or its backups. The dialog is given the acting
administrator's context (`admin`), and the admin-only pages are added only then; without
it the dialog shows the language alone. `unlocked` shows the Database page without an
administrator, only where no shop can be asked: the database did not open at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.gui import language
from cakeshop_desktop.gui.dialogs.settings_backups_page import BackupsPage
from cakeshop_desktop.gui.dialogs.settings_database_page import SettingsDatabasePage
from cakeshop_desktop.gui.dialogs.settings_policy_page import SettingsPolicyPage
from cakeshop_desktop.gui.dialogs.settings_printing_page import PrintingSettingsPage
from cakeshop_desktop.gui.dialogs.settings_shop_page import SettingsShopPage
from cakeshop_desktop.gui.dialogs.settings_terminal_page import SettingsTerminalPage
from cakeshop_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from cakeshop_desktop.gui.icons import app_icon
from cakeshop_desktop.gui.widgets.layouts import set_up_form

if TYPE_CHECKING:
    from cakeshop_desktop.gui.context import ShopContext


MIN_WIDTH = 500
MAX_WIDTH = 1000  # within a 1024-pixel screen


def is_admin(ctx: ShopContext | None) -> bool:
    """Whether `ctx` acts for an administrator (who may see every page)."""
    return ctx is not None and ctx.actor is not None and ctx.actor.role is Role.ADMIN


class SettingsDialog(QDialog):
    """Settings → Database, Shop, Policy, Printing, Backups (an administrator's) and Language.

    `database_changed(url)` is emitted once the shop server (or the local file) is saved and
    its schema is ready; the app then reopens the login on it.
    """

    database_changed = Signal(str)

    def __init__(
        self,
        current_url: str,
        parent: QWidget | None = None,
        *,
        admin: ShopContext | None = None,
        unlocked: bool = False,
    ) -> None:
        super().__init__(parent)
        self._current_url = current_url
        self.admin_ctx = admin if is_admin(admin) else None
        self.ui = Ui_SettingsDialog()
        set_up_form(self.ui, self)
        self.setWindowIcon(app_icon())
        self._fill_languages()
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)

        tabs = self.ui.settingsTabs
        self.database_page: SettingsDatabasePage | None = None
        self.backups_page: BackupsPage | None = None
        if self.admin_ctx is not None or unlocked:
            self.database_page = SettingsDatabasePage(current_url, self)
            self.database_page.database_changed.connect(self._database_changed)
            tabs.insertTab(0, self.database_page, self.tr("&Database"))
        if self.admin_ctx is not None:
            tabs.addTab(SettingsShopPage(self.admin_ctx, self), self.tr("S&hop"))
            tabs.addTab(SettingsPolicyPage(self.admin_ctx, self), self.tr("P&olicy"))
            tabs.addTab(SettingsTerminalPage(self), self.tr("Ter&minal"))
            tabs.addTab(PrintingSettingsPage(self), self.tr("Printing"))
            self.backups_page = BackupsPage(current_url, self)
            self.backups_page.restored.connect(self._database_changed)
            tabs.addTab(self.backups_page, self.tr("Backups"))
        else:
            self._say_admin_only()
        # the language last, and every tab's title in sight (no scroll arrows)
        tabs.tabBar().moveTab(tabs.indexOf(self.ui.languageTab), tabs.count() - 1)
        tabs.setCurrentIndex(0)
        margins = self.layout().contentsMargins()
        wanted = tabs.tabBar().sizeHint().width() + margins.left() + margins.right() + 8
        self.setMinimumWidth(min(max(MIN_WIDTH, wanted), MAX_WIDTH))

    def _say_admin_only(self) -> None:
        note = QLabel(
            self.tr(
                "The database, the shop's details, printing and backups are changed by an "
                "administrator."
            ),
            self,
        )
        note.setObjectName("adminOnlyLabel")
        note.setWordWrap(True)
        self.ui.mainLayout.insertWidget(0, note)

    def _fill_languages(self) -> None:
        combo = self.ui.languageCombo
        combo.addItem(self.tr("As the system ({0})").format(_system_language_name()), "")
        for code, name in language.LANGUAGES.items():
            combo.addItem(name, code)
        index = combo.findData(language.chosen_language())
        combo.setCurrentIndex(max(index, 0))

    def reject(self) -> None:
        """Close (Escape, the window's X), except while a backup or a restore is under way:
        a restore must finish and reopen the app on the data it brought back."""
        if self.backups_page is not None and self.backups_page.is_busy:
            return
        super().reject()

    @Slot(str)
    def _database_changed(self, url: str) -> None:
        """Another database, or the same with other data in it (a restore): everybody logs
        in again."""
        self.database_changed.emit(url)
        self.accept()

    @Slot(int)
    def _language_chosen(self, index: int) -> None:
        code = self.ui.languageCombo.itemData(index) or ""
        language.choose_language(code)


def _system_language_name() -> str:
    return QLocale.system().nativeLanguageName() or "English"
