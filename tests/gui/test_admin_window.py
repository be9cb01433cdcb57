"""The admin window on SQLite and MariaDB: grids, users, audit log, refusals shown, nothing lost."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QLineEdit

from cakeshop_desktop.core.domain import AuthenticationFailed, CatalogQuery, Role
from cakeshop_desktop.core.services import assortment, auth, catalog, table_editor, users
from cakeshop_desktop.core.services.table_editor import ChangeKind, RowChange
from cakeshop_desktop.gui.dialogs.user_dialog import UserDialog
from cakeshop_desktop.gui.models.audit_model import AuditModel
from cakeshop_desktop.gui.models.table_model import TableModel
from cakeshop_desktop.gui.models.users_model import UsersModel
from cakeshop_desktop.gui.windows.admin_window import AdminWindow
from tests.gui.conftest import wait_idle as wait_counter_idle
from tests.gui.order_helpers import shop_context
from tests.integration.support import cashier_sale, snapshot  # noqa: F401

WAIT = 15_000


@pytest.fixture
def window(qtbot, shop, engine, boxes):
    with shop_context(engine, shop.admin) as ctx:
        built = AdminWindow(ctx)
        qtbot.addWidget(built)
        built.show()
        qtbot.waitExposed(built)
        wait_idle(qtbot, built)
        yield built
        wait_idle(qtbot, built)


def wait_idle(qtbot, window):
    models = (window.cakes_model, window.categories_model, window.table_model)
    qtbot.waitUntil(
        lambda: window._ctx.workers.pending == 0 and not any(m.is_busy for m in models),
        timeout=WAIT,
    )


def open_table(qtbot, window, name):
    window.ui.adminTabs.setCurrentWidget(window.ui.tablesTab)
    window.ui.tablesList.setCurrentItem(window.table_item(name))
    qtbot.waitUntil(lambda: window.table_model.table == name, timeout=WAIT)
    wait_idle(qtbot, window)
    return window.table_model


def cell(model: TableModel, key, column):
    row = next(i for i in range(model.rowCount()) if model.row(i).key == str(key))
    return model.index(row, model.column_index(column))


def click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def catalogue(shop):
    page = catalog.search_catalog(
        shop.uow, shop.admin, CatalogQuery(include_inactive=True, limit=500)
    )
    return {cake.sku: cake for cake in page.items}


def test_the_window_has_its_automation_names_and_actions(qtbot, window):
    assert window.objectName() == "adminWindow"
    for name in (
        "tablesList",
        "tableGrid",
        "tableFilterEdit",
        "addRowButton",
        "deleteRowButton",
        "saveChangesButton",
        "revertChangesButton",
        "usersView",
        "addUserButton",
        "auditView",
    ):
        widget = getattr(window.ui, name)
        assert widget.objectName() == name and widget.accessibleName(), name
    for name, signal in (
        ("openOrderingAction", window.open_ordering_requested),
        ("openProductionAction", window.open_production_requested),
        ("openAnalyticsAction", window.open_analytics_requested),
        ("logoutAction", window.logout_requested),
    ):
        action = window.findChild(QAction, name)
        assert action is not None
        with qtbot.waitSignal(signal, timeout=1000):
            action.trigger()


def test_every_table_is_listed_and_audit_log_is_read_only(qtbot, window, shop):
    tables = window.ui.tablesList
    listed = {tables.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tables.count())}
    assert listed - {None} == {
        entry.name for entry in table_editor.list_tables(shop.uow, shop.admin)
    }
    model = open_table(qtbot, window, "audit_log")
    assert model.read_only and not window.ui.addRowButton.isEnabled()
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable


@pytest.mark.parametrize("table", ["cakes", "orders", "users", "production_days", "audit_log"])
def test_the_table_model_passes_the_model_tester(qtbot, qtmodeltester, window, shop, table):
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    model = open_table(qtbot, window, table)
    model.insert_new_row()
    qtmodeltester.check(model, force_py=True)
    model.revert_changes()
    model.reload()
    wait_idle(qtbot, window)


def test_the_users_model_passes_the_model_tester(qtbot, qtmodeltester, window):
    users = UsersModel(window._ctx)
    users.refresh()
    qtbot.waitUntil(lambda: users.rowCount() == 4, timeout=WAIT)
    qtmodeltester.check(users, force_py=True)


def test_the_audit_model_passes_the_model_tester_and_loads_lazily(qtbot, qtmodeltester, window):
    audit = AuditModel(window._ctx, page_size=2)
    audit.refresh()
    qtbot.waitUntil(lambda: audit.rowCount() > 0 and not audit.is_loading, timeout=WAIT)
    assert audit.rowCount() == 2 and audit.canFetchMore()
    audit.fetchMore()
    qtbot.waitUntil(lambda: audit.rowCount() == 4 and not audit.is_loading, timeout=WAIT)
    assert not audit.canFetchMore()
    qtmodeltester.check(audit, force_py=True)


def names_in_the_counters_catalogue(qtbot, ordering) -> set[str]:
    """What a cashier's ordering window lists after a refresh (F5)."""
    ordering.refresh()
    wait_counter_idle(qtbot, ordering)
    model = ordering.catalog_model
    column = model.COL_NAME
    return {model.index(row, column).data() for row in range(model.rowCount())}


