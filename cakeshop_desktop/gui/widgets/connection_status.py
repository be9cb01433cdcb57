"""Status-bar widgets saying whether the app is waiting for the database or cannot reach it."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QProgressBar, QWidget

from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.gui.labels import role_label
from cakeshop_desktop.gui.workers import Workers


class ConnectionStatus(QWidget):
    """A small busy bar while service calls run, a red 'Offline' label while the DB is gone."""

    def __init__(self, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)  # an endless "working" animation
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(90, 14)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setToolTip(self.tr("Waiting for the database…"))
        self.offline_label = QLabel(self.tr("Offline: the database is unreachable"), self)
        self.offline_label.setObjectName("offlineLabel")
        self.offline_label.setAccessibleName(self.tr("Offline"))
        self.offline_label.setStyleSheet(
            "color: white; background: #b00020; padding: 1px 6px; border-radius: 3px;"
        )
        self.offline_label.setToolTip(
            self.tr("Your work is kept. The app keeps trying; press F5 to try again now.")
        )
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.offline_label)
        self.set_busy(workers.pending > 0)
        self.set_offline(workers.is_offline)
        workers.busy_changed.connect(self.set_busy)
        workers.offline_changed.connect(self.set_offline)

    @Slot(bool)
    def set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)

    @Slot(bool)
    def set_offline(self, offline: bool) -> None:
        self.offline_label.setVisible(offline)


def add_user_status(window: QMainWindow, workers: Workers, user: UserDTO) -> ConnectionStatus:
    """The status bar of a main window: busy/offline, and who is logged in with which role."""
    bar = window.statusBar()
    status = ConnectionStatus(workers, bar)
    bar.addPermanentWidget(status)
    who = QLabel(f"{user.full_name or user.username} · {role_label(user.role)}")
    who.setObjectName("userLabel")
    bar.addPermanentWidget(who)
    return status
