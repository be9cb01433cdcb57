"""`make mutation`: mutmut over the shop's rule modules, each against its own tests on SQLite.

For every module a throw-away copy of the package and the tests is made under
build/mutation/<module>/, mutmut mutates only that module there and runs only the module's
own test files (SQLite; the MySQL half is deselected). Then every surviving mutant is
classified:

- message-only: the mutant differs from the original only inside the arguments of a
  `raise` or of a refusal made to be raised later (`AccountLocked(tr_noop("..."), ...)`: the
  text of a refusal and the values that fill it), inside a marked template or a message
  (`tr_noop("...")`, `Message(...)`, core/messages.py), or only in an argument that names a thing in a refusal
  (`require(actor, roles, "use a cart")`, `validation.text(value, "Notes", 1000)`: the
  calls and argument positions listed under [[message_argument]] in mutation/reviewed.toml):
  excluded, found automatically;
- reviewed: listed in mutation/reviewed.toml with why it changes no behaviour a user could
  notice (an equivalent mutant): excluded;
- otherwise a real survivor: printed with its diff, it lowers the score.

The score counts only mutants that change behaviour: killed / (mutants - excluded).

    python mutation/run.py                 # every module
    python mutation/run.py pricing cart    # some of them
    python mutation/run.py --again cart    # after new tests: only the mutants not killed yet

`--again` keeps the last run's results: mutants of functions that changed since are made
and run anew, and the ones that survived run again against the current tests.
"""

from __future__ import annotations

import argparse
import ast
import functools
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import unified_diff
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "mutation"
REVIEWED = Path(__file__).resolve().parent / "reviewed.toml"


@dataclass(frozen=True)
class Target:
    """A rule module and the tests that are its own."""

    source: str
    tests: tuple[str, ...]


TARGETS: dict[str, Target] = {
    "pricing": Target("cakeshop_desktop/core/pricing.py", ("tests/unit/test_pricing.py",)),
    "validation": Target(
        "cakeshop_desktop/core/rules/validation.py", ("tests/unit/test_validation.py",)
    ),
    "top_sellers": Target(
        "cakeshop_desktop/core/rules/top_sellers.py", ("tests/unit/test_top_sellers.py",)
    ),
    "checkout": Target(
        "cakeshop_desktop/core/services/checkout.py",
        (
            "tests/integration/test_checkout.py",
            "tests/integration/test_checkout_rules.py",
            "tests/unit/test_validation.py",  # earliest_pickup lives in checkout
        ),
    ),
    "orders": Target(
        "cakeshop_desktop/core/services/orders.py",
        ("tests/integration/test_orders.py", "tests/integration/test_policy.py"),
    ),
    "refunds": Target(
        "cakeshop_desktop/core/services/refunds.py", ("tests/integration/test_refunds.py",)
    ),
    "policy": Target(
        "cakeshop_desktop/core/services/policy.py", ("tests/integration/test_policy.py",)
    ),
    "cart": Target("cakeshop_desktop/core/services/cart.py", ("tests/integration/test_cart.py",)),
    "production": Target(
        "cakeshop_desktop/core/services/production.py", ("tests/integration/test_production.py",)
    ),
    "users": Target(
        "cakeshop_desktop/core/services/users.py", ("tests/integration/test_users.py",)
    ),
    "auth": Target("cakeshop_desktop/core/services/auth.py", ("tests/integration/test_auth.py",)),
    "reports": Target(
        "cakeshop_desktop/core/services/reports.py", ("tests/integration/test_reports.py",)
    ),
}

KILLED = {1, 3, 36, 37, 24, -24, 152, 255, -11, -9}  # failed, timed out, crashed, type error
SURVIVED = {0, 5, 33}  # passed, or no test ran it at all


@dataclass
class Survivor:
    """A mutant no test noticed."""

    name: str
    function: str
    removed: str
    added: str
    diff: str