def test_add_edit_and_delete_a_cake_through_the_grid(qtbot, window, shop, make_window):
    model = open_table(qtbot, window, "cakes")
    click(qtbot, window.ui.addRowButton)
    row = model.rowCount() - 1
    values = {
        "sku": "4600777",
        "name": "Прага новая",
        "price": "2 100,50",
        "category_id": shop.category_id,
        "stock_qty": 4,
    }
    for column, value in values.items():
        assert model.setData(model.index(row, model.column_index(column)), value)
    assert model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole) is not None
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    cake = catalogue(shop)["4600777"]
    assert (cake.name, cake.price, cake.stock_qty, cake.category_name) == (
        "Прага новая",
        Decimal("2100.50"),
        4,
        "Торты",
    )
    ordering = make_window(Role.CASHIER)
    assert "Прага новая" in names_in_the_counters_catalogue(qtbot, ordering)
    model.setData(cell(model, cake.id, "price"), "1999.99")
    model.setData(
        cell(model, cake.id, "made_to_order"),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    cake = catalogue(shop)["4600777"]
    assert cake.price == Decimal("1999.99") and cake.made_to_order and cake.version == 2
    window.ui.tableGrid.setCurrentIndex(cell(model, cake.id, "name"))
    click(qtbot, window.ui.deleteRowButton)
    assert model.is_dirty
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    assert "4600777" not in catalogue(shop)
    assert "Прага новая" not in names_in_the_counters_catalogue(qtbot, ordering)


def test_typing_into_a_cell_editor_goes_through_the_delegate(qtbot, window, shop):
    model = open_table(qtbot, window, "cakes")
    view = window.ui.tableGrid
    index = cell(model, shop.medovik, "price")
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "1500,7")
    assert editor.text() == "1500,7", editor.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on a queued call
    qtbot.waitUntil(
        lambda: model.data(index, Qt.ItemDataRole.EditRole) == Decimal("1500.7"), timeout=WAIT
    )
    category = cell(model, shop.medovik, "category_id")
    view.setCurrentIndex(category)
    view.edit(category)
    combo = view.indexWidget(category)
    assert isinstance(combo, QComboBox)
    wait_idle(qtbot, window)  # the drop-down is filled by a worker
    assert combo.findText("Торты") >= 0
    combo.setCurrentIndex(combo.findText("Торты"))
    view.commitData(combo)
    view.closeEditor(combo, QAbstractItemDelegate.EndEditHint.NoHint)
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    assert catalogue(shop)["4600001"].price == Decimal("1500.70")
    assert catalogue(shop)["4600001"].category_name == "Торты"


