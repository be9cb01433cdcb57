"""Every visible string has a Russian translation, and the compiled .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "cakeshop_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
RUSSIAN_TS = TRANSLATIONS / "cakeshop_ru.ts"
RUSSIAN_QM = TRANSLATIONS / "cakeshop_ru.qm"
# the same call as `make translations`
LUPDATE_OPTIONS = [
    "-no-obsolete",
    "-locations",
    "none",
    "-tr-function-alias",
    "tr+=_tr,QT_TR_NOOP+=tr_noop",
]


def tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def translatable_sources() -> list[str]:
    code = sorted(
        str(path)
        for path in PACKAGE.rglob("*.py")
        if "forms" not in path.parts
        and "__pycache__" not in path.parts
        and path.name != "resources_rc.py"  # generated: no texts (as `make translations`)
    )
    return code + sorted(str(path) for path in (ROOT / "ui").glob("*.ui"))


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def test_every_message_is_translated_to_russian():
    untranslated = []
    for (context, source, _comment), message in messages(RUSSIAN_TS).items():
        translation = message.find("translation")
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            (form or "").strip() for form in forms
        ):
            untranslated.append(f"{context}: {source!r}")
    assert not untranslated, "no Russian translation (run `make translations`):\n" + "\n".join(
        untranslated
    )


def test_no_string_of_the_code_is_missing_from_the_ts(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *translatable_sources(), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = sorted(set(messages(fresh)) - set(messages(RUSSIAN_TS)))
    assert len(messages(fresh)) > 500
    assert not missing, "strings not in cakeshop_ru.ts (run `make translations`):\n" + "\n".join(
        f"{context}: {source!r}" for context, source, _ in missing
    )


def test_the_compiled_qm_is_fresh(tmp_path):
    compiled = tmp_path / "cakeshop_ru.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(RUSSIAN_TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert RUSSIAN_QM.read_bytes() == compiled.read_bytes(), "run `make translations`"


def test_the_windows_speak_russian_under_a_russian_locale(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from cakeshop_desktop.core.domain import OrderStatus
    from cakeshop_desktop.gui.i18n import tr
    from cakeshop_desktop.gui.labels import status_label

    translator = QTranslator()
    assert translator.load(QLocale("ru_RU"), "cakeshop", "_", str(TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        labels = [status_label(status) for status in OrderStatus]
        assert labels == ["Новый", "Подтверждён", "В производстве", "Готов", "Выдан", "Отменён"]
        assert QCoreApplication.translate("LoginDialog", "Log &in") == "&Войти"
        assert tr("%n in stock", 3) == "в наличии: 3"
    finally:
        qapp.removeTranslator(translator)


def test_refusals_of_the_core_are_shown_in_russian(qapp):
    from PySide6.QtCore import QLocale, QTranslator

    from cakeshop_desktop.core.domain import AuthenticationFailed, InvalidInput
    from cakeshop_desktop.core.rules.validation import quantity
    from cakeshop_desktop.core.services.auth import WRONG
    from cakeshop_desktop.core.services.cart import out_of_stock
    from cakeshop_desktop.gui.errors import describe

    translator = QTranslator()
    assert translator.load(QLocale("ru_RU"), "cakeshop", "_", str(TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        assert describe(AuthenticationFailed(WRONG)) == "Неверный логин или пароль"
        assert describe(out_of_stock("Медовик", 1)) == "Остался только 1 шт. «Медовик»"
        assert describe(out_of_stock("Медовик", 2)) == "Осталось только 2 шт. «Медовик»"
        assert describe(out_of_stock("Медовик", 5)) == "Осталось только 5 шт. «Медовик»"
        with pytest.raises(InvalidInput) as refused:
            quantity(0)
        assert describe(refused.value) == "Количество: не меньше 1"  # the field's name too
        assert describe(InvalidInput("Something new")) == "Something new"  # unmarked: as it is
    finally:
        qapp.removeTranslator(translator)
    assert describe(out_of_stock("Медовик", 2)) == "Only 2 «Медовик» left"
    assert str(refused.value) == "Quantity must be at least 1"


def core_templates() -> dict[str, bool]:
    """Every template the core marks with tr_noop (template -> marked with a count)."""
    import ast

    found: dict[str, bool] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "tr_noop"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found[node.args[0].value] = len(node.args) == 3
    return found


def test_every_template_of_the_core_has_a_russian_translation():
    templates = core_templates()
    assert len(templates) >= 300
    russian = messages(RUSSIAN_TS)
    missing = []
    for template, counted in templates.items():
        message = russian.get(("", template, ""))
        translation = message.find("translation") if message is not None else None
        forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
        text = (translation.text or "").strip() if translation is not None else ""
        if (
            translation is None
            or translation.get("type") is not None
            or (counted and (message.get("numerus") != "yes" or not all(forms)))
            or (not counted and not text)
        ):
            missing.append(template)
    assert not missing, "core templates without Russian (run `make translations`):\n" + "\n".join(
        missing
    )


def test_a_refusal_is_translated_then_filled(qapp):
    from PySide6.QtCore import QLocale, QTranslator

    from cakeshop_desktop.core.domain import InvalidTransition, OrderStatus
    from cakeshop_desktop.core.messages import tr_noop
    from cakeshop_desktop.gui.errors import describe

    error = InvalidTransition(
        tr_noop("Order {0} is {1}: it cannot become {2}"),
        "A-001",
        OrderStatus.COMPLETED,
        OrderStatus.NEW,
    )
    assert str(error) == "Order A-001 is completed: it cannot become new"
    translator = QTranslator()
    assert translator.load(QLocale("ru_RU"), "cakeshop", "_", str(TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        assert describe(error) == "Заказ A-001 в статусе «Выдан»: перевести его в «Новый» нельзя"
    finally:
        qapp.removeTranslator(translator)
    assert describe(error) == "Order A-001 is Handed out: it cannot become New"


ENGLISH_TS = TRANSLATIONS / "cakeshop_en.ts"
ENGLISH_QM = TRANSLATIONS / "cakeshop_en.qm"


def test_every_count_has_its_english_plural_forms_and_the_qm_is_fresh(tmp_path):
    fresh = tmp_path / "fresh_en.ts"
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *LUPDATE_OPTIONS,
            "-pluralonly",
            *translatable_sources(),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    english = messages(ENGLISH_TS)
    missing = sorted(set(messages(fresh)) - set(english))
    assert not missing, "counts not in cakeshop_en.ts (run `make translations`)"
    for key, message in english.items():
        forms = [form.text for form in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all(forms), key
    compiled = tmp_path / "cakeshop_en.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(ENGLISH_TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert ENGLISH_QM.read_bytes() == compiled.read_bytes(), "run `make translations`"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["1 cake to start", "2 cakes to start", "5 cakes to start", "21 cakes to start"]),
        (
            "ru",
            ["1 торт к запуску", "2 торта к запуску", "5 тортов к запуску", "21 торт к запуску"],
        ),
    ],
)
def test_counts_take_the_plural_form_of_the_language(qapp, language, expected):
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    translator = QTranslator()
    assert translator.load(QLocale(language), "cakeshop", "_", str(TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        texts = [
            QCoreApplication.translate(
                "ProductionWindow", "%n cake(s) to start, {0} booked of a capacity of {1}.", None, n
            ).split(",")[0]
            for n in (1, 2, 5, 21)
        ]
    finally:
        qapp.removeTranslator(translator)
    assert texts == expected


def test_the_english_text_of_a_refusal_with_a_count_reads_right():
    from cakeshop_desktop.core.messages import english

    template = "Cannot delete: %n row(s) of {0} refer to it; change or delete those first"
    assert english(template, ("orders",), 1).startswith("Cannot delete: 1 row of orders")
    assert english(template, ("orders",), 3).startswith("Cannot delete: 3 rows of orders")
