"""A row of controls that wraps onto the next line when the window is narrow.

The row is a widget that places its own child widgets (as Qt's FlowLayout example does with
layout items). It is not a `QLayout` subclass on purpose: a layout written in Python keeps
the `QLayoutItem`s that Qt makes for it, and Qt deletes those items behind PySide's back (a
widget leaving the layout is taken out and deleted in C++), so their Python wrappers stayed
registered at freed addresses — a later widget at the same address came back as a stale
`QWidgetItem`, and the GUI tests' teardown crashed now and then (issue 18). Widgets are
QObjects: PySide learns of their deletion.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QSizePolicy, QWidget


class FlowRow(QWidget):
    """Lays its child widgets left to right and starts a new line where the next one does not
    fit; each line's widgets are centred on it."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._spacing = spacing
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _shown(self) -> list[QWidget]:
        """The child widgets in the order they were added, the hidden ones left out."""
        return [
            child
            for child in self.children()
            if isinstance(child, QWidget)
            and not child.isWindow()
            and not (child.isHidden() and not child.sizePolicy().retainSizeWhenHidden())
        ]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All on one line."""
        widgets = self._shown()
        width = sum(widget.sizeHint().width() for widget in widgets)
        width += self._spacing * max(0, len(widgets) - 1)
        height = max((widget.sizeHint().height() for widget in widgets), default=0)
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the widest widget: the others go on lines of their own."""
        size = QSize(0, 0)
        for widget in self._shown():
            size = size.expandedTo(_smallest(widget))
        return size

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(self.rect(), move=True)

    def event(self, event: QEvent) -> bool:
        # A child that changes its size hint, or is shown, hidden, added or taken away,
        # posts a layout request to its parent when the parent has no layout: that is us.
        if event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.ChildAdded,
            QEvent.Type.ChildRemoved,
        ):
            self.updateGeometry()
            self._arrange(self.rect(), move=True)
        return super().event(event)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the widgets line by line, each centred on its line; returns the height used."""
        lines: list[list[tuple[QWidget, int]]] = [[]]
        x = rect.x()
        for widget in self._shown():
            width = widget.sizeHint().width()
            if lines[-1] and x + width > rect.right() + 1:
                lines.append([])
                x = rect.x()
            lines[-1].append((widget, x))
            x += width + self._spacing
        y = rect.y()
        for line in lines:
            height = max((widget.sizeHint().height() for widget, _x in line), default=0)
            if move:
                for widget, left in line:
                    hint = widget.sizeHint()
                    top = y + (height - hint.height()) // 2
                    widget.setGeometry(QRect(QPoint(left, top), hint))
            y += height + self._spacing // 2
        return max(0, y - self._spacing // 2 - rect.y())


def _smallest(widget: QWidget) -> QSize:
    """How small `widget` may be made: its minimum size hint where its policy lets it shrink,
    its size hint where not, and never under its own minimum size."""
    hint, smallest = widget.sizeHint(), widget.minimumSizeHint()
    policy = widget.sizePolicy()
    width = smallest.width() if _shrinks(policy.horizontalPolicy()) else hint.width()
    height = smallest.height() if _shrinks(policy.verticalPolicy()) else hint.height()
    return QSize(width, height).expandedTo(widget.minimumSize())


def _shrinks(policy: QSizePolicy.Policy) -> bool:
    return bool(policy.value & QSizePolicy.PolicyFlag.ShrinkFlag.value)


def flow_row(parent: QWidget, groups: list[list[QWidget]]) -> QWidget:
    """A wrapping row of `groups`; the widgets of a group (a label and its box) stay together."""
    host = FlowRow(parent)
    for widgets in groups:
        if len(widgets) == 1:
            widgets[0].setParent(host)
            continue
        group = QWidget(host)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
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