def type_into_cell(qtbot, window, index, typed):
    """Open the cell's editor as a user does (F2), type, press Enter; return what it showed."""
    view = window.ui.tableGrid
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), type(editor)
    editor.selectAll()
    if typed.isascii():
        qtbot.keyClicks(editor, typed)
    else:
        editor.insert(typed)  # QTest types Latin-1 only; other scripts come as an input method's
    shown = editor.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None, timeout=WAIT)
    return shown


@pytest.mark.parametrize(
    ("column", "typed", "reason"),
    [
        ("price", "-100", "Cannot be negative"),
        ("price", "300.12345", "more than 2 digits after the decimal point"),
        ("price", "\u0663\u0660\u0660", "not a number"),  # Arabic-Indic 300
        ("price", "1_000", "not a number"),
        ("price", "12 руб", "not a number"),
        ("stock_qty", "-3", "Cannot be negative"),
        ("stock_qty", "1.5", "Not a whole number"),
        ("stock_qty", "\uff15", "Not a whole number"),  # a full-width 5
        ("weight_grams", "99999999999", "out of range"),
        ("name", "Медовик\u202eкисм", "invisible control character (U+202E)"),
    ],
)
def test_a_number_editor_keeps_what_was_typed_and_refuses_it_with_a_message(
    qtbot, window, shop, boxes, column, typed, reason
):
    model = open_table(qtbot, window, "cakes")
    before = snapshot(shop.uow)
    index = cell(model, shop.medovik, column)
    assert type_into_cell(qtbot, window, index, typed) == typed  # no keystroke dropped
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == typed  # not flipped or clipped
    assert reason in model.data(index, TableModel.ERROR_ROLE)
    assert reason in window.statusBar().currentMessage()
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    assert boxes and "Nothing was saved" in boxes[-1] and reason in boxes[-1]
    assert snapshot(shop.uow) == before
    assert catalogue(shop)["4600001"].price == Decimal("1250.50")


@pytest.mark.parametrize(
    ("column", "typed", "stored"),
    [
        ("price", "1 300,5", Decimal("1300.50")),
        ("stock_qty", "7", 7),
        ("weight_grams", "+950", 950),
    ],
)
def test_a_number_typed_in_the_grid_is_saved_as_typed(qtbot, window, shop, column, typed, stored):
    model = open_table(qtbot, window, "cakes")
    index = cell(model, shop.medovik, column)
    type_into_cell(qtbot, window, index, typed)
    assert not model.data(index, TableModel.ERROR_ROLE)
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    cake = catalogue(shop)["4600001"]
    assert {"price": cake.price, "stock_qty": cake.stock_qty, "weight_grams": cake.weight_grams}[
        column
    ] == stored


@pytest.mark.parametrize(
    ("column", "garbage"),
    [
        ("price", "дорого"),
        ("price", "-5"),
        ("stock_qty", "1.5"),
        ("category_id", "Торты"),
        ("category_id", "9999"),
        ("name", ""),
        ("sku", "4600002"),
        ("made_to_order", "maybe"),
        ("created_at", "2025-01-01"),
    ],
)
def test_garbage_in_cells_is_refused_with_a_message(qtbot, window, shop, boxes, column, garbage):
    model = open_table(qtbot, window, "cakes")
    before = snapshot(shop.uow)
    index = cell(model, shop.medovik, column)
    accepted = model.setData(index, garbage)
    if column == "created_at":
        assert not accepted  # read-only: the grid does not even take it
        return
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    assert boxes and "Nothing was saved" in boxes[-1]
    assert model.data(index, TableModel.ERROR_ROLE)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(
        index, TableModel.ERROR_ROLE
    )
    assert snapshot(shop.uow) == before
    model.setData(index, model.row(index.row()).original[column])
    assert not model.data(index, TableModel.ERROR_ROLE)


