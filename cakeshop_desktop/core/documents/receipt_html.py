"""A paper document as HTML for Qt's rich text (system printers, PDF files, the preview).

Till rolls get one narrow column in a small font; A4 gets the order lines as a table. A
barcode is an <img> whose source `barcode_source(data)` the printer layer fills with the
drawn bars (QTextDocument.addResource), so no image library is needed here.
"""

from __future__ import annotations

from html import escape

from cakeshop_desktop.core.documents.receipts import (
    Align,
    Barcode,
    Block,
    Heading,
    ItemLine,
    Pair,
    PaperDocument,
    Rule,
    Text,
)

BARCODE_SCHEME = "barcode"

_STYLE = {
    True: """
  body { font-family: sans-serif; font-size: 8pt; }
  .shop { font-size: 11pt; font-weight: bold; }
  .title { font-size: 9pt; font-weight: bold; }
  .big { font-size: 18pt; font-weight: bold; }
""",
    False: """
  body { font-family: sans-serif; font-size: 10pt; }
  .shop { font-size: 14pt; font-weight: bold; }
  .title { font-size: 13pt; font-weight: bold; }
  .big { font-size: 24pt; font-weight: bold; }
""",
}
_COMMON_STYLE = """
  .small { color: #444444; font-size: smaller; }
  .num { text-align: right; white-space: nowrap; }
  td { padding: 1px 2px; }
  th { text-align: left; border-bottom: 1px solid #000000; }
  hr { border: 0; }
"""


def barcode_source(data: str) -> str:
    """The <img src> of the barcode of `data`."""
    return f"{BARCODE_SCHEME}:{data}"


def _text(value: str) -> str:
    """Escaped text with its line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def _row(cells: str) -> str:
    return f"<tr>{cells}</tr>"


def _block(block: Block, roll: bool, columns: int) -> str:
    span = f'colspan="{columns}"'
    if isinstance(block, Heading):
        return _row(
            f'<td {span} align="center" class="{block.size.value}">{_text(block.text)}</td>'
        )
    if isinstance(block, Text):
        align = "center" if block.align is Align.CENTER else "left"
        css = "small" if block.small else ""
        text = f"<b>{_text(block.text)}</b>" if block.bold else _text(block.text)
        return _row(f'<td {span} align="{align}" class="{css}">{text}</td>')
    if isinstance(block, Pair):
        name, value = _text(block.name), _text(block.value)
        if block.bold:
            name, value = f"<b>{name}</b>", f"<b>{value}</b>"
        return _row(
            f'<td colspan="{columns - 1}">{name}</td><td class="num" align="right">{value}</td>'
        )
    if isinstance(block, ItemLine):
        notes = "".join(f'<br/><span class="small">{_text(note)}</span>' for note in block.notes)
        if roll:
            return _row(f"<td {span}>{_text(block.name)}{notes}</td>") + _row(
                f'<td align="right">{block.quantity}&nbsp;×&nbsp;{_text(block.unit_price)}</td>'
                f'<td class="num" align="right">{_text(block.amount)}</td>'
            )
        return _row(
            f"<td>{_text(block.name)}{notes}</td>"
            f'<td class="num" align="right">{block.quantity}</td>'
            f'<td class="num" align="right">{_text(block.unit_price)}</td>'
            f'<td class="num" align="right">{_text(block.amount)}</td>'
        )
    if isinstance(block, Rule):
        return _row(f'<td {span}><hr style="border-top: 1px dashed #000000"/></td>')
    if isinstance(block, Barcode):
        height = 40 if roll else 50
        return _row(
            f'<td {span} align="center"><img src="{escape(barcode_source(block.data))}" '
            f'height="{height}"/><br/>{_text(block.data)}</td>'
        )
    raise TypeError(f"Not a paper block: {block!r}")


def document_html(document: PaperDocument) -> str:
    """The document as one HTML page."""
    roll = document.paper.is_roll
    columns = 2 if roll else 4
    rows: list[str] = []
    headed = False
    for block in document.blocks:
        if isinstance(block, ItemLine) and not roll and document.headers and not headed:
            rows.append(
                _row(
                    f"<th>{escape(document.headers[0])}</th>"
                    + "".join(
                        f'<th class="num" align="right">{escape(h)}</th>'
                        for h in document.headers[1:]
                    )
                )
            )
            headed = True
        rows.append(_block(block, roll, columns))
    return (
        f"<html><head><meta charset='utf-8'/><title>{escape(document.name)}</title>"
        f"<style>{_STYLE[roll]}{_COMMON_STYLE}</style></head><body>"
        f'<table width="100%" cellspacing="0" cellpadding="1">{"".join(rows)}</table>'
        "</body></html>"
    )
