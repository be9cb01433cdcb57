"""Receipts and tickets of real orders (SQLite and MariaDB) on thermal printers: a printer
server on loopback, a device file, a printer that is off, and `cakeshop receipt`."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cakeshop_desktop.core.documents.receipts import receipt, ticket
from cakeshop_desktop.core.domain import PaymentMethod, PrinterUnavailable
from cakeshop_desktop.core.rules.printer_url import parse_printer_url
from cakeshop_desktop.core.services import orders
from cakeshop_desktop.core.services import shop as shop_service
from cakeshop_desktop.core.services.paper import console_printable_order, printable_order
from cakeshop_desktop.core.services.shop import ShopDetails
from cakeshop_desktop.printers import print_document
from tests.integration.support import cashier_sale, snapshot
from tests.integration.test_cli import cakeshop
from tests.printer_server import CUT, DRAWER_KICK_PIN_2, closed_port, loopback_printer

SHOP_NAME = "Кондитерская «Маковка»"


@pytest.fixture
def sale(shop):
    shop_service.save_shop_details(
        shop.uow,
        shop.admin,
        ShopDetails(name=SHOP_NAME, address="Тверь", phone="+7 4822 55-66-77"),
    )
    order = cashier_sale(
        shop.uow, shop.cashier, {shop.medovik: 2}, payment_method=PaymentMethod.CASH
    )
    return printable_order(shop.uow, shop.cashier, order.id)


def test_a_receipt_reaches_a_network_printer_with_the_shop_the_number_and_the_cut(sale):
    with loopback_printer() as printer:
        spec = parse_printer_url(f"{printer.url}?width=80&drawer=2")
        print_document(spec, receipt(sale.detail, sale.shop, spec.paper), open_drawer=True)
        printer.close()  # waits for the job
    [job] = printer.jobs
    assert "Кондитерская".encode("cp866") in job
    assert sale.detail.order.number.encode() in job
    assert CUT in job
    assert job.endswith(DRAWER_KICK_PIN_2 + b"22")  # cash taken: the drawer opens after the cut


def test_a_ticket_on_a_device_file_holds_the_same(sale, tmp_path):
    device = tmp_path / "lp0"
    spec = parse_printer_url(f"escpos+file://{device}?width=58")
    print_document(spec, ticket(sale.detail, sale.shop, spec.paper))
    data = device.read_bytes()
    assert "Кондитерская".encode("cp866") in data
    assert b"{B" + sale.detail.order.number.encode() in data  # its barcode
    assert CUT in data
    assert DRAWER_KICK_PIN_2 not in data  # no drawer set up


@pytest.mark.parametrize("where", ["network", "device"])
def test_a_printer_that_is_off_says_so_and_the_sale_is_kept(shop, sale, tmp_path, where):
    url = {
        "network": f"escpos+tcp://127.0.0.1:{closed_port()}",
        "device": f"escpos+file://{tmp_path}/no/such/lp0",
    }[where]
    spec = parse_printer_url(url)
    before = snapshot(shop.uow)
    with pytest.raises(PrinterUnavailable) as refused:
        print_document(spec, receipt(sale.detail, sale.shop, spec.paper))
    assert f"The printer {spec.describe()} does not answer" in refused.value.message
    assert "the order is kept" in refused.value.message
    assert snapshot(shop.uow) == before
    kept = orders.order_detail(shop.uow, shop.cashier, sale.detail.order.id)
    assert kept.order.paid_amount == sale.detail.order.paid_amount == Decimal("2501.00")


def test_the_command_line_finds_the_order_by_number(shop, sale):
    printable = console_printable_order(shop.uow, str(sale.detail.order.id))  # "42" = 000042
    assert printable.detail == sale.detail and printable.shop.name == SHOP_NAME


def test_cakeshop_receipt_prints_one_order_on_a_loopback_printer(database_url, sale, tmp_path):
    number = sale.detail.order.number
    with loopback_printer() as printer:
        done = cakeshop(
            "--database-url",
            database_url,
            "receipt",
            number,
            "--printer",
            printer.url,
            tmp=tmp_path,
        )
        printer.close()
    assert done.returncode == 0, done.stderr
    assert number in done.stdout
    [job] = printer.jobs
    assert "Кондитерская".encode("cp866") in job and number.encode() in job and CUT in job


@pytest.mark.parametrize(
    ("number", "printer", "says"),
    [
        ("999999", "escpos+file:///dev/null", "No order has the number 999999"),
        ("abc", "escpos+file:///dev/null", "No order has the number abc"),
        ("{number}", "lpt1:", "Unknown printer 'lpt1:'"),
        ("{number}", "escpos+tcp://127.0.0.1:{port}", "does not answer"),
    ],
)
def test_cakeshop_receipt_refuses_in_one_line_with_code_2(
    database_url, sale, tmp_path, number, printer, says
):
    number = number.format(number=sale.detail.order.number)
    printer = printer.format(port=closed_port())
    done = cakeshop(
        "--database-url", database_url, "receipt", number, "--printer", printer, tmp=tmp_path
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert says in done.stderr
