"""The bundle's slim ICU data (packaging/slim_icu.py) sorts, upper-cases and decodes as the
whole data does for a Russian/English shop."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import slim_icu  # noqa: E402

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
ICU_DATA = sorted(QT_LIB.glob("libicudata.so.*"))

PROBE = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
names = ["Ёлка", "яблоко", "Арбуз", "ёж", "Елена", "банан", "Zebra", "apple", "Эклер"]
print(sorted(names, key=QCollator(QLocale(QLocale.Russian, QLocale.Russia)).sortKey))
print(QLocale(QLocale.Russian).toUpper("ёлка straße"), QLocale(QLocale.Turkish).toUpper("i"))
print(QStringDecoder("windows-1251").isValid(), QStringDecoder("KOI8-R").isValid())
moscow = QTimeZone(b"Europe/Moscow")
print(moscow.displayName(QTimeZone.StandardTime, QTimeZone.LongName, QLocale(QLocale.Russian)))
print(any("{folder}" in line for line in open("/proc/self/maps")))
"""


def test_only_root_english_and_russian_locale_data_stays():
    assert slim_icu.wanted("icudt73l/coll/ru.res")
    assert slim_icu.wanted("icudt73l/coll/ucadata.icu")
    assert slim_icu.wanted("icudt73l/ru_RU.res") and slim_icu.wanted("icudt73l/root.res")
    assert slim_icu.wanted("icudt73l/pool.res") and slim_icu.wanted("icudt73l/res_index.res")
    assert slim_icu.wanted("icudt73l/supplementalData.res")
    assert slim_icu.wanted("icudt73l/nfkc.nrm") and slim_icu.wanted("icudt73l/cnvalias.icu")
    assert not slim_icu.wanted("icudt73l/de.res")
    assert not slim_icu.wanted("icudt73l/coll/zh.res")
    assert not slim_icu.wanted("icudt73l/brkitr/cjdict.dict")
    assert not slim_icu.wanted("icudt73l/curr/ru.res")  # currency names: Qt has its own
    assert not slim_icu.wanted("icudt73l/ibm-943_P15A-2003.cnv")  # Shift-JIS
    assert slim_icu.wanted("icudt73l/ibm-5347_P100-1998.cnv")  # windows-1251


@pytest.mark.skipif(
    not ICU_DATA or shutil.which("gcc") is None or not sys.platform.startswith("linux"),
    reason="needs PySide6's own ICU data library and gcc (Linux)",
)
def test_qt_on_the_slim_data_behaves_as_on_the_whole(tmp_path):
    built = slim_icu.slim_library(ICU_DATA[-1], tmp_path)
    assert built is not None
    _, before, after = built
    assert after < before / 5  # 32 MB -> about 3.6 MB

    def probe(library_path: str, folder: Path) -> str:
        environment = dict(os.environ, LD_LIBRARY_PATH=library_path)
        return subprocess.run(
            [sys.executable, "-c", PROBE.replace("{folder}", str(folder))],
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    whole = probe("", tmp_path).splitlines()
    slim = probe(str(tmp_path), tmp_path).splitlines()
    assert whole[-1] == "False" and slim[-1] == "True"  # the slim library was the one loaded
    assert slim[:-1] == whole[:-1]
    assert slim[0] == str(
        ["Арбуз", "банан", "ёж", "Елена", "Ёлка", "Эклер", "яблоко", "apple", "Zebra"]
    )
