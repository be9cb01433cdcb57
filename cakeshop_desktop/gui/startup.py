"""Start-up when the chosen database does not open: a message with a way out, not a silent exit."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from cakeshop_desktop.config import default_database_url
from cakeshop_desktop.core.db.engine import safe_url
from cakeshop_desktop.gui.app import ensure_application, run
from cakeshop_desktop.gui.crash import install_excepthook
from cakeshop_desktop.gui.dialogs.settings_dialog import SettingsDialog
from cakeshop_desktop.logs import setup_logging

log = logging.getLogger(__name__)


def run_unreachable(database_url: str, reason: str) -> int:
    """The chosen database did not open: say why, offer the settings or the local database.

    Exit code 2 (as on the command line) when the user just closes the message.
    """
    log_path = setup_logging()
    ensure_application()
    install_excepthook(log_path)
    log.warning("cannot open %s: %s", safe_url(database_url), reason)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Shell", "Cakeshop"),
        QCoreApplication.translate("Shell", "The shop database cannot be opened:\n{0}").format(
            reason
        ),
    )
    box.setObjectName("unreachableBox")
    settings = box.addButton(
        QCoreApplication.translate("Shell", "&Settings…"), QMessageBox.ButtonRole.ActionRole
    )
    local = box.addButton(
        QCoreApplication.translate("Shell", "Use the &local database"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is local:
        return run(default_database_url())
    if box.clickedButton() is settings:
        # No shop to ask for an administrator: the database itself does not open.
        dialog = SettingsDialog(database_url, unlocked=True)
        chosen: list[str] = []
        dialog.database_changed.connect(chosen.append)
        dialog.exec()
        if chosen:
            return run(chosen[-1])
    return 2
