"""A 3-node MariaDB Galera cluster on loopback, for the cluster tests and bench/cluster.py.

Each node is a PrivateMariaDB (tests/private_mariadb.py) with its own data directory, SQL
port (4306–4308) and Galera ports (4567–4589), running as the mysql user from a defaults
file of its own (so the system's my.cnf, which names the shared server's datadir and
socket, is never read). The first node starts a new cluster; the others join it one at a
time by state transfer (rsync). /work/shared/GALERA.md tells what was needed and why.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import time
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, text

from tests.private_mariadb import PrivateMariaDB, missing_programs

PROVIDER = Path("/usr/lib/galera/libgalera_smm.so")
SQL_PORTS = (4306, 4307, 4308)
GALERA_PORTS = (4567, 4577, 4587)  # each node uses P (group), P+1 (IST) and P+2 (SST)
JOIN_SECONDS = 120


def cluster_unavailable() -> str | None:
    """Why a Galera cluster cannot be started here, or None when it can."""
    reason = missing_programs()
    if reason is not None:
        return reason
    if not PROVIDER.exists():
        return f"galera-4 is not installed ({PROVIDER} is missing: apt-get install galera-4)"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("mysql")
        except KeyError:
            return "there is no mysql user for the nodes to run as"
    busy = [port for port in (*SQL_PORTS, *GALERA_PORTS) if _port_in_use(port)]
    if busy:
        return f"the cluster's ports are in use: {busy}"
    return None


def _port_in_use(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


class GaleraNode(PrivateMariaDB):
    """One node: its SQL port, its Galera ports and the cluster's address."""

    def __init__(self, number: int, cluster_address: str) -> None:
        super().__init__(port=SQL_PORTS[number])
        self.number = number
        self.name = f"node{number + 1}"
        self.galera_port = GALERA_PORTS[number]
        self.cluster_address = cluster_address
        self.defaults_file = self.folder / "my.cnf"

    def write_defaults(self) -> None:
        p = self.galera_port
        lines = [
            "[mariadbd]",
            *(["user=mysql"] if self.as_root else []),
            f"datadir={self.datadir}",
            f"port={self.port}",
            "bind-address=127.0.0.1",
            f"socket={self.folder / 'mariadbd.sock'}",
            f"pid-file={self.folder / 'mariadbd.pid'}",
            f"log-error={self.folder / 'error.log'}",
            "skip-name-resolve",
            "innodb_buffer_pool_size=64M",
            "performance_schema=OFF",
            "binlog_format=ROW",
            "default_storage_engine=InnoDB",
            "innodb_autoinc_lock_mode=2",
            "innodb_flush_log_at_trx_commit=2",
            # Galera replicates by binary log events: without this only SUPER may create
            # the schema's triggers (README: running the shop on a cluster)
            "log_bin_trust_function_creators=1",
            "wsrep_on=ON",
            f"wsrep_provider={PROVIDER}",
            f"wsrep_cluster_address=gcomm://{self.cluster_address}",
            "wsrep_cluster_name=cakeshop_test",
            "wsrep_node_address=127.0.0.1",
            f"wsrep_node_name={self.name}",
            f"wsrep_sst_receive_address=127.0.0.1:{p + 2}",
            "wsrep_sst_method=rsync",
            "wsrep_provider_options="
            f"'gmcast.listen_addr=tcp://127.0.0.1:{p};ist.recv_addr=127.0.0.1:{p + 1};"
            "gcache.size=64M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;"
            "evs.install_timeout=PT6S'",
        ]
        self.defaults_file.write_text("\n".join(lines) + "\n")

    def server_options(self) -> list[str]:
        return [f"--defaults-file={self.defaults_file}"]

    def install(self) -> None:
        super().install()
        self.write_defaults()

    # --- Galera's view

    def status(self, name: str) -> str:
        engine = create_engine(self.url(), connect_args={"connect_timeout": 3})
        try:
            with engine.connect() as connection:
                row = connection.execute(text("SHOW STATUS LIKE :n"), {"n": name}).first()
                return str(row[1]) if row else ""
        finally:
            engine.dispose()

    def wait_for(self, name: str, wanted: str, seconds: float = JOIN_SECONDS) -> None:
        deadline = time.monotonic() + seconds
        seen = ""
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited: {self.error_log()}")
            with contextlib.suppress(Exception):
                seen = self.status(name)
                if seen == wanted:
                    return
            time.sleep(0.3)
        raise RuntimeError(f"{self.name}: {name} is {seen!r}, not {wanted!r}: {self.error_log()}")

    # --- crash and recovery

    def kill(self) -> None:
        """SIGKILL: the node dies as in a power cut, its data stays for the restart."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.process = None

    def recovered_position(self) -> str | None:
        """What galera_recovery does: `mariadbd --wsrep-recover` finds the last committed
        position in InnoDB, which lets the restarted node ask for IST instead of a full copy."""
        before = self.error_log_size()
        self.launch("--wsrep-recover")
        assert self.process is not None
        self.process.wait(timeout=120)
        self.process = None
        log = self.error_log_text()[before:]
        found = re.findall(r"Recovered position: ([0-9a-f-]+:-?\d+)", log)
        return found[-1] if found else None

    def restart_after_kill(self) -> None:
        position = self.recovered_position()
        extra = [f"--wsrep-start-position={position}"] if position else []
        self.launch(*extra)

    def error_log_text(self) -> str:
        path = self.folder / "error.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def error_log_size(self) -> int:
        return len(self.error_log_text())


class GaleraCluster:
    """Three nodes; `start()` forms the cluster, `stop()` stops every node it started."""

    def __init__(self) -> None:
        address = ",".join(f"127.0.0.1:{port}" for port in GALERA_PORTS)
        self.nodes = [GaleraNode(n, address) for n in range(len(SQL_PORTS))]

    def start(self) -> GaleraCluster:
        first, *joiners = self.nodes
        for node in self.nodes:
            node.install()
        first.launch("--wsrep-new-cluster")
        first.wait_until_up(JOIN_SECONDS)
        first.wait_for("wsrep_ready", "ON")
        for size, node in enumerate(joiners, start=2):
            node.launch()
            node.wait_until_up(JOIN_SECONDS)
            node.wait_for("wsrep_ready", "ON")
            first.wait_for("wsrep_cluster_size", str(size))
        return self

    def stop(self) -> None:
        """Joiners first, then the first node; the data directories are removed."""
        for node in reversed(self.nodes):
            with contextlib.suppress(Exception):
                node.stop()

    def wait_until_size(self, size: int, seconds: float = JOIN_SECONDS) -> None:
        alive = next(node for node in self.nodes if node.process is not None)
        alive.wait_for("wsrep_cluster_size", str(size), seconds)

    def failover_url(self, database: str, user: str, password: str, first: int = 0) -> str:
        """The shop's URL naming every node, starting with node `first`."""
        order = self.nodes[first:] + self.nodes[:first]
        hosts = ",".join(f"127.0.0.1:{node.port}" for node in order)
        return (
            f"mysql+pymysql://{quote(user, safe='')}:{quote(password, safe='')}@{hosts}/{database}"
        )

    def execute(self, *statements: str) -> None:
        self.nodes[0].execute(*statements)


def ist_received(node: GaleraNode, since: int) -> bool:
    """True when the node's log since `since` shows it caught up by IST, not a full SST."""
    log = node.error_log_text()[since:]
    return "IST received" in log or "Receiving IST" in log
