"""Cells of the CSV files a spreadsheet opens: text that would run as a formula stays text.

A customer's name or an order note like `=HYPERLINK(...)` or `+cmd|' /C calc'!A0` would
be a live formula in Excel or LibreOffice when the file is opened ("CSV injection").
Every export writes through `csv_writer`, which puts an apostrophe in front of such text
(the spreadsheets' own mark for "this is text"); numbers, negative ones included, stay
numbers. The cake import takes the apostrophe off again, so an exported file imports as it
was.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"
# a plain number as the exports write it: -12.50, 3, -0,5 (a decimal comma for Excel in Russian)
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def spreadsheet_cell(value: object) -> str:
    """The text of one cell, safe to open in a spreadsheet."""
    text = "" if value is None else str(value)
    if _NUMBER.fullmatch(text):
        return text
    if text.startswith(FORMULA_STARTS) or (
        # text that already looks neutralised keeps its own apostrophe through an import
        text.startswith(TEXT_MARK) and text[1:].startswith((*FORMULA_STARTS, TEXT_MARK))
    ):
        return TEXT_MARK + text
    return text


def typed_cell(cell: str) -> str:
    """What was typed before spreadsheet_cell() marked it: the import's inverse."""
    if cell.startswith(TEXT_MARK) and cell[1:].startswith((*FORMULA_STARTS, TEXT_MARK)):
        return cell[1:]
    return cell


class SafeCsvWriter:
    """A csv.writer whose every cell goes through spreadsheet_cell()."""

    def __init__(self, stream: TextIO, **options: Any) -> None:
        self._writer = csv.writer(stream, **options)

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([spreadsheet_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(stream: TextIO, **options: Any) -> SafeCsvWriter:
    """The writer every CSV export uses (options as for csv.writer)."""
    return SafeCsvWriter(stream, **options)
