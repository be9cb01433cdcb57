"""Pictures on both databases: the counter's thumbnails and detail pane, the admin's picture
panel (a file chosen or dropped; a refused file leaves the picture as it was)."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox

from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.services import pictures
from cakeshop_desktop.gui.models.catalog_model import CatalogModel
from cakeshop_desktop.gui.windows.admin_window import AdminWindow
from tests.gui.conftest import WAIT_MS, type_text, wait_idle
from tests.gui.order_helpers import place, shop_context

RED = (220, 20, 30)
BLUE = (20, 40, 220)


def picture_file_bytes(colour: tuple[int, int, int], fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1600, 1200), colour).save(out, fmt)
    return out.getvalue()


def centre_colour(pixmap: QPixmap) -> QColor:
    image = pixmap.toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def close_to(colour: QColor, rgb: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip(colour.getRgb()[:3], rgb, strict=True))


def row_of(window, cake_id: int) -> int:
    row = window.catalog_model.row_of(cake_id)
    assert row >= 0
    return row


def test_a_stored_picture_shows_as_a_thumbnail_and_in_the_detail_pane(qtbot, shop, make_window):
    cake = pictures.attach_picture(
        shop.uow, shop.user(Role.ADMIN), shop.medovik, picture_file_bytes(RED)
    )
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    model = window.catalog_model
    view = window.ui.catalogView

    medovik = model.index(row_of(window, shop.medovik), CatalogModel.COL_PICTURE)
    view.scrollTo(medovik)
    model.data(medovik, Qt.ItemDataRole.DecorationRole)  # as a paint asks for it
    qtbot.waitUntil(
        lambda: isinstance(model.data(medovik, Qt.ItemDataRole.DecorationRole), QPixmap),
        timeout=WAIT_MS,
    )
    thumbnail = model.data(medovik, Qt.ItemDataRole.DecorationRole)
    assert close_to(centre_colour(thumbnail), RED)
    assert thumbnail.height() <= view.iconSize().height()
    # a cake without a picture keeps its shelf's icon
    napoleon = model.index(row_of(window, shop.napoleon), CatalogModel.COL_PICTURE)
    assert isinstance(model.data(napoleon, Qt.ItemDataRole.DecorationRole), QIcon)

    pane = window.findChild(QFrame, "cakeDetailPane")
    label = window.findChild(QLabel, "cakePictureLabel")
    assert pane is not None and pane.isVisible() and label is not None
    view.setCurrentIndex(model.index(medovik.row(), CatalogModel.COL_NAME))
    qtbot.waitUntil(lambda: close_to(centre_colour(label.pixmap()), RED), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: pane.composition_label.isVisible(), timeout=WAIT_MS)
    shown = " ".join(child.text() for child in pane.findChildren(QLabel))
    for expected in (cake.name, cake.description, "1,000 g", "1,250.50", "глютен, молоко, яйца"):
        assert expected in shown, expected
    assert "Composition:" in shown


def test_a_changed_picture_reaches_the_counter_at_its_next_reload(qtbot, shop, make_window):
    admin = shop.user(Role.ADMIN)
    pictures.attach_picture(shop.uow, admin, shop.napoleon, picture_file_bytes(RED, "JPEG"))
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    label = window.findChild(QLabel, "cakePictureLabel")
    model, view = window.catalog_model, window.ui.catalogView
    view.setCurrentIndex(model.index(row_of(window, shop.napoleon), CatalogModel.COL_NAME))
    qtbot.waitUntil(lambda: close_to(centre_colour(label.pixmap()), RED), timeout=WAIT_MS)

    pictures.attach_picture(shop.uow, admin, shop.napoleon, picture_file_bytes(BLUE, "WEBP"))
    window.refresh()
    wait_idle(qtbot, window)
    view.setCurrentIndex(model.index(row_of(window, shop.napoleon), CatalogModel.COL_NAME))
    qtbot.waitUntil(lambda: close_to(centre_colour(label.pixmap()), BLUE), timeout=WAIT_MS)


def test_the_detail_pane_says_what_the_list_says_after_a_reload(qtbot, shop, make_window):
    window = make_window(Role.CASHIER)
    wait_idle(qtbot, window)
    model, view, pane = window.catalog_model, window.ui.catalogView, window.detail_pane
    view.setCurrentIndex(model.index(row_of(window, shop.medovik), CatalogModel.COL_NAME))
    assert "3 in stock" in pane.facts_label.text()

    place(shop.uow, shop.cashier, {shop.medovik: 3}, paid=Decimal("3751.50"))  # another till
    window.refresh()
    wait_idle(qtbot, window)
    listed = model.index(row_of(window, shop.medovik), CatalogModel.COL_AVAILABILITY).data()
    assert "3 in stock" not in listed
    assert listed in pane.facts_label.text()  # not "3 in stock" beside the list's "sold out"

    type_text(window.ui.catalogSearchEdit, "Прага")
    window.filters.apply_now()
    wait_idle(qtbot, window)
    assert model.row_of(shop.medovik) < 0
    assert pane.cake is None  # the list no longer shows it


# --------------------------------------------------------------- the admin's picture panel


@pytest.fixture
def warnings_shown(monkeypatch):
    shown: list[str] = []

    def box(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(box))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(box))
    return shown


@pytest.fixture
def admin_window(qtbot, shop, engine, warnings_shown):
    with shop_context(engine, shop.admin) as ctx:
        window = AdminWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.cakes_model.rowCount() > 0, timeout=WAIT_MS)
        yield window
        qtbot.waitUntil(lambda: window._ctx.workers.pending == 0, timeout=WAIT_MS)


def drop_file(panel, path) -> None:
    """A file dragged from a file manager and dropped (the handlers get the events that the
    window system would deliver; offscreen Qt delivers none)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    args = (
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(10, 10), *args)
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(10, 10).toPointF(), *args)
    panel.dropEvent(drop)
    assert drop.isAccepted()