def test_revert_forgets_pending_edits_and_save_is_enabled_only_when_dirty(qtbot, window, shop):
    model = open_table(qtbot, window, "cakes")
    assert not window.ui.saveChangesButton.isEnabled()
    assert not window.ui.revertChangesButton.isEnabled()
    model.setData(cell(model, shop.napoleon, "name"), "Наполеон II")
    click(qtbot, window.ui.addRowButton)
    assert window.ui.saveChangesButton.isEnabled() and window.ui.revertChangesButton.isEnabled()
    rows = model.rowCount()
    click(qtbot, window.ui.revertChangesButton)
    assert model.rowCount() == rows - 1 and not model.is_dirty
    assert model.data(cell(model, shop.napoleon, "name")) == "Наполеон"
    assert not window.ui.saveChangesButton.isEnabled()
    assert catalogue(shop)["4600002"].name == "Наполеон"


def test_a_conflict_offers_to_reload(qtbot, window, shop, monkeypatch):
    model = open_table(qtbot, window, "cakes")
    asked = []
    monkeypatch.setattr(window, "ask_reload", lambda text: asked.append(text) or True)
    page = table_editor.fetch_rows(shop.uow, shop.admin, "cakes")
    original = dict(zip(page.columns, page.rows[0].values, strict=True))
    table_editor.apply_changes(
        shop.uow,
        shop.admin,
        "cakes",
        [
            RowChange(
                ChangeKind.UPDATE, page.rows[0].key, original=original, values={"price": "777"}
            )
        ],
    )
    model.setData(cell(model, page.rows[0].key, "price"), "888")
    click(qtbot, window.ui.saveChangesButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    wait_idle(qtbot, window)
    assert "changed by someone else" in asked[0]
    assert model.data(cell(model, page.rows[0].key, "price")) == "777.00"
    assert not model.is_dirty


def test_filter_and_sort_run_in_sql(qtbot, window, shop):
    model = open_table(qtbot, window, "cakes")
    window.ui.tableFilterEdit.setText("напол")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT)
    window.ui.tableFilterEdit.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT)
    window.ui.tableGrid.sortByColumn(model.column_index("price"), Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, window)
    assert [model.row(i).original["sku"] for i in range(3)] == ["4600003", "4600001", "4600002"]


def test_register_a_user_who_can_then_log_in(qtbot, window, shop):
    window.ui.adminTabs.setCurrentWidget(window.ui.usersTab)
    qtbot.waitUntil(lambda: window.users_panel.model.rowCount() == 4, timeout=WAIT)
    click(qtbot, window.ui.addUserButton)
    dialog = window.findChild(UserDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.ui.fullNameEdit.setText("Светлана Орлова")
    qtbot.keyClicks(dialog.ui.loginEdit, "s.orlova")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(Role.CASHIER))
    qtbot.keyClicks(dialog.ui.newPasswordEdit, "short")
    qtbot.keyClicks(dialog.ui.phoneEdit, "+7 900 555-44-33")
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.ui.userErrorLabel.isVisible(), timeout=WAIT)
    assert "6 characters" in dialog.ui.userErrorLabel.text()
    dialog.ui.newPasswordEdit.setText("orlova-2025")
    with qtbot.waitSignal(dialog.registered, timeout=WAIT):
        dialog.ui.buttonBox.accepted.emit()
    assert window.users_panel.model.rowCount() == 5
    user = auth.login(shop.uow, "s.orlova", "orlova-2025")
    assert (user.role, user.full_name, user.phone) == (
        Role.CASHIER,
        "Светлана Орлова",
        "8 (900) 555-44-33",
    )


def test_the_last_admin_cannot_be_locked_from_the_users_tab(qtbot, window, shop, boxes):
    window.ui.adminTabs.setCurrentWidget(window.ui.usersTab)
    model = window.users_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=WAIT)
    window.ui.usersView.setCurrentIndex(model.index(model.row_of(shop.admin.id), 0))
    click(qtbot, window.ui.lockUserButton)
    qtbot.waitUntil(lambda: bool(boxes), timeout=WAIT)
    assert "last active administrator" in boxes[-1]
    window.ui.usersView.setCurrentIndex(model.index(model.row_of(shop.baker.id), 0))
    click(qtbot, window.ui.lockUserButton)
    qtbot.waitUntil(
        lambda: (
            model.data(model.index(model.row_of(shop.baker.id), UsersModel.COL_STATE))
            == "locked by an administrator"
        ),
        timeout=WAIT,
    )


