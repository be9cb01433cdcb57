"""The language of the windows: the system locale, or the one chosen in Settings → Language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from cakeshop_desktop.config import config_dir
from cakeshop_desktop.gui import resources_rc  # noqa: F401  (registers the :/ resources)

# the compiled .qm files of resources/translations, inside gui/resources_rc.py
TRANSLATIONS_DIR = ":/translations"
LANGUAGE_KEY = "ui/language"
SYSTEM_LANGUAGE = ""  # follow the system locale
# code -> the language's own name (shown untranslated, so anybody finds their own)
LANGUAGES = {"en": "English", "ru": "Русский"}

_installed: list[QTranslator] = []


def gui_settings() -> QSettings:
    """The window settings, in an ini file next to config.toml (CAKESHOP_CONFIG_DIR moves both)."""
    return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def chosen_language() -> str:
    """The language code chosen in the settings, or SYSTEM_LANGUAGE."""
    value = gui_settings().value(LANGUAGE_KEY, SYSTEM_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM_LANGUAGE


def choose_language(code: str) -> None:
    settings = gui_settings()
    settings.setValue(LANGUAGE_KEY, code if code in LANGUAGES else SYSTEM_LANGUAGE)
    settings.sync()


def ui_locale() -> QLocale:
    """The locale of the texts, money and dates."""
    code = chosen_language()
    if code == "ru":
        return QLocale("ru_RU")
    if code == "en":
        return QLocale("en_US")
    return QLocale.system()


def install_translations(app: QCoreApplication) -> QLocale:
    """Load the app's and Qt's own translations (button texts) for the chosen locale, once."""
    if _installed:
        return QLocale()
    locale = ui_locale()
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("cakeshop", TRANSLATIONS_DIR), ("qtbase", qt_dir)):
        translator = QTranslator(app)
        # a language the app does not speak gets English, with its plural forms ("1 cake")
        if translator.load(locale, name, "_", folder) or (
            name == "cakeshop" and translator.load(QLocale("en"), name, "_", folder)
        ):
            app.installTranslator(translator)
            _installed.append(translator)
    return locale


def active_language() -> str:
    """The language the windows speak: the code of the loaded app translation, else "en"."""
    for translator in _installed:
        stem = Path(translator.filePath()).stem
        if stem.startswith("cakeshop_"):
            return stem.removeprefix("cakeshop_")
    return "en"
