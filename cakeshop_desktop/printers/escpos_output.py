"""Paper documents on ESC/POS thermal printers through python-escpos; no Qt here.

The whole receipt is first rendered into bytes (python-escpos's Dummy printer picks the code
pages for Cyrillic and the rest), then sent to the printer in one write, so a printer that
goes away mid-way never leaves half a receipt queued in the app.
"""

from __future__ import annotations

import contextlib
import io
import logging
import socket
import textwrap
from typing import Any

from cakeshop_desktop.core.documents.receipts import (
    Align,
    Barcode,
    Block,
    Heading,
    HeadingSize,
    ItemLine,
    Pair,
    PaperDocument,
    Rule,
    Text,
)
from cakeshop_desktop.core.domain import PrinterUnavailable
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules.printer_url import Paper, PrinterKind, PrinterSpec

log = logging.getLogger(__name__)

NETWORK_TIMEOUT_S = 8.0
# Characters no thermal printer's code page has, written the way a till roll writes them.
_SUBSTITUTES = str.maketrans({"₽": "руб.", "\u00a0": " ", "\u202f": " ", "\u2009": " "})


def _plain(text: str) -> str:
    return text.translate(_SUBSTITUTES)


def wrap(text: str, columns: int) -> list[str]:
    """The text's lines cut to the paper's width (a word longer than a line is broken)."""
    lines: list[str] = []
    for paragraph in _plain(text).splitlines() or [""]:
        lines += textwrap.wrap(paragraph, columns, break_long_words=True) or [""]
    return lines


def pair_lines(name: str, value: str, columns: int) -> list[str]:
    """'Total          3 285,45 руб.': the name left, the value right, on one line when
    both fit, else the value right-aligned under the name."""
    name, value = _plain(name), _plain(value)
    if len(name) + 1 + len(value) <= columns:
        return [name + " " * (columns - len(name) - len(value)) + value]
    lines = wrap(name, columns)
    last = lines[-1]
    if len(last) + 1 + len(value) <= columns:
        return lines[:-1] + [last + " " * (columns - len(last) - len(value)) + value]
    return lines + [line.rjust(columns) for line in wrap(value, columns)]


class _Renderer:
    """Writes the blocks of a document on a python-escpos printer object."""

    def __init__(self, printer: Any, columns: int, paper: Paper) -> None:
        self._p = printer
        self._columns = columns
        self._paper = paper

    def lines(self, lines: list[str], *, align: str = "left", bold: bool = False) -> None:
        self._p.set(align=align, bold=bold)
        for line in lines:
            self._p.textln(line)
        self._p.set(align="left", bold=False)

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self._heading(block)
        elif isinstance(block, Text):
            align = "center" if block.align is Align.CENTER else "left"
            self.lines(wrap(block.text, self._columns), align=align, bold=block.bold)
        elif isinstance(block, Pair):
            self.lines(pair_lines(block.name, block.value, self._columns), bold=block.bold)
        elif isinstance(block, ItemLine):
            self.lines(wrap(block.name, self._columns), bold=True)
            for note in block.notes:
                self.lines(["  " + line for line in wrap(note, self._columns - 2)])
            self.lines(
                pair_lines(f"{block.quantity} × {block.unit_price}", block.amount, self._columns)
            )
        elif isinstance(block, Rule):
            self._p.textln("-" * self._columns)
        elif isinstance(block, Barcode):
            self._barcode(block.data)
        else:
            raise TypeError(f"Not a paper block: {block!r}")

    def _heading(self, block: Heading) -> None:
        big = block.size is not HeadingSize.TITLE
        columns = self._columns // 2 if big else self._columns
        if big:
            self._p.set(align="center", bold=True, double_width=True, double_height=True)
        else:
            self._p.set(align="center", bold=True)
        for line in wrap(block.text, columns):
            self._p.textln(line)
        self._p.set(align="left", bold=False, normal_textsize=True)

    def _barcode(self, data: str) -> None:
        width = 2 if self._paper is Paper.ROLL_58 else 3
        # python-escpos says which renderer it uses on stdout: not for the command line.
        with contextlib.redirect_stdout(io.StringIO()):
            self._p.barcode(
                "{B" + data, "CODE128", height=80, width=width, pos="BELOW", function_type="B"
            )
        self._p.set(align="left")


