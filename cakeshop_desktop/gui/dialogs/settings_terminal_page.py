"""Settings → This terminal (an administrator's): a customers' self-service screen or not."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop import config
from cakeshop_desktop.core.domain import DomainError
from cakeshop_desktop.gui.errors import render
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.gui.widgets.message_label import message_label, say


class SettingsTerminalPage(QWidget):
    """Writes `[terminal]` of this computer's config.toml; applies from the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terminalPage")
        self.self_service_check = QCheckBox(
            self.tr("&Self-service screen for customers on this computer"), self
        )
        self.self_service_check.setObjectName("selfServiceCheck")
        note = QLabel(
            self.tr(
                "Full screen, without the File menu and the settings: a customer logs in, "
                "orders and is logged out after the minutes below without input (the cart "
                "is kept). Staff who log in here get their usual windows. Applies from the "
                "next start of the app."
            ),
            self,
        )
        note.setWordWrap(True)
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setObjectName("idleMinutesSpin")
        self.idle_spin.setAccessibleName(self.tr("Minutes without input before logging out"))
        self.idle_spin.setRange(1, config.MAX_IDLE_MINUTES)
        self.idle_spin.setSuffix(self.tr(" min"))
        form = QFormLayout()
        form.addRow(self.tr("Log out &after:"), self.idle_spin)
        self.result_label = message_label("terminalResultLabel", self)
        self.save_button = QPushButton(self.tr("Sa&ve for this terminal"), self)
        self.save_button.setObjectName("saveTerminalButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.self_service_check)
        layout.addWidget(note)
        nest(layout, form)
        layout.addWidget(self.result_label)
        nest(layout, buttons)
        layout.addStretch(1)
        self._load()
        self.self_service_check.toggled.connect(self.idle_spin.setEnabled)

    def _load(self) -> None:
        try:
            minutes = config.self_service_minutes()
        except DomainError as exc:
            self._say(render(exc.text), ok=False)
            minutes = float(config.DEFAULT_IDLE_MINUTES)
        self.self_service_check.setChecked(minutes is not None)
        self.idle_spin.setValue(max(1, round(minutes or config.DEFAULT_IDLE_MINUTES)))
        self.idle_spin.setEnabled(minutes is not None)

    @Slot()
    def _save(self) -> None:
        minutes = self.idle_spin.value() if self.self_service_check.isChecked() else None
        try:
            config.write_self_service(minutes)
        except (OSError, DomainError) as exc:
            reason = render(exc.text) if isinstance(exc, DomainError) else exc.strerror
            self._say(self.tr("Cannot save the settings: {0}").format(reason), ok=False)
            return
        self._say(self.tr("Saved: applies from the next start of the app."), ok=True)

    def _say(self, text: str, *, ok: bool) -> None:
        say(self.result_label, text, ok=ok)