@dataclass
class Outcome:
    """The figures of one module."""

    module: str
    mutants: int = 0
    killed: int = 0
    message_only: int = 0
    reviewed: int = 0
    other: dict[str, int] = field(default_factory=dict)
    survivors: list[Survivor] = field(default_factory=list)

    @property
    def counted(self) -> int:
        return self.mutants - self.message_only - self.reviewed

    @property
    def score(self) -> float:
        return 100.0 * self.killed / self.counted if self.counted else 100.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", choices=[*TARGETS, []], metavar="module")
    parser.add_argument(
        "--report-only", action="store_true", help="classify the last run again, run nothing"
    )
    parser.add_argument(
        "--again",
        action="store_true",
        help="keep the last run's results; run only changed functions' and surviving mutants",
    )
    args = parser.parse_args(argv)
    modules = args.modules or list(TARGETS)
    reviewed = load_reviewed()
    outcomes = []
    for module in modules:
        if args.again and (WORK / module / "mutants").is_dir():
            run_again(module, TARGETS[module])
        elif not args.report_only:
            run_mutmut(module, TARGETS[module])
        outcomes.append(classify(module, TARGETS[module], reviewed))
    print_report(outcomes)
    return 0


def run_mutmut(module: str, target: Target) -> None:
    work = WORK / module
    shutil.rmtree(work, ignore_errors=True)
    # mutmut writes the mutated copy to mutants/; made now, so that the PYTHONPATH entry
    # below (for the tests' child processes) is not cached as missing at start-up
    (work / "mutants").mkdir(parents=True)
    copy_project(work, target)
    print(f"== {module}: mutating {target.source} against {', '.join(target.tests)}", flush=True)
    mutmut(work, [])


def run_again(module: str, target: Target) -> None:
    work = WORK / module
    copy_project(work, target)  # a changed source file is mutated anew by mutmut
    print(f"== {module}: again, the changed and surviving mutants of {target.source}", flush=True)
    mutmut(work, [])  # the mutants without a result: those of changed functions
    meta = work / "mutants" / (target.source + ".meta")
    codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    survivors = [name for name, code in codes.items() if code in SURVIVED]
    if survivors:
        mutmut(work, survivors)


def copy_project(work: Path, target: Target) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis")
    for folder in ("cakeshop_desktop", "tests"):
        shutil.copytree(ROOT / folder, work / folder, ignore=ignore, dirs_exist_ok=True)
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (work / "pyproject.toml").write_text(project + mutmut_section(target), encoding="utf-8")


def mutmut(work: Path, mutants: list[str]) -> None:
    env = dict(
        os.environ,
        PYTHONPATH=str(work / "mutants"),
        QT_QPA_PLATFORM="offscreen",
        CAKESHOP_TEST_SQLITE_TEMPLATE=str(migrated_template(work)),
    )
    for name in ("CAKESHOP_TEST_MYSQL_URL", "CAKESHOP_REQUIRE_MYSQL"):
        env.pop(name, None)  # SQLite only: the MySQL half of each test is deselected anyway
    log = work / "mutmut.log"
    with log.open("a", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "-m", "mutmut", "run", "--max-children", "1", *mutants],
            cwd=work,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if done.returncode != 0:
        print(f"   mutmut failed ({done.returncode}); see {log}", flush=True)


def migrated_template(work: Path) -> Path:
    """One migrated SQLite file every mutant's test session copies (migrating takes ~1 s)."""
    path = work / "template.sqlite3"
    script = (
        "import sys\n"
        "from cakeshop_desktop.core.db.engine import make_engine\n"
        "from cakeshop_desktop.core.db.migrate import upgrade\n"
        "engine = make_engine('sqlite:///' + sys.argv[1])\n"
        "upgrade(engine)\n"
        "engine.dispose()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT, check=True)
    return path


def mutmut_section(target: Target) -> str:
    def toml_list(values: Iterable[str]) -> str:
        return "[" + ", ".join(json.dumps(value) for value in values) + "]"

    pytest_args = ["-m", "not mysql", "-p", "no:cacheprovider"]
    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["cakeshop_desktop"]\n'
        f"only_mutate = {toml_list([target.source])}\n"
        f"pytest_add_cli_args = {toml_list(pytest_args)}\n"
        f"pytest_add_cli_args_test_selection = {toml_list(target.tests)}\n"
        "use_git_change_detection = false\n"
    )


