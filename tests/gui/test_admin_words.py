"""The admin's tables in the user's words, in Russian, on SQLite and MariaDB: translated table
and column names, the internal tables apart, statuses and roles as labels edited through a
combo that writes the stored value, and audit entries that read before → after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.repositories.tables import all_tables
from cakeshop_desktop.core.services.table_editor import table_info
from cakeshop_desktop.gui.labels import column_label, table_label
from cakeshop_desktop.gui.language import TRANSLATIONS_DIR
from cakeshop_desktop.gui.models.audit_model import AuditModel
from cakeshop_desktop.gui.windows.admin_window import TABLE_ROLE, AdminWindow
from tests.gui.order_helpers import shop_context
from tests.gui.test_admin_window import WAIT, cell, click, open_table, wait_idle
from tests.integration.support import cashier_sale, scalar


@pytest.fixture
def russian() -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(QLocale("ru"), "cakeshop", "_", str(TRANSLATIONS_DIR))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(qtbot, shop, engine, boxes, russian):
    with shop_context(engine, shop.admin) as ctx:
        built = AdminWindow(ctx)
        qtbot.addWidget(built)
        built.resize(1024, 768)
        built.show()
        qtbot.waitExposed(built)
        wait_idle(qtbot, built)
        yield built
        wait_idle(qtbot, built)


def test_every_table_and_column_has_words_in_russian(qapp, russian):
    """A table or column added to the models without a label here would show its raw name."""
    for name in all_tables():
        assert table_label(name) != name, name
        for column in table_info(name).columns:
            assert column_label(name, column.name) != column.name, (name, column.name)
        assert not any("a" <= ch <= "z" for ch in table_label(name).casefold()), name


def listed(window):
    tables = window.ui.tablesList
    return [
        (tables.item(i).text(), tables.item(i).data(TABLE_ROLE), tables.item(i).flags())
        for i in range(tables.count())
    ]


def test_the_tables_list_is_in_russian_with_the_internal_tables_apart(qtbot, window):
    window.ui.adminTabs.setCurrentWidget(window.ui.tablesTab)
    rows = listed(window)
    heading = next(i for i, (text, name, _) in enumerate(rows) if name is None)
    shop_tables = {name: text for text, name, _ in rows[:heading]}
    internal = {name: text for text, name, _ in rows[heading + 1 :]}
    assert rows[heading][0] == "Служебные (только чтение)"
    assert not rows[heading][2] & Qt.ItemFlag.ItemIsSelectable  # a heading, not a table
    assert shop_tables["cakes"] == "Торты"
    assert shop_tables["order_items"] == "Позиции заказов"
    assert shop_tables["audit_log"] == "Журнал изменений"
    assert "alembic_version" not in shop_tables and "report_days" not in shop_tables
    assert internal["alembic_version"] == "Версия схемы базы данных"
    assert {"report_days", "report_month_cakes"} <= set(internal)
    # an internal table opens read-only, its columns and status line in Russian
    model = open_table(qtbot, window, "alembic_version")
    assert model.read_only and not window.ui.addRowButton.isEnabled()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Версия схемы"
    assert window.ui.tableStatusLabel.text().startswith("Версия схемы базы данных")
    # a shop table's headers too, the database's own name kept in the tooltip
    model = open_table(qtbot, window, "cakes")
    price = model.column_index("price")
    assert model.headerData(price, Qt.Orientation.Horizontal) == "Цена, ₽"
    tip = model.headerData(price, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("price, число")


def test_a_status_shows_its_label_and_the_combo_writes_the_stored_value(qtbot, window, shop):
    cashier_sale(shop.uow, shop.cashier, {shop.napoleon: 1})
    stored = scalar(shop.uow, "SELECT status FROM orders")
    orders = open_table(qtbot, window, "orders")
    status = orders.index(0, orders.column_index("status"))
    assert stored == "ready" and status.data() == "Готов"
    assert status.data(Qt.ItemDataRole.EditRole) == "ready"
    delegate = window.ui.tableGrid.itemDelegate()
    editor = delegate.createEditor(window.ui.tableGrid, QStyleOptionViewItem(), status)
    editor.setCurrentIndex(editor.findText("Выдан"))
    delegate.setModelData(editor, orders, status)
    assert status.data(Qt.ItemDataRole.EditRole) == "completed"
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    assert scalar(shop.uow, "SELECT status FROM orders") == "completed"
    status = orders.index(0, orders.column_index("status"))
    assert status.data() == "Выдан"

    model = open_table(qtbot, window, "users")
    role = cell(model, shop.cashier.id, "role")
    assert role.data() == "кассир"
    editor = delegate.createEditor(window.ui.tableGrid, QStyleOptionViewItem(), role)
    assert isinstance(editor, QComboBox)
    shown = [editor.itemText(i) for i in range(editor.count())]
    assert shown == ["покупатель", "кассир", "пекарь", "администратор"]
    delegate.setEditorData(editor, role)
    assert editor.currentText() == "кассир"
    editor.setCurrentIndex(editor.findText("пекарь"))
    delegate.setModelData(editor, model, role)
    assert role.data() == "пекарь" and role.data(Qt.ItemDataRole.EditRole) == "baker"
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    assert scalar(shop.uow, "SELECT role FROM users WHERE id = :id", id=shop.cashier.id) == (
        Role.BAKER.value
    )


def test_a_value_that_is_no_role_is_refused_in_words_and_nothing_is_saved(
    qtbot, window, shop, boxes
):
    model = open_table(qtbot, window, "users")
    role = cell(model, shop.baker.id, "role")
    model.setData(role, "шеф")
    assert role.data(model.ERROR_ROLE) == (
        "«шеф» — не одно из значений: покупатель, кассир, пекарь, администратор"
    )
    assert not model.pending_changes() or model.local_errors()
    window.tables.save()
    wait_idle(qtbot, window)
    assert scalar(shop.uow, "SELECT role FROM users WHERE id = :id", id=shop.baker.id) == "baker"
    # a label typed (or pasted) stands for its stored value
    model.setData(role, "Кассир")
    assert role.data(model.ERROR_ROLE) is None
    assert role.data(Qt.ItemDataRole.EditRole) == "cashier" and role.data() == "кассир"


def test_an_audit_entry_reads_before_and_after_in_russian(qtbot, window, shop):
    model = open_table(qtbot, window, "cakes")
    price = cell(model, shop.napoleon, "price")
    old = price.data(Qt.ItemDataRole.EditRole)
    model.setData(price, "1999.50")
    model.setData(
        cell(model, shop.napoleon, "is_active"),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    click(qtbot, window.ui.saveChangesButton)
    wait_idle(qtbot, window)
    window.ui.adminTabs.setCurrentWidget(window.ui.auditTab)
    audit = window.audit_panel.model
    qtbot.waitUntil(lambda: audit.rowCount() > 0 and not audit.is_loading, timeout=WAIT)
    row = [audit.index(0, column).data() for column in range(audit.columnCount())]
    assert row[AuditModel.COL_USER] == "Demo admin (admin)"  # the name, the login after it
    assert row[AuditModel.COL_ACTION] == "Изменено"
    assert row[AuditModel.COL_TABLE] == "Торты"
    changes = row[AuditModel.COL_CHANGES]
    assert f"Цена, ₽: {old} → 1999.50" in changes
    assert "В продаже: да → нет" in changes
    assert "=" not in changes and "is_active" not in changes
    tip = audit.index(0, AuditModel.COL_CHANGES).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Цена, ₽: {old} → 1999.50" in tip.splitlines()
    # a new user reads as its values, the role as its label, the empty e-mail left out
    combo = window.ui.auditTableCombo
    assert combo.itemText(combo.findData("users")) == "Пользователи"
    combo.setCurrentIndex(combo.findData("users"))
    window.audit_panel.refresh()
    qtbot.waitUntil(lambda: not audit.is_loading and audit.rowCount() > 0, timeout=WAIT)
    added = audit.index(audit.rowCount() - 1, AuditModel.COL_CHANGES).data()
    assert audit.index(audit.rowCount() - 1, AuditModel.COL_ACTION).data() == "Добавлено"
    assert "Роль: " in added and "Логин: " in added
    assert "None" not in added and "Эл. почта" not in added
    users = window.ui.auditUserCombo
    assert users.findText("Demo admin (admin)") >= 0