def escpos_bytes(document: PaperDocument, spec: PrinterSpec) -> bytes:
    """The document as the bytes a thermal printer of `spec` gets, ending with a cut."""
    from escpos.printer import Dummy

    printer = Dummy(profile=_profile(spec))
    printer.hw("INIT")
    renderer = _Renderer(printer, spec.line_columns, document.paper)
    for block in document.blocks:
        renderer.block(block)
    printer.cut()
    return bytes(printer.output)


def drawer_kick_bytes(spec: PrinterSpec) -> bytes:
    """The pulse that opens the cash drawer behind the printer of `spec`."""
    from escpos.printer import Dummy

    printer = Dummy(profile=_profile(spec))
    printer.cashdraw(spec.drawer_pin or 2)
    return bytes(printer.output)


def _profile(spec: PrinterSpec) -> str | None:
    if not spec.profile:
        return None
    from escpos.capabilities import CAPABILITIES

    if spec.profile not in CAPABILITIES["profiles"]:
        raise PrinterUnavailable(
            tr_noop("python-escpos knows no printer profile {0}"), spec.profile
        )
    return spec.profile


def print_escpos(spec: PrinterSpec, document: PaperDocument, *, open_drawer: bool = False) -> None:
    """Print the document on the thermal printer of `spec` (and open its cash drawer)."""
    data = escpos_bytes(document, spec)
    if open_drawer and spec.can_kick_drawer:
        data += drawer_kick_bytes(spec)
    send(spec, data)


def open_cash_drawer(spec: PrinterSpec) -> None:
    """Kick the cash drawer wired to the printer of `spec`, when it has one."""
    if spec.can_kick_drawer:
        send(spec, drawer_kick_bytes(spec))


def send(spec: PrinterSpec, data: bytes) -> None:
    """Write the bytes to the printer; any failure is one PrinterUnavailable in words."""
    device = _device(spec)
    try:
        device.open()
        device._raw(data)
    except PrinterUnavailable:
        raise
    except Exception as exc:  # noqa: BLE001 - python-escpos, socket, serial and usb errors alike
        log.info("printer %s failed: %r", spec.to_url(), exc)
        raise PrinterUnavailable(
            tr_noop(
                "The printer {0} does not answer ({1}): the order is kept, print it again when the printer is on"
            ),
            spec.describe(),
            _reason(exc),
        ) from None
    finally:
        with contextlib.suppress(Exception):
            device.close()
    log.info("sent %d bytes to the printer %s", len(data), spec.describe())


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError | socket.timeout):
        return "timed out"
    cause = exc.__cause__ or exc.__context__
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    text = str(exc).strip().splitlines()
    return text[-1][:120] if text else type(exc).__name__


def _device(spec: PrinterSpec) -> Any:  # a python-escpos printer object
    from escpos import printer

    if spec.kind is PrinterKind.ESCPOS_TCP:
        return printer.Network(spec.target, spec.port, timeout=NETWORK_TIMEOUT_S)
    if spec.kind is PrinterKind.ESCPOS_FILE:
        return printer.File(spec.target)
    if spec.kind is PrinterKind.ESCPOS_SERIAL:
        return printer.Serial(spec.target, baudrate=spec.baudrate, timeout=NETWORK_TIMEOUT_S)
    if spec.kind is PrinterKind.ESCPOS_USB:
        vendor, product = spec.usb_ids
        return printer.Usb(vendor, product, timeout=int(NETWORK_TIMEOUT_S * 1000))
    raise PrinterUnavailable(tr_noop("{0} is not a thermal printer"), spec.kind.value)
