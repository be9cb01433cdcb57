"""One column of the bakers' board: day headings and the task cards under them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from cakeshop_desktop.core.domain import TaskStatus
from cakeshop_desktop.core.types.production import Board, TaskCard
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.labels import customer_label
from cakeshop_desktop.gui.models.base import (
    CARD_ROLE,
    HEADING_ROLE,
    OVERDUE_ROLE,
    AnyIndex,
    Column,
    RowsModel,
)


@dataclass(frozen=True, slots=True)
class BoardRow:
    """A day heading (card None) or a card under the heading of its day."""

    key: str
    heading: str = ""
    card: TaskCard | None = None
    overdue: bool = False


def day_heading(day: date, capacity: int, booked: int) -> str:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        name = day.strftime("%a %d.%m")
    else:
        name = locale.toString(day, "ddd d MMMM")
    return QCoreApplication.translate("BoardColumnModel", "{0} · {1} of {2} booked").format(
        name, booked, capacity
    )


def column_rows(board: Board, status: TaskStatus) -> list[BoardRow]:
    """The rows of one column: overdue cards first, then each day with its cards."""
    rows: list[BoardRow] = []
    overdue = [card for card in board.overdue if card.status is status]
    if overdue:
        rows.append(
            BoardRow(
                key="overdue", heading=QCoreApplication.translate("BoardColumnModel", "Overdue")
            )
        )
        rows += [BoardRow(key=f"task {c.id}", card=c, overdue=True) for c in overdue]
    for day in board.days:
        rows.append(
            BoardRow(key=f"day {day.day}", heading=day_heading(day.day, day.capacity, day.booked))
        )
        rows += [BoardRow(key=f"task {c.id}", card=c) for c in day.column(status)]
    return rows


def row_text(row: BoardRow) -> str:
    return row.heading if row.card is None else card_text(row.card)


class BoardColumnModel(RowsModel[BoardRow]):
    """The rows of one column, shown by a list view: one column of day headings and cards.
    `update_rows` changes only what changed when the layout stays."""

    COLUMNS = (Column("", row_text),)

    def __init__(self, status: TaskStatus, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = status

    def row_key(self, row: BoardRow) -> int | str:
        """A card's task id (what `row_of` finds), a heading's key."""
        return row.card.id if row.card is not None else row.key

    def cards(self) -> list[TaskCard]:
        return [row.card for row in self._rows if row.card is not None]

    # ------------------------------------------------------------ Qt model

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not self.row_in_range(index) or self._rows[index.row()].card is None:
            return Qt.ItemFlag.NoItemFlags  # headings are skipped by the keyboard
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def cell_data(self, row: BoardRow, column: int, role: int) -> Any:
        card = row.card
        if role == HEADING_ROLE:
            return card is None
        if role == CARD_ROLE:
            return card
        if role == OVERDUE_ROLE:
            return row.overdue
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and card is not None:
            return card_text(card, full=True)
        return None


def card_title(card: TaskCard) -> str:
    return f"{card.cake_name} × {card.quantity}"


def card_origin(card: TaskCard) -> str:
    if card.is_batch:
        return QCoreApplication.translate("BoardColumnModel", "Showcase batch")
    return QCoreApplication.translate("BoardColumnModel", "Order {0} · {1}").format(
        card.order_number, customer_label(card.customer_name)
    )


def card_text(card: TaskCard, *, full: bool = False) -> str:
    """The card in words: for screen readers, tooltips and tests."""
    lines = [
        card_title(card),
        QCoreApplication.translate("BoardColumnModel", "Pickup {0}").format(date_time(card.due_at)),
        card_origin(card),
    ]
    if card.inscription:
        lines.append(
            QCoreApplication.translate("BoardColumnModel", "Inscription: «{0}»").format(
                card.inscription
            )
        )
    if card.notes and not card.is_batch:
        lines.append(
            QCoreApplication.translate("BoardColumnModel", "Notes: {0}").format(card.notes)
        )
    if full and card.order_notes:
        lines.append(
            QCoreApplication.translate("BoardColumnModel", "Order notes: {0}").format(
                card.order_notes
            )
        )
    if card.allergens:
        lines.append(
            QCoreApplication.translate("BoardColumnModel", "Allergens: {0}").format(
                ", ".join(card.allergens)
            )
        )
    if card.baker:
        lines.append(
            QCoreApplication.translate("BoardColumnModel", "Baker: {0}").format(card.baker)
        )
    return "\n".join(lines)
