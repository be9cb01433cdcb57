"""make mutation's classifier: which surviving mutants it leaves out of the score."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("mutation_run", ROOT / "mutation" / "run.py")
assert _spec is not None and _spec.loader is not None
kit = importlib.util.module_from_spec(_spec)
sys.modules["mutation_run"] = kit  # dataclasses look their module up there
_spec.loader.exec_module(kit)

ORIGINAL = """
def x_add__mutmut_orig(uow, actor, cake_id, quantity):
    require(actor, SHOPPERS, "use a cart")
    validation.text(note, "Notes", 1000)
    if quantity > 999:
        raise InvalidInput(f"At most {999} cakes")
    if quantity > left:
        raise OutOfStock(tr_noop("Only %n «{0}» left", "", left), name, n=left)
    errors["quantity"] = tr_noop("This column cannot be edited")
    return quantity + 1
"""


def functions(*mutants: str) -> dict[str, ast.FunctionDef]:
    source = ORIGINAL + "".join(
        ORIGINAL.replace("x_add__mutmut_orig", f"x_add__mutmut_{n}").replace(old, new)
        for n, (old, new) in enumerate(mutants, start=1)
    )
    return kit.mutant_functions_from_source(source)


def is_message_only(old: str, new: str) -> bool:
    reviewed = kit.load_reviewed()
    found = functions((old, new))
    return kit.message_only("cart.x_add__mutmut_1", found, reviewed.message_arguments)


def test_a_changed_refusal_text_or_a_named_thing_is_message_only():
    assert is_message_only('f"At most {999} cakes"', '"XXAt mostXX"')
    assert is_message_only('raise InvalidInput(f"At most {999} cakes")', "raise InvalidInput()")
    assert is_message_only('"use a cart"', "None")
    assert is_message_only('"Notes", 1000', '"XXNotesXX", 1000')


def test_a_changed_template_or_its_values_are_message_only():
    assert is_message_only('"Only %n «{0}» left"', '"XXOnly %n «{0}» leftXX"')
    assert is_message_only("name, n=left)", "None, n=left)")
    assert is_message_only("n=left)", "n=None)")
    assert is_message_only('"This column cannot be edited"', "None")
    assert not is_message_only("quantity > left", "quantity >= left")
    assert not is_message_only('errors["quantity"]', 'errors["XXquantityXX"]')


def test_a_changed_rule_is_not():
    assert not is_message_only("quantity > 999", "quantity >= 999")
    assert not is_message_only('"Notes", 1000', '"Notes", 1001')
    assert not is_message_only("raise InvalidInput", "raise NotFound")
    assert not is_message_only("quantity + 1", "quantity - 1")


def test_a_survivor_is_described_by_its_function_and_changed_lines():
    found = functions(("quantity > 999", "quantity >= 999"))
    survivor = kit.describe("cakeshop_desktop.core.services.cart.x_add__mutmut_1", found)
    assert (survivor.function, survivor.removed, survivor.added) == (
        "add",
        "if quantity > 999:",
        "if quantity >= 999:",
    )


def test_every_reviewed_entry_is_complete_and_names_a_module_of_the_kit():
    reviewed = kit.load_reviewed()
    assert reviewed.equivalent and reviewed.message_arguments
    for entry in reviewed.equivalent:
        assert entry["module"] in kit.TARGETS, entry
        assert entry["why"].strip(), entry