@dataclass(frozen=True)
class Reviewed:
    """mutation/reviewed.toml: equivalent mutants, and the arguments that only name things
    in refusals (call name -> the argument's position and keyword)."""

    equivalent: list[dict[str, str]]
    message_arguments: dict[str, tuple[int, str]]


def load_reviewed() -> Reviewed:
    with REVIEWED.open("rb") as file:
        data = tomllib.load(file)
    entries = data.get("equivalent", [])
    for entry in entries:
        missing = {"module", "function", "removed", "added", "why"} - set(entry)
        if missing:
            raise SystemExit(f"{REVIEWED}: an entry lacks {sorted(missing)}: {entry}")
    arguments = {}
    for entry in data.get("message_argument", []):
        missing = {"call", "position", "keyword", "why"} - set(entry)
        if missing:
            raise SystemExit(f"{REVIEWED}: a message_argument lacks {sorted(missing)}: {entry}")
        arguments[entry["call"]] = (int(entry["position"]), entry["keyword"])
    return Reviewed(entries, arguments)


def classify(module: str, target: Target, reviewed: Reviewed) -> Outcome:
    outcome = Outcome(module)
    work = WORK / module
    meta = work / "mutants" / (target.source + ".meta")
    if not meta.exists():
        outcome.other["not run"] = 1
        return outcome
    codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    functions = mutant_functions(work / "mutants" / target.source)
    for name, code in sorted(codes.items(), key=lambda item: natural_key(item[0])):
        outcome.mutants += 1
        if code in KILLED:
            outcome.killed += 1
            continue
        if code not in SURVIVED:
            key = f"exit code {code}"
            outcome.other[key] = outcome.other.get(key, 0) + 1
            continue
        survivor = describe(name, functions)
        if message_only(name, functions, reviewed.message_arguments):
            outcome.message_only += 1
        elif any(matches(entry, module, survivor) for entry in reviewed.equivalent):
            outcome.reviewed += 1
        else:
            outcome.survivors.append(survivor)
    return outcome


def natural_key(name: str) -> tuple[str, int]:
    stem, _, number = name.rpartition("_")
    return stem, int(number) if number.isdigit() else 0


def mutant_functions(path: Path) -> dict[str, ast.FunctionDef]:
    """Every function of mutmut's generated file by name (originals end in __mutmut_orig)."""
    return mutant_functions_from_source(path.read_text(encoding="utf-8"))


def mutant_functions_from_source(source: str) -> dict[str, ast.FunctionDef]:
    tree = ast.parse(source)
    found: dict[str, ast.FunctionDef] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and "__mutmut_" in node.name:
            found[node.name] = node  # type: ignore[assignment]
    return found


def pair(
    name: str, functions: dict[str, ast.FunctionDef]
) -> tuple[ast.FunctionDef, ast.FunctionDef]:
    local = name.rpartition(".")[2]
    original = functions[local.partition("__mutmut_")[0] + "__mutmut_orig"]
    return original, functions[local]


def function_name(name: str) -> str:
    local = name.rpartition(".")[2].partition("__mutmut_")[0]
    local = local.removeprefix("x_")
    return local.replace("ǁ", ".").strip(".")


def describe(name: str, functions: dict[str, ast.FunctionDef]) -> Survivor:
    original, mutant = pair(name, functions)
    before = body_source(original).splitlines()
    after = body_source(mutant).splitlines()
    diff = "\n".join(unified_diff(before, after, lineterm="", n=1))
    removed = " | ".join(line[1:].strip() for line in diff.splitlines()[2:] if line[:1] == "-")
    added = " | ".join(line[1:].strip() for line in diff.splitlines()[2:] if line[:1] == "+")
    return Survivor(name, function_name(name), removed, added, diff)


def body_source(function: ast.FunctionDef) -> str:
    return "\n".join(ast.unparse(statement) for statement in function.body)


