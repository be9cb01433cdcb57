"""A row of controls that wraps onto the next line when the window is narrow.

After Qt's FlowLayout example (pyside-setup: examples/widgets/layouts/flowlayout).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Lays its items left to right and starts a new line where the next one does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        width = sum(item.sizeHint().width() for item in self._items)
        width += self._spacing * max(0, len(self._items) - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSize(self) -> QSize:
        """As narrow as the widest item: the others go on lines of their own."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items line by line, each centred on its line; returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if lines[-1] and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, x))
            x += width + self._spacing
        y = area.y()
        for line in lines:
            height = max((item.sizeHint().height() for item, _x in line), default=0)
            if move:
                for item, left in line:
                    hint = item.sizeHint()
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(left, top), hint))
            y += height + self._spacing // 2
        return max(0, y - self._spacing // 2 - rect.y()) + margins.bottom()


def flow_row(parent: QWidget, groups: list[list[QWidget]]) -> QWidget:
    """A wrapping row of `groups`; the widgets of a group (a label and its box) stay together."""
    host = QWidget(parent)
    host.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    flow = FlowLayout(host)
    for widgets in groups:
        if len(widgets) == 1:
            flow.addWidget(widgets[0])
            continue
        group = QWidget(host)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        flow.addWidget(group)
    return host


def wrap_row(outer: QBoxLayout, row: QLayout, groups: list[list[QWidget]], name: str) -> QWidget:
    """Put a designed row of `outer` into a wrapping row `name` (its spacers go); the Tab
    order stays as designed."""
    parent = outer.parentWidget()
    tab_order = _tab_chain(parent.window())
    index = outer.indexOf(row)
    outer.removeItem(row)
    host = flow_row(parent, groups)
    host.setObjectName(name)
    outer.insertWidget(index, host)
    row.deleteLater()
    for first, second in zip(tab_order, tab_order[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return host


def _tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in `window`, in order (moving a widget puts it last)."""
    chain = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in chain:
        owner = widget.parentWidget()  # a spin box's own line edit is part of the spin box
        inner = owner is not None and bool(owner.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not inner:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain
