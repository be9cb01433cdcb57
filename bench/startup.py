"""Start-up time: process start to the login dialog painted, against a bare PySide6 window.

Each repetition spawns two fresh interpreters in turn (`python -c ...`): one runs
`cakeshop_desktop.gui.app.launch(url)` (QApplication, translations, icon, the login dialog
painted, then the database opened and its schema checked behind it), the other creates a
QApplication and shows an empty QWidget. The clock starts just before the process is
spawned and stops when the child's window receives its first paint event (an event filter
on the window; `launch()` paints the dialog through `show_painted()` before it opens the
database); the child prints that moment on the system-wide monotonic clock. The phase list shows when `launch()` returned
with the database open: the moment a typed login is answered. Which of the two goes first alternates, and one unmeasured
run of each warms the disk cache and the bytecode. Prints median and p95 of both and
their ratio; the target is startup/bare <= 2.0.

The database is by default an SQLite file in a temporary directory, migrated beforehand
so the figure is start-up, not the first migration; `--database-url` measures a server
(it must already be at the newest schema, e.g. the bench database).

    python bench/startup.py [--repeat 10] [--platform offscreen|xcb]
    python bench/startup.py --database-url mysql+pymysql://root@127.0.0.1/cakeshop_bench
    xvfb-run -a python bench/startup.py --platform xcb
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_database

TARGET_RATIO = 2.0
CHILD_TIMEOUT_S = 60.0
ROOT = Path(__file__).resolve().parent.parent
MARK = "BENCH-SHOWN"

# Both children stop the clock the same way: the first paint of their top-level window, seen
# by an event filter on that window (a filter on the whole application would add ~25 ms of
# Python calls to the dialog's construction). They also report phase times (ms since the
# child's first line) for the breakdown.
_COMMON = """
import os, sys, time
began = time.monotonic_ns()
phases = []
def phase(name):
    phases.append((name, (time.monotonic_ns() - began) / 1e6))
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
phase("import PySide6")

class PaintWatch(QObject):
    painted = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = time.monotonic_ns()
            phase("first paint")
        return False

def report_and_exit(watch):
    print(f"{MARK} {watch.painted} {began}", flush=True)
    print("PHASES " + ";".join(f"{n}={ms:.1f}" for n, ms in phases), flush=True)
    sys.stdout.flush()
    os._exit(0)

def wait_for_paint(watch):
    app = QApplication.instance()
    deadline = time.monotonic() + int(sys.argv[1]) / 1000
    while watch.painted is None:
        if time.monotonic() > deadline:
            print("NO PAINT", flush=True)
            os._exit(3)
        app.processEvents()
        time.sleep(0.001)
"""

BARE_CHILD = (
    _COMMON
    + """
app = QApplication(sys.argv[:1])
phase("QApplication")
watch = PaintWatch()
window = QWidget()
window.installEventFilter(watch)
window.setWindowTitle("bare")
window.resize(400, 260)
window.show()
phase("shown")
wait_for_paint(watch)
report_and_exit(watch)
"""
)

APP_CHILD = (
    _COMMON
    + """
import cakeshop_desktop.gui.app as shop_app
phase("import app")
app = shop_app.ensure_application()
phase("QApplication + translations + icon")
watch = PaintWatch()
_show_painted = shop_app.show_painted
def show_painted(widget):  # launch() shows the login dialog through this: watch it
    widget.installEventFilter(watch)
    _show_painted(widget)
shop_app.show_painted = show_painted
dialog = shop_app.launch(sys.argv[2])
phase("database open, login ready (launch returned)")
wait_for_paint(watch)
report_and_exit(watch)
"""
)


def child_env(platform: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    """Milliseconds from spawning to the first paint, and the child's phase times."""
    timeout_ms = str(int(CHILD_TIMEOUT_S * 1000))
    command = [sys.executable, "-c", f"MARK = {MARK!r}\n{code}", timeout_ms, *args]
    started = time.monotonic_ns()
    try:
        done = subprocess.run(
            command,
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S + 10,
        )
    except subprocess.TimeoutExpired as exc:
        raise SystemExit(f"startup: a child did not finish within {CHILD_TIMEOUT_S:.0f} s") from exc
    shown_ns = None
    phases: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith(MARK + " "):
            shown_ns = int(line.split()[1])
            phases["interpreter start"] = (int(line.split()[2]) - started) / 1e6
        elif line.startswith("PHASES "):
            for item in line[len("PHASES ") :].split(";"):
                name, _, ms = item.rpartition("=")
                phases[name] = float(ms)
    if shown_ns is None or done.returncode != 0:
        raise SystemExit(
            f"startup: the child failed (exit {done.returncode}) before its window was painted:\n"
            f"{done.stdout[-2000:]}{done.stderr[-4000:]}"
        )
    return (shown_ns - started) / 1e6, phases


def migrated_sqlite(directory: str) -> str:
    """A new SQLite database at the newest schema (the migration is not measured)."""
    from cakeshop_desktop.core.setup.database import open_database

    url = f"sqlite:///{Path(directory) / 'shop.sqlite3'}"
    open_database(url).dispose()
    return url


def check_server(url: str) -> None:
    """A server database must exist and be migrated: start-up alone is measured."""
    from cakeshop_desktop.core.db.engine import make_engine
    from cakeshop_desktop.core.db.migrate import current_revision, head_revision

    engine = make_engine(url)
    try:
        revision = current_revision(engine)
    except Exception as exc:  # noqa: BLE001 - one clear line instead of a trace
        raise SystemExit(f"startup: cannot open {url}: {exc}") from exc
    finally:
        engine.dispose()
    if revision != head_revision():
        raise SystemExit(
            f"startup: {url} is at schema {revision}, not {head_revision()}: migrate it first "
            "(e.g. bench/generate.py) so the run measures start-up, not a migration"
        )


def summary(name: str, samples: list[float]) -> str:
    return (
        f"{name:>8}  median {statistics.median(samples):7.0f} ms  "
        f"p95 {bench_database.percentile(samples, 0.95):7.0f} ms  "
        f"min {min(samples):7.0f}  max {max(samples):7.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url",
        default=None,
        help="the database the app opens (default: a migrated SQLite file in a temp dir)",
    )
    parser.add_argument("--repeat", type=int, default=10, help="runs of each (default 10)")
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="QT_QPA_PLATFORM of the children (default offscreen; xcb under xvfb-run)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs a display: run under xvfb-run -a")
    env = child_env(args.platform)
    with tempfile.TemporaryDirectory(prefix="cakeshop-startup-") as directory:
        if args.database_url:
            url, label = args.database_url, "server " + args.database_url.split("://")[0]
            check_server(url)
        else:
            url, label = migrated_sqlite(directory), "SQLite (migrated beforehand)"
        kinds = {"bare": (BARE_CHILD, []), "startup": (APP_CHILD, [url])}
        for code, child_args in kinds.values():  # warm the disk cache and the .pyc files
            run_child(code, child_args, env)
        samples: dict[str, list[float]] = {name: [] for name in kinds}
        phases: dict[str, list[dict[str, float]]] = {name: [] for name in kinds}
        for i in range(args.repeat):
            order = list(kinds) if i % 2 == 0 else list(reversed(kinds))
            for name in order:
                code, child_args = kinds[name]
                ms, child_phases = run_child(code, child_args, env)
                samples[name].append(ms)
                phases[name].append(child_phases)
    print(
        f"startup: {args.repeat} runs each, alternating, platform {args.platform}, "
        f"database {label}; process spawn to first paint of the window"
    )
    for name in ("bare", "startup"):
        print(summary(name, samples[name]))
    print("median phases of the app child (ms since spawn, cumulative):")
    shift = statistics.median(p["interpreter start"] for p in phases["startup"])
    print(f"  {'interpreter start':>44}  {shift:7.0f}")
    for key in phases["startup"][0]:
        if key != "interpreter start":
            value = statistics.median(p[key] for p in phases["startup"]) + shift
            print(f"  {key:>44}  {value:7.0f}")
    ratio = statistics.median(samples["startup"]) / statistics.median(samples["bare"])
    verdict = "met" if ratio <= TARGET_RATIO else "missed"
    print(f"startup/bare = {ratio:.2f} (target <= {TARGET_RATIO:.1f}: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
