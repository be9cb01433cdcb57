"""How a refusal or a failure reaches the user: a message box or an inline label, never a log only."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from cakeshop_desktop.core.domain import DatabaseUnavailable, DomainError
from cakeshop_desktop.core.messages import Message, Template, UnitName
from cakeshop_desktop.core.reasons import readable
from cakeshop_desktop.gui.labels import label, unit_label


def render(message: Message | str) -> str:
    """A core message in the user's language: the template translated, then filled.

    Arguments that are templates or messages themselves are translated too, enum values are
    shown by their labels (gui/labels.py), anything else as it is (a name, a date). A plain
    `str` that was never marked is shown as it came."""
    if not isinstance(message, Message):
        return _translated(message) if isinstance(message, Template) else str(message)
    n = -1 if message.n is None else message.n
    text = QCoreApplication.translate("", message.template, None, n)
    if message.n is not None:
        text = text.replace("%n", QLocale().toString(message.n))
    if not message.args:
        return text
    return text.format(*(_argument(arg) for arg in message.args))


def reason_text(stored: str | None) -> str:
    """A reason kept in the database (a code of the app's or what a person typed) to show."""
    return render(readable(stored))


def _translated(template: str) -> str:
    return QCoreApplication.translate("", template)


def _argument(value: object) -> object:
    if isinstance(value, Message | Template):
        return render(value)
    if isinstance(value, enum.Enum):
        return label(value)
    if isinstance(value, UnitName):
        return unit_label(value)
    if isinstance(value, tuple):
        return "; ".join(str(_argument(item)) for item in value)
    return value  # as it is, so that "{0:%d.%m.%Y}" formats a date


def describe(error: BaseException) -> str:
    """The sentence to show for an error from a service call."""
    if isinstance(error, DatabaseUnavailable):
        return QCoreApplication.translate(
            "errors", "The database is unreachable: {0}\nYour work is kept; try again."
        ).format(render(error.text))
    if isinstance(error, DomainError):
        return render(error.text)
    return QCoreApplication.translate(
        "errors", "Something went wrong: {0}. Nothing was saved; the details are in the log."
    ).format(type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A modal message box with the error in words."""
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("errors", "Cakeshop"), describe(error)
    )


def show_inline(label: QLabel, error: BaseException | None) -> None:
    """Put the error in an inline label (or clear it with None)."""
    label.setText("" if error is None else describe(error))
    label.setVisible(error is not None)