def test_the_users_tab_says_why_an_account_cannot_log_in(qtbot, window, shop):
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            auth.login(shop.uow, "customer", "wrong-password")
    with pytest.raises(AuthenticationFailed):
        auth.login(shop.uow, "baker", "wrong-password")
    users.set_active(shop.uow, shop.admin, shop.cashier.id, False)
    window.ui.adminTabs.setCurrentWidget(window.ui.usersTab)
    model = window.users_panel.model
    model.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 4 and not model.is_loading, timeout=WAIT)

    def state(user):
        return model.data(model.index(model.row_of(user.id), UsersModel.COL_STATE))

    assert state(shop.cashier) == "deactivated"
    assert state(shop.baker) == "active; wrong passwords: 1"
    locked = state(shop.customer)
    assert locked.startswith("locked until ") and locked.endswith("; wrong passwords: 5")
    assert state(shop.admin) == "active"


def test_deleting_a_sold_cake_from_the_assortment_deactivates_it(qtbot, window, shop, boxes):
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    model = window.cakes_model
    window.ui.cakesView.setCurrentIndex(cell(model, shop.napoleon, "name"))
    click(qtbot, window.ui.deleteCakeButton)
    qtbot.waitUntil(lambda: any("deactivated" in text for text in boxes), timeout=WAIT)
    wait_idle(qtbot, window)
    assert not catalogue(shop)["4600002"].is_active
    assert (
        model.data(cell(model, shop.napoleon, "is_active"), Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Unchecked
    )


def test_duplicate_a_cake_and_edit_its_recipe(qtbot, window, shop):
    made = table_editor.apply_changes(
        shop.uow,
        shop.admin,
        "ingredients",
        [RowChange(ChangeKind.INSERT, "a", values={"name": "Мука", "unit": "g"})],
    ).new_keys
    window.ui.cakesView.setCurrentIndex(cell(window.cakes_model, shop.medovik, "name"))
    click(qtbot, window.ui.duplicateCakeButton)
    qtbot.waitUntil(lambda: window.cakes_model.rowCount() == 4, timeout=WAIT)
    wait_idle(qtbot, window)
    assert catalogue(shop)["4600001-1"].name == "Медовик (copy)"
    window.ui.cakesView.setCurrentIndex(cell(window.cakes_model, shop.medovik, "name"))
    dialog = window.edit_recipe()
    qtbot.waitUntil(lambda: dialog.is_ready, timeout=WAIT)
    row = dialog.add_line(int(made["a"]))
    dialog.linesTable.cellWidget(row, 1).setText("350")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    lines = assortment.get_recipe(shop.uow, shop.admin, shop.medovik)
    assert [(line.ingredient_name, line.quantity) for line in lines] == [
        ("Мука", Decimal("350.000"))
    ]


def test_the_audit_tab_shows_changes_filtered_by_table(qtbot, window, shop):
    model = open_table(qtbot, window, "categories")
    model.setData(cell(model, shop.category_id, "name"), "Торты и пироги")
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    window.ui.adminTabs.setCurrentWidget(window.ui.auditTab)
    audit = window.audit_panel.model
    qtbot.waitUntil(lambda: audit.rowCount() > 0 and not audit.is_loading, timeout=WAIT)
    assert audit.line(0).table_name == "categories" and audit.line(0).user == "Demo admin (admin)"
    assert "Торты и пироги" in audit.data(audit.index(0, AuditModel.COL_CHANGES))
    combo = window.ui.auditTableCombo
    combo.setCurrentIndex(combo.findData("users"))
    window.audit_panel.refresh()
    qtbot.waitUntil(lambda: not audit.is_loading and audit.rowCount() == 4, timeout=WAIT)
    assert {audit.line(i).table_name for i in range(audit.rowCount())} == {"users"}


def test_export_the_filtered_table_to_csv(qtbot, window, shop, tmp_path, monkeypatch):
    target = tmp_path / "cakes.csv"
    monkeypatch.setattr(
        "cakeshop_desktop.gui.file_dialogs.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    open_table(qtbot, window, "cakes")
    window.ui.tableFilterEdit.setText("прага")
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 1, timeout=WAIT)
    click(qtbot, window.ui.exportTableButton)
    qtbot.waitUntil(
        lambda: target.exists() and "Прага" in target.read_text("utf-8-sig"), timeout=WAIT
    )
    wait_idle(qtbot, window)
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("id,sku,name") and len(lines) == 2


def test_import_cakes_through_the_preview_dialog(qtbot, window, shop):
    dialog = window.import_cakes()
    dialog.load_text(
        "sku,name,price,category,stock_qty\n"
        "4600200,Наполеон мини,450,Торты,6\n"
        "4600201,Без цены,,Торты,1\n"
    )
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert dialog.previewTable.rowCount() == 2
    assert "price" in dialog.previewTable.item(1, 4).text()
    assert "4600200" not in catalogue(shop)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        click(qtbot, dialog.importButton)
    wait_idle(qtbot, window)
    assert catalogue(shop)["4600200"].stock_qty == 6
    assert "4600201" not in catalogue(shop)
    assert window.cakes_model.rowCount() == 4


def test_insert_delete_and_ctrl_s_work_from_the_keyboard(qtbot, window, shop):
    model = open_table(qtbot, window, "categories")
    view = window.ui.tableGrid
    view.setFocus()
    view.setCurrentIndex(model.index(0, 1))
    rows = model.rowCount()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert model.rowCount() == rows + 1 and model.row(rows).new
    model.setData(model.index(rows, model.column_index("name")), "Пироги")
    view.setCurrentIndex(model.index(rows, 1))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # a new row just goes
    assert model.rowCount() == rows
    view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    model.setData(model.index(rows, model.column_index("name")), "Пироги")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not model.is_dirty and model.rowCount() == rows + 1, timeout=WAIT)
    wait_idle(qtbot, window)
    assert "Пироги" in [model.row(i).original["name"] for i in range(model.rowCount())]