class _WithoutMessages(ast.NodeTransformer):
    """Blank what only shows in refusals: the arguments of every raised exception, and the
    arguments that name things in a refusal (given or left to their default)."""

    def __init__(self, message_arguments: dict[str, tuple[int, str]]) -> None:
        self._arguments = message_arguments

    def visit_Raise(self, node: ast.Raise) -> ast.Raise:
        if isinstance(node.exc, ast.Call):
            node.exc.args = []
            node.exc.keywords = []
        return node

    def visit_Call(self, node: ast.Call) -> ast.Call:
        self.generic_visit(node)
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if called in refusal_classes() or called in MESSAGE_CALLS:
            # a refusal made to be raised later, a marked template, a message: their text
            node.args = []
            node.keywords = []
        elif called in self._arguments:
            position, keyword = self._arguments[called]
            blank = ast.Constant("<message>")
            node.keywords = [k for k in node.keywords if k.arg != keyword]
            if len(node.args) > position:
                node.args[position] = blank
            elif len(node.args) == position:
                node.args.append(blank)  # left to its default: a message text as well
        return node


# A marked template (core/messages.py) and a message to be shown later: only text.
MESSAGE_CALLS = frozenset({"tr_noop", "Message"})


@functools.cache
def refusal_classes() -> frozenset[str]:
    """The names of the shop's refusals: every DomainError subclass of core.domain."""
    sys.path.insert(0, str(ROOT))
    try:
        from cakeshop_desktop.core import domain
    finally:
        sys.path.remove(str(ROOT))
    return frozenset(
        name
        for name, value in vars(domain).items()
        if isinstance(value, type) and issubclass(value, domain.DomainError)
    )


def message_only(
    name: str, functions: dict[str, ast.FunctionDef], message_arguments: dict[str, tuple[int, str]]
) -> bool:
    original, mutant = pair(name, functions)

    def blanked(function: ast.FunctionDef) -> str:
        body = ast.Module(body=[*function.body], type_ignores=[])
        copy = ast.parse(ast.unparse(body))
        return ast.dump(_WithoutMessages(message_arguments).visit(copy))

    return blanked(original) == blanked(mutant)


def matches(entry: dict[str, str], module: str, survivor: Survivor) -> bool:
    return (
        entry["module"] == module
        and entry["function"] == survivor.function
        and entry["removed"] == survivor.removed
        and entry["added"] == survivor.added
    )


def print_report(outcomes: list[Outcome]) -> None:
    for outcome in outcomes:
        for survivor in outcome.survivors:
            print(f"\n-- survived: {survivor.name}")
            print(f'   function = "{survivor.function}"')
            print(f"   removed = {json.dumps(survivor.removed, ensure_ascii=False)}")
            print(f"   added = {json.dumps(survivor.added, ensure_ascii=False)}")
    print()
    header = f"{'module':<12} {'mutants':>7} {'excluded':>8} {'counted':>7} {'killed':>6} {'survived':>8} {'score':>7}"
    print(header)
    for outcome in outcomes:
        excluded = outcome.message_only + outcome.reviewed
        extra = ", ".join(f"{k}: {v}" for k, v in outcome.other.items())
        print(
            f"{outcome.module:<12} {outcome.mutants:>7} {excluded:>8} {outcome.counted:>7}"
            f" {outcome.killed:>6} {len(outcome.survivors):>8} {outcome.score:>6.1f} %"
            + (f"   ({extra})" if extra else "")
        )
    counted = sum(outcome.counted for outcome in outcomes)
    killed = sum(outcome.killed for outcome in outcomes)
    lowest = min(outcomes, key=lambda outcome: outcome.score)
    print(
        f"excluded: {sum(o.message_only for o in outcomes)} message-only,"
        f" {sum(o.reviewed for o in outcomes)} reviewed as equivalent (mutation/reviewed.toml);"
        f" lowest module: {lowest.module} {lowest.score:.1f} %"
    )
    print(f"mutation score = {100.0 * killed / counted if counted else 100.0:.1f} %")


if __name__ == "__main__":
    sys.exit(main())
