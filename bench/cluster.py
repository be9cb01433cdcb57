"""Checkout on a 3-node Galera cluster: throughput and retries per node (a short run).

Starts its own cluster on loopback (tests/cluster/galera.py: ports 4306–4308 and
4567–4589, galera-4 and mariadbd needed; run as root it runs the nodes as mysql), migrates
the shop through node 1, and lets `--tills` tills (processes) sell for `--seconds`, till n
talking to node n % 3 first. Per node it prints the orders its tills made per second, the
sales they ran again (a lasting certification conflict or a lost node), and what Galera
counted on that node: certification failures and brute-force aborts (each one a deadlock
error that `checkout.place_order` retried). The cluster is stopped at the end.

    PYTHONPATH=. python bench/cluster.py --tills 6 --seconds 20
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cakeshop_desktop.core.db.engine import make_engine  # noqa: E402
from cakeshop_desktop.core.db.migrate import upgrade  # noqa: E402
from tests.cluster.cluster_workers import (  # noqa: E402
    ClusterTillReport,
    run_cluster_till,
    stock_the_shop,
    till_users,
)
from tests.cluster.conftest import COUNTER, DATABASE, OWNER  # noqa: E402
from tests.cluster.galera import GaleraCluster, GaleraNode, cluster_unavailable  # noqa: E402
from tests.integration.concurrency_workers import TillPlan  # noqa: E402
from tests.mysql_accounts import counter_grant  # noqa: E402

GALERA_COUNTERS = ("wsrep_local_cert_failures", "wsrep_local_bf_aborts")


def _counters(node: GaleraNode) -> dict[str, int]:
    return {name: int(node.status(name) or 0) for name in GALERA_COUNTERS}


def _prepare(cluster: GaleraCluster) -> str:
    owner, counter = (f"'{name}'@'127.0.0.1'" for name, _ in (OWNER, COUNTER))
    cluster.execute(
        f"CREATE DATABASE {DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
        f"CREATE USER {owner} IDENTIFIED BY '{OWNER[1]}'",
        f"GRANT ALL PRIVILEGES ON {DATABASE}.* TO {owner}",
        f"CREATE USER {counter} IDENTIFIED BY '{COUNTER[1]}'",
        counter_grant(DATABASE, counter).rstrip(";"),
    )
    owner_url = cluster.nodes[0].url_text(DATABASE, *OWNER)
    engine = make_engine(owner_url)
    upgrade(engine)
    engine.dispose()
    return owner_url


def _race(cluster: GaleraCluster, owner_url: str, tills: int, seconds: float) -> list:
    showcase, baked, due_at = stock_the_shop(
        owner_url, {"Медовик": 100_000, "Наполеон": 100_000}, 100_000
    )
    users = till_users(owner_url, tills)
    context = multiprocessing.get_context("spawn")
    barrier, stop, reports = context.Barrier(tills + 1), context.Event(), context.Queue()
    processes = [
        context.Process(
            target=run_cluster_till,
            args=(
                TillPlan(
                    url=cluster.failover_url(DATABASE, *COUNTER, first=n % 3),
                    number=n,
                    actor=user,
                    showcase=showcase,
                    baked=baked,
                    due_at=due_at,
                    attempts=0,
                ),
                barrier,
                stop,
                reports,
            ),
        )
        for n, user in enumerate(users)
    ]
    for process in processes:
        process.start()
    barrier.wait(timeout=120)  # every till has started and connected: the clock starts
    time.sleep(seconds)
    stop.set()
    results = [reports.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tills", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    reason = cluster_unavailable()
    if reason is not None:
        print(f"no Galera cluster: {reason}")
        return 2
    cluster = GaleraCluster()
    try:
        started = time.monotonic()
        cluster.start()
        print(f"cluster of 3 up in {time.monotonic() - started:.1f} s")
        owner_url = _prepare(cluster)
        before = [_counters(node) for node in cluster.nodes]
        reports: list[ClusterTillReport] = _race(cluster, owner_url, args.tills, args.seconds)
        after = [_counters(node) for node in cluster.nodes]
    finally:
        cluster.stop()
    crashes = [crash for report in reports for crash in report.crashes]
    print(f"{args.tills} tills, {args.seconds:.0f} s, the made-to-order day and two cakes shared")
    print("node  tills  orders  orders/s  sales run again  cert failures  bf aborts")
    total = 0
    for number, node in enumerate(cluster.nodes):
        mine = [report for report in reports if report.number % 3 == number]
        orders = sum(len(report.orders) for report in mine)
        total += orders
        elapsed = max((report.seconds for report in mine), default=0.0) or args.seconds
        delta = {name: after[number][name] - before[number][name] for name in GALERA_COUNTERS}
        print(
            f"{node.name:>4}  {len(mine):5d}  {orders:6d}  {orders / elapsed:8.1f}  "
            f"{sum(report.retries for report in mine):15d}  "
            f"{delta['wsrep_local_cert_failures']:13d}  {delta['wsrep_local_bf_aborts']:9d}"
        )
    elapsed = max(report.seconds for report in reports) or args.seconds
    print(f"cluster: {total / elapsed:.1f} orders/s" + (", FAILED" if crashes else ""))
    for crash in crashes:
        print(crash)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
