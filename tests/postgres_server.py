"""A throwaway PostgreSQL server for the tests, started from Debian's ``postgresql`` package.

One server per test session, in a temporary folder, reachable by a unix
socket in that folder and on 127.0.0.1 at a free port, with ``trust``
authentication. PostgreSQL refuses to run as root, and the test machines and
CI run as root: then the server runs as the ``postgres`` OS user the Debian
package creates (its folder is made outside pytest's root-only temp folder).
The server's own time zone is Europe/Berlin, so that a default written in
the server's local time instead of UTC shows up in a test.

Not pytest-postgresql: it has no way to run the server as another OS user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import URL

#: The Debian package with the server binaries (initdb, pg_ctl, postgres).
DEBIAN_PACKAGE = "postgresql"
_DEBIAN_BIN_DIRS = "/usr/lib/postgresql"
_SERVER_TIME_ZONE = "Europe/Berlin"


class ServerMissingError(RuntimeError):
    """The PostgreSQL server binaries are not installed."""


def find_binaries() -> Path:
    """The folder of ``initdb`` and ``pg_ctl``: Debian's newest version, else ``PATH``.

    Raises:
        ServerMissingError: neither has them (one line naming the Debian package).
    """
    found = sorted(
        Path(_DEBIAN_BIN_DIRS).glob("*/bin/initdb"),
        key=lambda path: int(path.parents[1].name) if path.parents[1].name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    raise ServerMissingError(
        "the PostgreSQL tests need the server binaries (initdb, pg_ctl): "
        f"install the Debian package '{DEBIAN_PACKAGE}' (apt-get install {DEBIAN_PACKAGE}), "
        "or run only SQLite with --engine sqlite"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    """A running test server: its folder (also the socket's), port and superuser."""

    root: Path
    port: int
    bin_dir: Path
    user: str = "postgres"
    created: int = 0

    @property
    def log(self) -> Path:
        """The server's log file (read it when a test cannot connect)."""
        return self.root / "log"

    def url(self, database: str = "postgres") -> URL:
        """A SQLAlchemy URL for ``database`` on this server (through the unix socket)."""
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            database=database,
            query={"host": str(self.root), "port": str(self.port)},
        )

    def connect(self, database: str = "postgres") -> psycopg.Connection[Any]:
        """A plain psycopg connection in autocommit (for CREATE/DROP DATABASE)."""
        return psycopg.connect(
            host=str(self.root), port=self.port, user=self.user, dbname=database, autocommit=True
        )

    def create_database(self, template: str | None = None, *, prefix: str = "t") -> str:
        """A new database (a copy of ``template`` when given); returns its name."""
        self.created += 1
        name = f"{prefix}_{self.created}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            statement = sql.SQL("CREATE DATABASE {} TEMPLATE {} STRATEGY WAL_LOG").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        with self.connect() as conn:
            conn.execute(statement)
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name``, closing whatever connection is still open to it."""
        with self.connect() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def stop(self) -> None:
        """Stop the server at once and delete its folder."""
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        _run_as_server_user(self.root, [str(self.bin_dir / program), *args])


def _server_user() -> dict[str, Any]:
    """``subprocess`` arguments that run the server as ``postgres`` when we are root."""
    if os.geteuid() != 0:
        return {}
    try:
        account = pwd.getpwnam("postgres")  # created by the Debian package
    except KeyError:
        raise ServerMissingError(
            "PostgreSQL refuses to run as root and there is no 'postgres' user: "
            f"install the Debian package '{DEBIAN_PACKAGE}'"
        ) from None
    return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}


def _run_as_server_user(root: Path, command: list[str]) -> None:
    # stdout to DEVNULL, never a pipe: a started postmaster would keep a pipe
    # open and the call would wait for it for ever (hence also pg_ctl -l).
    done = subprocess.run(
        command,
        cwd=root,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        **_server_user(),
    )
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed: {done.stderr.strip()}")


def start_server() -> PostgresServer:
    """Create a cluster in a new temporary folder and start it (about a second).

    The folder is directly in the system's temp folder: a unix socket path
    must stay short, and pytest's own temp folder is readable by root only.
    """
    bin_dir = find_binaries()
    root = Path(tempfile.mkdtemp(prefix="ltpg-"))
    try:
        user = _server_user()
        if user:
            os.chown(root, user["user"], user["group"])
        port = _free_port()
        server = PostgresServer(root, port, bin_dir)
        server._run(
            "initdb",
            "-D",
            str(root / "data"),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
            "--no-instructions",
        )
        options = (
            f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
            f"-c full_page_writes=off -c synchronous_commit=off -c timezone={_SERVER_TIME_ZONE}"
        )
        server._run(
            "pg_ctl", "-D", str(root / "data"), "-l", str(server.log), "-w", "-t", "30",
            "-o", options, "start",
        )  # fmt: skip
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server
