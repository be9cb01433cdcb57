"""A form's result or refusal under its fields: green when done, red when refused.

One look for every such line (Settings pages, the set-up wizard, the administrator forms,
the panels' refusals) instead of a colour written in each module.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020;"


def message_label(name: str, parent: QWidget | None = None) -> QLabel:
    """A hidden, word-wrapped label named `name` for automation; `say` fills and shows it."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def say(label: QLabel, text: str, *, ok: bool = False) -> None:
    """Show `text` in green (ok) or red; no text hides the label."""
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setText(text)
    label.setVisible(bool(text))
