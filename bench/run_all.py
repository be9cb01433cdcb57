"""What `make bench` runs: generate the bench data if the database is missing, then each bench.

python bench/run_all.py [--database-url URL]   (default: CAKESHOP_TEST_MYSQL_URL's
                                                 server, database cakeshop_bench)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import bench_database
from sqlalchemy import make_url

HERE = Path(__file__).resolve().parent


def run(script: str, *args: str) -> int:
    print(f"\n=== {script} {' '.join(args)}", flush=True)
    started = time.perf_counter()
    code = subprocess.call([sys.executable, str(HERE / script), *args])
    print(f"=== {script}: exit {code}, {time.perf_counter() - started:.0f} s", flush=True)
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench_database.add_url_argument(parser)
    parser.add_argument("--terminals", default="8")
    args = parser.parse_args(argv)
    url = bench_database.require_url(parser, args)
    text = bench_database.url_text(url)
    checkout_url = bench_database.url_text(make_url(text).set(database=f"{url.database}_checkout"))
    counters_url = bench_database.url_text(make_url(text).set(database=f"{url.database}_counters"))
    print(f"MariaDB/MySQL {bench_database.server_version(url)}, Python {sys.version.split()[0]}")
    failures = 0
    if not bench_database.database_exists(url):
        failures += run("generate.py", "--database-url", text) != 0
    failures += run("catalog.py", "--database-url", text) != 0
    failures += run("history.py", "--database-url", text) != 0
    failures += run("reports.py", "--database-url", text) != 0
    failures += run("admin_grid.py", "--database-url", text) != 0
    failures += run("catalog_view.py", "--database-url", text) != 0
    failures += run("startup.py") != 0
    failures += (
        run("checkout.py", "--database-url", checkout_url, "--terminals", args.terminals) != 0
    )
    # 50 counters at a human pace on a small database of their own (generated on first use)
    failures += run("counters.py", "--database-url", counters_url) != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
