"""A terminal's printer written as a URL: what each form means, and a clear word on bad ones."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cakeshop_desktop.core.domain import InvalidInput
from cakeshop_desktop.core.rules.printer_url import (
    Paper,
    PrinterKind,
    PrinterSpec,
    parse_printer_url,
)


def test_the_forms_of_the_readme_mean_what_they_say():
    network = parse_printer_url("escpos+tcp://192.168.1.50:9100?width=80")
    assert (network.kind, network.target, network.port, network.paper) == (
        PrinterKind.ESCPOS_TCP,
        "192.168.1.50",
        9100,
        Paper.ROLL_80,
    )
    assert network.line_columns == 48 and not network.can_kick_drawer
    device = parse_printer_url("escpos+file:///dev/usb/lp0?width=58&drawer=2")
    assert (device.kind, device.target, device.paper) == (
        PrinterKind.ESCPOS_FILE,
        "/dev/usb/lp0",
        Paper.ROLL_58,
    )
    assert device.line_columns == 32 and device.can_kick_drawer
    assert parse_printer_url("escpos+usb://04B8:0202").usb_ids == (0x04B8, 0x0202)
    assert parse_printer_url("escpos+serial:///dev/ttyS0?baudrate=19200").baudrate == 19200
    system = parse_printer_url("system:Office HP")
    assert (system.kind, system.target, system.paper) == (PrinterKind.SYSTEM, "Office HP", Paper.A4)
    assert parse_printer_url("system:").target == ""  # the default printer
    pdf = parse_printer_url("pdf:/home/anna/receipts?width=80")
    assert (pdf.kind, pdf.target, pdf.paper) == (
        PrinterKind.PDF,
        "/home/anna/receipts",
        Paper.ROLL_80,
    )
    assert parse_printer_url("escpos+tcp://printer.local").port == 9100


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("", "escpos+tcp://"),
        ("lpt1", "Unknown printer"),
        ("http://printer:9100", "Unknown printer"),
        ("escpos+tcp://", "needs the printer's address"),
        ("escpos+tcp://printer:0", "port must be a number"),
        ("escpos+tcp://printer:70000", "port must be a number"),
        ("escpos+tcp://printer:abc", "port must be a number"),
        ("escpos+tcp:printer", "escpos+tcp://HOST:9100"),
        ("escpos+tcp://printer?width=a4", "58 or 80"),
        ("escpos+tcp://printer?width=76", "58 or 80"),
        ("system:?width=100", "58, 80 or a4"),
        ("escpos+tcp://printer?speed=1", "no option 'speed'"),
        ("system:x?drawer=2", "no option 'drawer'"),
        ("escpos+tcp://printer?drawer=3", "2 or 5"),
        ("escpos+tcp://printer?width=58&width=80", "given twice"),
        ("escpos+tcp://printer?columns=5", "columns must be a whole number from 16"),
        ("escpos+file://", "needs the device's path"),
        ("escpos+usb://printer", "vendor and product ids"),
        ("pdf:", "needs the folder"),
        ("x" * 2000, "at most"),
    ],
)
def test_a_malformed_printer_is_refused_in_words(url, words):
    with pytest.raises(InvalidInput) as refused:
        parse_printer_url(url)
    assert words in refused.value.message


@given(st.text(max_size=80))
def test_any_text_is_a_printer_or_a_clear_refusal(text):
    try:
        spec = parse_printer_url(text)
    except InvalidInput as refused:
        assert refused.message
    else:
        assert parse_printer_url(spec.to_url()) == spec


_names = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="?#"),
    min_size=1,
    max_size=30,
).filter(lambda name: name.strip() == name)


@st.composite
def printer_specs(draw) -> PrinterSpec:
    kind = draw(st.sampled_from(PrinterKind))
    rolls = [Paper.ROLL_58, Paper.ROLL_80]
    paper = draw(st.sampled_from(rolls if kind.is_escpos else list(Paper)))
    if kind is PrinterKind.ESCPOS_TCP:
        target = draw(st.from_regex(r"[a-z0-9]([a-z0-9.\-]{0,20}[a-z0-9])?", fullmatch=True))
    elif kind is PrinterKind.ESCPOS_USB:
        target = draw(st.from_regex(r"[0-9a-f]{4}:[0-9a-f]{4}", fullmatch=True))
    elif kind is PrinterKind.SYSTEM:
        target = draw(st.one_of(st.just(""), _names))
    else:
        target = draw(_names)
    escpos = kind.is_escpos
    return PrinterSpec(
        kind,
        target=target,
        port=draw(st.integers(1, 65535)) if kind is PrinterKind.ESCPOS_TCP else 9100,
        paper=paper,
        drawer_pin=draw(st.sampled_from([None, 2, 5])) if escpos else None,
        columns=draw(st.one_of(st.none(), st.integers(16, 80))) if escpos else None,
        baudrate=draw(st.sampled_from([9600, 19200, 115200]))
        if kind is PrinterKind.ESCPOS_SERIAL
        else 9600,
    )


@given(printer_specs())
def test_a_printer_written_back_reads_the_same(spec):
    assert parse_printer_url(spec.to_url()) == spec
