"""The 3-node Galera cluster of tests/cluster (package scope): started once, always stopped
when the last cluster test is done, also after a failure.

Skipped with the reason where galera-4 or mariadbd is missing. The shop's database is
migrated through node 1 by the owner's account; the tills use the counters' account.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from cakeshop_desktop.core.db.engine import make_engine
from cakeshop_desktop.core.db.migrate import upgrade
from tests.cluster.galera import GaleraCluster, cluster_unavailable
from tests.mysql_accounts import counter_grant

DATABASE = "cakeshop"
OWNER = ("cakeshop_owner", "Owner-pw@1")
COUNTER = ("cakeshop_counter", "Counter-pw@1")


@dataclass(frozen=True)
class ClusterShop:
    cluster: GaleraCluster
    owner_url: str  # node 1 only: where the schema was migrated

    def counter_url(self, first: int = 0) -> str:
        """The counters' URL naming all three nodes, starting with node `first`."""
        return self.cluster.failover_url(DATABASE, *COUNTER, first=first)


@pytest.fixture(scope="package")
def galera_cluster(request: pytest.FixtureRequest) -> Iterator[GaleraCluster]:
    reason = cluster_unavailable()
    if reason is not None:
        pytest.skip(f"no Galera cluster: {reason}")
    cluster = GaleraCluster()
    request.addfinalizer(cluster.stop)  # also when start() fails half-way
    cluster.start()
    yield cluster


@pytest.fixture(scope="package")
def cluster_shop(galera_cluster: GaleraCluster) -> ClusterShop:
    owner, counter = (f"'{name}'@'127.0.0.1'" for name, _ in (OWNER, COUNTER))
    galera_cluster.execute(
        f"CREATE DATABASE {DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
        f"CREATE USER {owner} IDENTIFIED BY '{OWNER[1]}'",
        f"GRANT ALL PRIVILEGES ON {DATABASE}.* TO {owner}",
        f"CREATE USER {counter} IDENTIFIED BY '{COUNTER[1]}'",
        counter_grant(DATABASE, counter).rstrip(";"),
    )
    first = galera_cluster.nodes[0]
    owner_url = first.url_text(DATABASE, *OWNER)
    engine = make_engine(owner_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return ClusterShop(galera_cluster, owner_url)
