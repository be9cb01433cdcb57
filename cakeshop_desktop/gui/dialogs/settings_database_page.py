"""Settings → Database: test the shop server, save and connect, first admin, back to local.

The same page serves the set-up wizard (`in_wizard=True`): there it only collects and
tests the server; the wizard connects when the shop is set up.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.engine import URL

from cakeshop_desktop import config
from cakeshop_desktop.core.db.engine import ConnectionProblem, safe_url
from cakeshop_desktop.core.db.upgrade_rights import owner_url_hint
from cakeshop_desktop.core.domain import DomainError
from cakeshop_desktop.core.setup.server import (
    INVALID_SETTINGS,
    OWNER_MUST_UPGRADE,
    SCHEMA_TOO_NEW,
    TRIGGERS_NEED_SUPER,
    SchemaState,
    ServerSettings,
    ServerVerdict,
    check_server,
    connect_server,
    replica_url,
)
from cakeshop_desktop.gui.dialogs.first_admin_dialog import FirstAdminDialog
from cakeshop_desktop.gui.errors import describe, render
from cakeshop_desktop.gui.forms.ui_settings_database_page import Ui_SettingsDatabasePage
from cakeshop_desktop.gui.widgets.layouts import set_up_form
from cakeshop_desktop.gui.widgets.message_label import say
from cakeshop_desktop.gui.workers import Workers

log = logging.getLogger(__name__)


def is_local(url: str) -> bool:
    return url.startswith("sqlite")


class SettingsDatabasePage(QWidget):
    """The shop server's fields, a connection test, and (in Settings) saving the choice.

    `database_changed(url)` is emitted once the shop server (or the local file) is saved and
    its schema is ready; the app then reopens the login on it. The checks run on the page's
    own worker pool, so a dead server neither freezes the window nor marks the app offline.
    """

    database_changed = Signal(str)

    def __init__(
        self, current_url: str, parent: QWidget | None = None, *, in_wizard: bool = False
    ) -> None:
        super().__init__(parent)
        self._current_url = current_url
        self._in_wizard = in_wizard
        self._workers = Workers(self, max_threads=1)
        self._busy = False
        self.ui = Ui_SettingsDatabasePage()
        set_up_form(self.ui, self)
        self.ui.testBusyBar.hide()
        self.ui.testResultLabel.hide()
        self.ui.hostEdit.setToolTip(
            self.tr(
                "The shop server's name or address. Several servers of one cluster, "
                "separated by commas (db1, db2:3307, db3), are tried in this order."
            )
        )
        self._show_current()
        self._fill_from(current_url)
        self.ui.testButton.clicked.connect(self._test)
        self.ui.connectButton.clicked.connect(self._connect)
        self.ui.useLocalButton.clicked.connect(self._use_local)
        self.ui.useLocalButton.setEnabled(not is_local(current_url))
        for widget in (self.ui.connectButton, self.ui.localNoteLabel, self.ui.useLocalButton):
            widget.setVisible(not in_wizard)
        self.ui.currentDatabaseLabel.setVisible(not in_wizard)
        for edit in (
            self.ui.hostEdit,
            self.ui.databaseEdit,
            self.ui.userEdit,
            self.ui.serverPasswordEdit,
        ):
            edit.textEdited.connect(self._forget_result)
        self.ui.portSpin.valueChanged.connect(self._forget_result)

    # --- building

    def _show_current(self) -> None:
        if is_local(self._current_url):
            text = self.tr(
                "Now: the local database on this computer ({0}). Orders stay on this "
                "computer; connect to the shop server to share them with the other counters."
            ).format(self._current_url.removeprefix("sqlite:///"))
        else:
            text = self.tr("Now: the shop server {0}.").format(safe_url(self._current_url))
        self.ui.currentDatabaseLabel.setText(text)

    def _fill_from(self, url: str) -> None:
        settings = ServerSettings.from_url(url)
        if settings is None:
            return
        self.ui.hostEdit.setText(settings.host)
        self.ui.portSpin.setValue(settings.port)
        self.ui.databaseEdit.setText(settings.database)
        self.ui.userEdit.setText(settings.user)
        self.ui.serverPasswordEdit.setText(settings.password)
        self.ui.replicaEdit.setText(config.replica_server() or "")

    # --- the server

    def server_settings(self) -> ServerSettings:
        return ServerSettings(
            host=self.ui.hostEdit.text().strip(),
            port=self.ui.portSpin.value(),
            database=self.ui.databaseEdit.text().strip(),
            user=self.ui.userEdit.text().strip(),
            password=self.ui.serverPasswordEdit.text(),
        )

    def missing_field(self) -> str | None:
        """What the user still has to fill in (and the focus moves there), None when complete."""
        settings = self.server_settings()
        if not settings.host:
            self.ui.hostEdit.setFocus()
            return self.tr("Enter the server's name or address.")
        if not settings.database:
            self.ui.databaseEdit.setFocus()
            return self.tr("Enter the name of the shop's database on the server.")
        if not settings.user:
            self.ui.userEdit.setFocus()
            return self.tr("Enter the database user.")
        return None

    @Slot()
    def _test(self) -> None:
        self.run(check_server, self._tested)

    @Slot()
    def _connect(self) -> None:
        self.run(connect_server, self._connected)

    def run(
        self,
        check: Callable[[URL], ServerVerdict],
        on_verdict: Callable[[URL, ServerVerdict], None],
    ) -> None:
        """`check` the server of the fields on a worker; `on_verdict(url, verdict)` after."""
        if self._busy:
            return
        missing = self.missing_field()
        if missing:
            self.show_result(missing, ok=False)
            return
        url = self.server_settings().url()
        self._set_busy(True)
        self.show_result(self.tr("Connecting to {0}…").format(safe_url(url)), ok=True)

        def answered(verdict: ServerVerdict) -> None:
            self._set_busy(False)
            on_verdict(url, verdict)

        self._workers.submit(self, check, url, on_result=answered, on_error=self._failed)

    def _tested(self, _url: URL, verdict: ServerVerdict) -> None:
        self.show_result(self.verdict_text(verdict), ok=verdict.ok)

    def _connected(self, url: URL, verdict: ServerVerdict) -> None:
        if not verdict.ok:
            self.show_result(self.verdict_text(verdict), ok=False)
            return
        raw = url.render_as_string(hide_password=False)
        if not self.save(raw):
            return
        if verdict.has_admin:
            self._finish(raw)
            return
        self.show_result(self.tr("Connected. The database has no administrator yet."), ok=True)
        dialog = FirstAdminDialog(url, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._finish(raw))
        dialog.open()

    def save(self, url: str) -> bool:
        """Write the server's URL (and its reports replica) in this terminal's config file;
        False (and said) on failure, with nothing written."""
        replica = self.ui.replicaEdit.text().strip()
        try:
            if replica:
                replica_url(url, replica)  # refuses what is not one server
        except DomainError as exc:
            self.ui.replicaEdit.setFocus()
            self.show_result(describe(exc), ok=False)
            return False
        try:
            path = config.write_config_url(url)
            config.write_replica_server(replica)
        except OSError as exc:
            self.show_result(
                self.tr("Cannot save the settings: {0}").format(exc.strerror), ok=False
            )
            return False
        log.info("the shop server %s is saved in %s", safe_url(url), path)
        return True

    def _finish(self, url: str) -> None:
        overridden = os.environ.get(config.ENV_DATABASE_URL, "").strip()
        if overridden:
            QMessageBox.information(
                self,
                self.window().windowTitle(),
                self.tr(
                    "Saved. Note: the environment variable {0} names another database and "
                    "wins over these settings when the app starts."
                ).format(config.ENV_DATABASE_URL),
            )
        self.database_changed.emit(url)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.show_result(describe(error), ok=False)

    @Slot()
    def _use_local(self) -> None:
        answer = QMessageBox.question(
            self,
            self.window().windowTitle(),
            self.tr(
                "Work with the local database on this computer again? The shop server's "
                "settings are forgotten; its data stays on the server."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        config.clear_config_url()
        log.info("back to the local database")
        self._finish(config.default_database_url())

    def verdict_text(self, verdict: ServerVerdict) -> str:
        """The verdict in the user's language: what is wrong, or what connecting will do."""
        settings = self.server_settings()
        if verdict.ok:
            if verdict.schema is SchemaState.EMPTY:
                return self.tr(
                    "Connected. The database is empty: connecting creates the shop's tables."
                )
            if verdict.schema is SchemaState.OLDER:
                return self.tr(
                    "Connected. The database is from an older version: connecting upgrades it."
                )
            if verdict.has_admin is False:
                return self.tr("Connected. The database is ready but has no administrator yet.")
            return self.tr("Connected. The database is ready.")
        problem = verdict.problem
        if problem == ConnectionProblem.UNREACHABLE:
            return self.tr(
                "Cannot reach the server {0}:{1}. Check the address and the port, and that "
                "the server is running."
            ).format(settings.host, settings.port)
        if problem == ConnectionProblem.WRONG_PASSWORD:
            return self.tr(
                "The server refused the user «{0}»: wrong user name or password."
            ).format(settings.user)
        if problem == ConnectionProblem.NO_DATABASE:
            return self.tr(
                "The server has no database «{0}». Create it on the server first, or check the name."
            ).format(settings.database)
        if problem == ConnectionProblem.NOT_ALLOWED:
            return self.tr("The user «{0}» may not open the database «{1}».").format(
                settings.user, settings.database
            )
        if problem == SCHEMA_TOO_NEW:
            return self.tr(
                "The database was set up by a newer version of Cakeshop: update this app first."
            )
        if problem == OWNER_MUST_UPGRADE:
            return self.tr(
                "The user «{0}» may not create or upgrade the shop's tables, and this database "
                "needs it. The shop's owner must do it once, with an account that may: {1}"
            ).format(
                settings.user, f"cakeshop db upgrade --owner-url {owner_url_hint(settings.url())}"
            )
        if problem == TRIGGERS_NEED_SUPER:
            return self.tr(
                "Binary logging is on at the server, so it lets «{0}» create the shop's "
                "triggers only with the SUPER privilege. Ask the server's administrator for "
                "one of: {1} or {2} Then connect again. Nothing was changed."
            ).format(
                settings.user,
                "SET GLOBAL log_bin_trust_function_creators = 1;",
                f"GRANT SUPER ON *.* TO '{settings.user}'@'%';",
            )
        if problem == INVALID_SETTINGS:
            return self.tr("The settings are not valid: {0}").format(render(verdict.text))
        return self.tr("The connection failed: {0}").format(render(verdict.text))

    def show_result(self, text: str, *, ok: bool) -> None:
        say(self.ui.testResultLabel, text, ok=ok)

    @Slot()
    def _forget_result(self) -> None:
        if not self._busy:
            self.ui.testResultLabel.hide()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.testBusyBar.setVisible(busy)
        for button in (self.ui.testButton, self.ui.connectButton, self.ui.useLocalButton):
            button.setEnabled(not busy)
        if not busy:
            self.ui.useLocalButton.setEnabled(not is_local(self._current_url))

    @property
    def is_busy(self) -> bool:
        return self._busy
