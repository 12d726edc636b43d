"""Connecting the app to a team database on a PostgreSQL server (issue 19, item 1).

Real widgets, the tests' own PostgreSQL server (reached over TCP on
127.0.0.1 as a user would), the keychain in memory (``keychain`` fixture).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from leadtracker.db.postgres.keychain import SERVICE
from leadtracker.services.opening import build_server_address
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.connect_dialog import ConnectDialog
from leadtracker.ui.shell.startup import DeskApp
from tests.memory_keyring import MemoryKeyring
from tests.postgres_server import PostgresServer
from tests.ui.modal_answers import answer_modal


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_file: Path) -> AppSettings:
    return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def dialog(qtbot: QtBot, settings: AppSettings) -> ConnectDialog:
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def desk_app(qtbot: QtBot, settings: AppSettings) -> Iterator[DeskApp]:
    app = DeskApp(settings)
    yield app
    for widget in QApplication.topLevelWidgets():  # the window, who-is-working: none stays open
        if widget.isVisible():
            widget.close()
    app.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _fill(
    dialog: ConnectDialog, server: PostgresServer, database: str, *, port: int | None = None
) -> None:
    dialog.host.setText("127.0.0.1")
    dialog.port.setText(str(port or server.port))
    dialog.database.setText(database)
    dialog.user.setText(server.user)
    dialog.tls_mode.setCurrentIndex(dialog.tls_mode.findData("disable"))


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("host", "", "Host: this must be filled in"),
        ("port", "0", "Port: 0 is not a port number (1–65535)"),
        ("port", "70000", "Port: 70000 is not a port number (1–65535)"),
        ("port", "abc", "Port: abc is not a port number (1–65535)"),
        ("database", " ", "Database: this must be filled in"),
        ("user", "", "User: this must be filled in"),
    ],
)
def test_the_dialog_refuses_bad_input_naming_the_field(
    dialog: ConnectDialog, field: str, value: str, named: str
) -> None:
    dialog.host.setText("db.example")
    dialog.user.setText("anna")
    getattr(dialog, field).setText(value)
    dialog.connect_button.click()
    assert dialog.outcome.text() == named
    assert dialog.address is None
    assert not dialog.result()  # not accepted


def test_verify_full_needs_the_root_certificate(dialog: ConnectDialog) -> None:
    dialog.host.setText("db.example")
    dialog.user.setText("anna")
    assert not dialog.root_certificate.isEnabled()
    dialog.tls_mode.setCurrentIndex(dialog.tls_mode.findData("verify-full"))
    assert dialog.root_certificate.isEnabled()
    dialog.test_button.click()
    assert dialog.outcome.text() == "Root certificate: verify-full needs the certificate file"


def test_test_connection_reports_the_servers_version(
    qtbot: QtBot, dialog: ConnectDialog, postgres_server: PostgresServer, postgres_database: str
) -> None:
    _fill(dialog, postgres_server, postgres_database)
    dialog.test_button.click()
    qtbot.waitUntil(
        lambda: dialog.outcome.text().startswith("Connected: PostgreSQL "), timeout=10_000
    )


def test_test_connection_says_refused_and_no_such_database(
    qtbot: QtBot, dialog: ConnectDialog, postgres_server: PostgresServer
) -> None:
    _fill(dialog, postgres_server, "postgres", port=_closed_port())
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "refused the connection" in dialog.outcome.text(), timeout=10_000)
    _fill(dialog, postgres_server, "no_such_db")
    qtbot.waitUntil(dialog.test_button.isEnabled)
    dialog.test_button.click()
    qtbot.waitUntil(
        lambda: dialog.outcome.text().endswith("there is no database no_such_db on this server"),
        timeout=10_000,
    )


def test_connecting_switches_the_app_and_keeps_the_password_in_the_keychain_only(
    qtbot: QtBot,
    desk_app: DeskApp,
    keychain: MemoryKeyring,
    postgres_server: PostgresServer,
    postgres_database: str,
) -> None:
    settings = desk_app.settings
    settings_file = Path(settings.store.fileName())
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, postgres_server, postgres_database)
    dialog.password.setText("s3cret-Passw0rd")
    dialog.connect_button.click()
    assert dialog.address is not None
    where = f"{postgres_server.user}@127.0.0.1:{postgres_server.port}/{postgres_database}"
    assert keychain.passwords == {(SERVICE, where): "s3cret-Passw0rd"}

    assert desk_app.open(dialog.address)
    desk = desk_app.desk
    assert desk is not None
    assert desk.services.database.on_server
    qtbot.waitUntil(lambda: "companies" in desk.window.statusBar().currentMessage())
    assert desk.window.statusBar().currentMessage().startswith(where)
    assert where in desk.window.windowTitle()
    settings.store.sync()
    stored = settings_file.read_text(encoding="utf-8")
    assert f"127.0.0.1:{postgres_server.port}/{postgres_database}" in stored
    assert "s3cret-Passw0rd" not in stored
    assert "s3cret" not in stored
    reread = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    assert reread.database_location == dialog.address


def test_a_server_away_at_start_asks_what_now_and_a_changed_connection_opens(
    qtbot: QtBot, desk_app: DeskApp, postgres_server: PostgresServer, postgres_database: str
) -> None:
    away = build_server_address(
        host="127.0.0.1",
        port=_closed_port(),
        database=postgres_database,
        user=postgres_server.user,
        tls_mode="disable",
    )
    asked: list[str] = []

    def fill_in_the_right_port(dialog: ConnectDialog) -> None:
        assert dialog.port.text() == str(away.port)  # starts from the address that failed
        dialog.port.setText(str(postgres_server.port))
        dialog.connect_button.click()

    def change_connection(box: QMessageBox) -> None:
        asked.append(box.informativeText())
        answer_modal(ConnectDialog, fill_in_the_right_port)
        [change] = [b for b in box.buttons() if b.text() == "&Change connection…"]
        change.click()

    answer_modal(QMessageBox, change_connection)
    assert desk_app.open(away)
    assert asked == [
        f"{postgres_server.user}@127.0.0.1:{away.port}/{postgres_database}: the server refused "
        "the connection (is it running, is the port right?)"
    ]
    assert desk_app.desk is not None
    assert desk_app.desk.services.database.on_server


def test_quitting_when_the_server_is_away_opens_nothing(
    qtbot: QtBot, desk_app: DeskApp, postgres_server: PostgresServer
) -> None:
    away = build_server_address(
        host="127.0.0.1", port=_closed_port(), database="x", user="anna", tls_mode="disable"
    )

    def quit_(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text() == "&Quit"]
        button.click()

    answer_modal(QMessageBox, quit_)
    assert not desk_app.open(away)
    assert desk_app.desk is None


@pytest.fixture
def password_role(postgres_server: PostgresServer, postgres_database: str) -> Iterator[str]:
    """A role that must log in with a password over TCP (scram-sha-256), other roles unchanged."""
    role = f"lt_pw_{postgres_database}"
    hba = postgres_server.root / "data" / "pg_hba.conf"
    before = hba.read_text(encoding="utf-8")
    with postgres_server.connect() as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'right-Passw0rd'")
        connection.execute(f"GRANT ALL ON DATABASE {postgres_database} TO {role}")
    with postgres_server.connect(postgres_database) as connection:
        for objects in ("TABLES", "SEQUENCES"):
            connection.execute(f"GRANT ALL ON ALL {objects} IN SCHEMA public TO {role}")
        hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n{before}", encoding="utf-8")
        connection.execute("SELECT pg_reload_conf()")
    yield role
    hba.write_text(before, encoding="utf-8")
    with postgres_server.connect() as connection:
        connection.execute("SELECT pg_reload_conf()")


def test_a_wrong_password_is_named_and_the_kept_one_opens_the_database(
    qtbot: QtBot,
    desk_app: DeskApp,
    postgres_server: PostgresServer,
    postgres_database: str,
    password_role: str,
) -> None:
    dialog = ConnectDialog(desk_app.settings)
    qtbot.addWidget(dialog)
    _fill(dialog, postgres_server, postgres_database)
    dialog.user.setText(password_role)
    dialog.password.setText("wrong")
    dialog.test_button.click()
    qtbot.waitUntil(
        lambda: dialog.outcome.text().endswith("the password was not accepted (or none was given)"),
        timeout=10_000,
    )
    dialog.password.setText("right-Passw0rd")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Connected: "), timeout=10_000)
    dialog.connect_button.click()
    assert dialog.address is not None
    assert dialog.address.password is None  # the password went to the keychain only

    assert desk_app.open(dialog.address)  # the engine reads it from the keychain
    assert desk_app.desk is not None


def test_a_password_in_the_address_is_never_written_to_the_settings(
    settings: AppSettings, settings_file: Path
) -> None:
    settings.database_location = build_server_address(
        host="db.example", port=5432, database="lt", user="anna", tls_mode="require"
    ).set(password="s3cret")
    text = settings_file.read_text(encoding="utf-8")
    assert "anna@db.example:5432/lt" in text
    assert "s3cret" not in text


def test_backups_on_a_server_database_say_the_server_keeps_them(
    qtbot: QtBot,
    desk_app: DeskApp,
    postgres_server: PostgresServer,
    postgres_database: str,
) -> None:
    """File → Backups… on a server database showed "unexpected error" (it asked for a file)."""
    dialog = ConnectDialog(desk_app.settings)
    qtbot.addWidget(dialog)
    _fill(dialog, postgres_server, postgres_database)
    dialog.connect_button.click()
    assert dialog.address is not None
    assert desk_app.open(dialog.address)
    desk = desk_app.desk
    assert desk is not None
    texts: list[str] = []
    icons: list[QMessageBox.Icon] = []

    def read_and_close(box: QMessageBox) -> None:
        texts.append(box.text())
        icons.append(box.icon())
        box.accept()

    seen = answer_modal(QMessageBox, read_and_close)
    desk.show_backups()
    qtbot.waitUntil(lambda: bool(seen))
    assert icons == [QMessageBox.Icon.Information]
    assert "team server" in texts[0] and "IT department" in texts[0]