def choose_cake(qtbot, window, cake_id: int) -> None:
    model = window.cakes_model
    row = next(r for r in range(model.rowCount()) if model.row(r).original.get("id") == cake_id)
    window.ui.cakesView.setCurrentIndex(model.index(row, 1))
    qtbot.waitUntil(lambda: window.picture_panel.cake_id == cake_id, timeout=WAIT_MS)


def stored_key(shop, cake_id: int) -> str | None:
    found = pictures.cake_picture(shop.uow, shop.user(Role.ADMIN), cake_id)
    return None if found is None else found.key


def test_a_dropped_picture_is_saved_and_a_refused_file_changes_nothing(
    qtbot, shop, admin_window, warnings_shown, tmp_path
):
    panel = admin_window.picture_panel
    assert panel.objectName() == "cakePicturePanel"
    choose_cake(qtbot, admin_window, shop.praga)
    photo = tmp_path / "praga.jpg"
    photo.write_bytes(picture_file_bytes(RED, "JPEG"))
    drop_file(panel, photo)
    qtbot.waitUntil(lambda: stored_key(shop, shop.praga) is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.remove_button.isEnabled(), timeout=WAIT_MS)
    assert close_to(centre_colour(panel.preview.pixmap()), RED)
    assert "is saved" in admin_window.statusBar().currentMessage()
    saved = stored_key(shop, shop.praga)

    for name, content, message in (
        ("notes.png", b"these are notes, not a picture", "not a PNG, JPEG or WebP"),
        ("big.jpg", b"\xff\xd8\xff" + b"\0" * (16 * 1024 * 1024), "at most 15 MB"),
    ):
        bad = tmp_path / name
        bad.write_bytes(content)
        warnings_shown.clear()
        drop_file(panel, bad)
        qtbot.waitUntil(lambda: bool(warnings_shown), timeout=WAIT_MS)
        assert message in warnings_shown[0]
        assert stored_key(shop, shop.praga) == saved  # the picture as it was
    qtbot.waitUntil(
        lambda: panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull(),
        timeout=WAIT_MS,
    )
    assert close_to(centre_colour(panel.preview.pixmap()), RED)

    panel.remove_button.click()
    qtbot.waitUntil(lambda: stored_key(shop, shop.praga) is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not panel.remove_button.isEnabled(), timeout=WAIT_MS)