def test_leaving_a_table_with_pending_edits_asks_first(qtbot, window, shop, monkeypatch):
    model = open_table(qtbot, window, "categories")
    model.setData(cell(model, shop.category_id, "name"), "Выпечка")
    monkeypatch.setattr(window, "confirm", lambda text: False)
    window.ui.tablesList.setCurrentItem(window.table_item("cakes"))
    assert model.table == "categories" and model.is_dirty
    assert window.ui.tablesList.currentItem().data(Qt.ItemDataRole.UserRole) == "categories"
    monkeypatch.setattr(window, "confirm", lambda text: True)
    open_table(qtbot, window, "cakes")
    assert not model.is_dirty
    assert catalog.list_categories(shop.uow, shop.admin)[0].name == "Торты"


def test_sorting_or_filtering_never_drops_pending_edits(qtbot, window, shop):
    model = open_table(qtbot, window, "cakes")
    model.setData(cell(model, shop.napoleon, "name"), "Наполеон II")
    window.ui.tableGrid.sortByColumn(model.column_index("price"), Qt.SortOrder.DescendingOrder)
    model.set_filter("медовик")
    wait_idle(qtbot, window)
    assert model.rowCount() == 3 and model.is_dirty
    assert "Save or revert" in window.statusBar().currentMessage()
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    assert catalogue(shop)["4600002"].name == "Наполеон II"


@pytest.mark.parametrize("sort", [None, "price"])
def test_the_grid_loads_lazily_page_by_page(qtbot, window, shop, sort):
    model = TableModel(window._ctx, page_size=2)
    model.set_table("cakes")
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not model.is_loading, timeout=WAIT)
    if sort:
        model.sort(model.column_index(sort), Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT)
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 3 and not model.is_loading, timeout=WAIT)
    assert not model.canFetchMore()
    keys = [model.row(i).key for i in range(3)]
    assert sorted(keys) == sorted({str(shop.medovik), str(shop.napoleon), str(shop.praga)})
    if sort:
        prices = [model.row(i).original["price"] for i in range(3)]
        assert prices == sorted(prices, reverse=True)
