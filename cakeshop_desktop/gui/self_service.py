"""A customer's window on a self-service screen: full screen, no File or Settings, a way out."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QPushButton

from cakeshop_desktop.gui.i18n import tr as _tr

# What a customer at a shared screen must not reach (the till's settings, quitting the app).
LOCKED_ACTIONS = ("settingsAction", "quitAction")


def make_self_service(window: QMainWindow, idle_minutes: float) -> None:
    """Take away the File menu and Settings, add a Log out button and the idle note."""
    file_menu = window.findChild(QMenu, "fileMenu")
    if file_menu is not None:
        file_menu.menuAction().setVisible(False)
    for name in LOCKED_ACTIONS:
        action = window.findChild(QAction, name)
        if action is not None:
            action.setEnabled(False)
            action.setVisible(False)
    logout = window.findChild(QAction, "logoutAction")
    if logout is not None:
        button = QPushButton(_tr("Log &out"), window)
        button.setObjectName("selfServiceLogoutButton")
        button.setAccessibleName(_tr("Log out"))
        button.clicked.connect(logout.trigger)
        window.statusBar().addPermanentWidget(button)
    minutes = _minutes(idle_minutes)
    note = QLabel(_tr("Log out after {0} min idle").format(minutes), window)
    note.setObjectName("selfServiceNoteLabel")
    note.setToolTip(
        _tr("You are logged out after {0} min without input; your cart is kept.").format(minutes)
    )
    window.statusBar().addPermanentWidget(note)


def _minutes(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
