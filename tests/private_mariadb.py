"""A private MariaDB server for tests that must freeze, stop or reconfigure their server.

The shared server of CAKESHOP_TEST_MYSQL_URL is never frozen or reconfigured: a test that
needs SIGSTOP or binary logging starts its own `mariadbd` on a free port with its own data
directory (made by `mariadb-install-db`), and stops it afterwards. The `private_mariadb`
fixture of tests/conftest.py skips with a reason when the server programs are missing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

SERVER_NAMES = ("mariadbd", "mysqld")
INSTALL_NAMES = ("mariadb-install-db", "mysql_install_db")
SEARCH_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/usr/local/sbin"])
START_SECONDS = 60


def find_program(names: tuple[str, ...]) -> str | None:
    for name in names:
        found = shutil.which(name, path=SEARCH_PATH)
        if found:
            return found
    return None


def missing_programs() -> str | None:
    """Why a private server cannot be started here, or None when it can."""
    if find_program(SERVER_NAMES) is None:
        return "mariadbd is not installed (apt-get install mariadb-server)"
    if find_program(INSTALL_NAMES) is None:
        return "mariadb-install-db is not installed (apt-get install mariadb-server)"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivateMariaDB:
    """One `mariadbd` of this test run: root without a password on 127.0.0.1:`port`."""

    def __init__(
        self,
        *,
        log_bin: bool = False,
        port: int | None = None,
        server_id: int = 1,
        read_only: bool = False,
    ) -> None:
        # Not under pytest's tmp_path: that is private to root, and mariadbd runs as mysql.
        self.folder = Path(tempfile.mkdtemp(prefix="cakeshop-mariadb-"))
        self.datadir = self.folder / "data"
        self.port = port or free_port()
        self.log_bin = log_bin
        self.server_id = server_id  # a replica needs an id of its own
        self.read_only = read_only  # only replication (and root) may write
        self.process: subprocess.Popen[bytes] | None = None

    # --- life cycle

    def start(self) -> PrivateMariaDB:
        self.install()
        self.launch()
        self.wait_until_up()
        return self

    def install(self) -> None:
        """Make the data directory with `mariadb-install-db` (owned by mysql when run as root)."""
        server, install = find_program(SERVER_NAMES), find_program(INSTALL_NAMES)
        assert server and install, missing_programs()
        if self.as_root:  # mariadbd drops to mysql, which must own its folder
            shutil.chown(self.folder, "mysql", "mysql")
        subprocess.run(
            [
                install,
                "--no-defaults",
                *self.user_options(),
                f"--datadir={self.datadir}",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
            ],
            check=True,
            capture_output=True,
        )

    @property
    def as_root(self) -> bool:
        return os.geteuid() == 0

    def user_options(self) -> list[str]:
        return ["--user=mysql"] if self.as_root else []

    def server_options(self) -> list[str]:
        """The command line of `mariadbd` (a subclass may name a defaults file instead)."""
        options = [
            "--no-defaults",
            *self.user_options(),
            f"--datadir={self.datadir}",
            f"--port={self.port}",
            "--bind-address=127.0.0.1",
            f"--socket={self.folder / 'mariadbd.sock'}",
            f"--pid-file={self.folder / 'mariadbd.pid'}",
            f"--log-error={self.folder / 'error.log'}",
            "--skip-name-resolve",
            "--innodb-buffer-pool-size=32M",
            "--performance-schema=OFF",
        ]
        if self.log_bin:
            options.append(f"--log-bin={self.folder / 'binlog'}")
        options.append(f"--server-id={self.server_id}")
        if self.read_only:
            options.append("--read-only=ON")
        return options

    def launch(self, *extra: str) -> None:
        """Start `mariadbd` on the data directory (made by install()); returns at once."""
        server = find_program(SERVER_NAMES)
        assert server, missing_programs()
        self.process = subprocess.Popen(
            [server, *self.server_options(), *extra],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,  # what matters goes to error.log
        )

    def wait_until_up(self, seconds: float = START_SECONDS) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"mariadbd exited at start: {self.error_log()}")
            with contextlib.suppress(Exception):
                self.execute("SELECT 1")
                return
            time.sleep(0.2)
        raise RuntimeError(f"mariadbd did not answer within {seconds} s: {self.error_log()}")

    def stop(self, *, remove: bool = True) -> None:
        """SIGTERM (a clean shutdown), SIGKILL after 30 s; `remove` deletes the data too."""
        if self.process is None:
            if remove:
                shutil.rmtree(self.folder, ignore_errors=True)
            return
        self.thaw()  # a stopped process cannot act on SIGTERM
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None
        if remove:
            shutil.rmtree(self.folder, ignore_errors=True)

    def error_log(self) -> str:
        path = self.folder / "error.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else "(no error log)"

    # --- freezing

    def freeze(self) -> None:
        """SIGSTOP: the server keeps its port open but answers nothing (a hung machine)."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        if self.process is not None:
            os.kill(self.process.pid, signal.SIGCONT)

    @contextlib.contextmanager
    def frozen(self) -> Iterator[None]:
        self.freeze()
        try:
            yield
        finally:
            self.thaw()

    # --- URLs and SQL

    def url(self, database: str | None = None, user: str = "root", password: str = "") -> URL:
        return URL.create(
            "mysql+pymysql",
            username=user,
            password=password or None,
            host="127.0.0.1",
            port=self.port,
            database=database,
        )

    def url_text(self, database: str | None = None, user: str = "root", password: str = "") -> str:
        return self.url(database, user, password).render_as_string(hide_password=False)

    def execute(self, *statements: str) -> None:
        """Run statements as root (CREATE DATABASE, CREATE USER, GRANT, ...)."""
        engine = create_engine(self.url(), connect_args={"connect_timeout": 5})
        try:
            with engine.begin() as connection:
                for statement in statements:
                    connection.execute(text(statement))
        finally:
            engine.dispose()

    def create_database(self, name: str) -> str:
        self.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        return self.url_text(name)
