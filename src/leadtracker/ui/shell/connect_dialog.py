"""Settings → Database → *Connect to a team database…*: a PostgreSQL server's address.

Host, port, database, user, password and TLS mode (with the root
certificate that ``verify-ca``/``verify-full`` check the server against).
*Test connection* tries the address off the UI thread and says in one line
what happened; *Connect* keeps the password in the operating system's
keychain (never in the settings) and hands the address, without the
password, to the app, which switches to it as to another file. Bad input is
refused with a line naming the field.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import DomainError
from leadtracker.services.opening import (
    TLS_MODES,
    DatabaseLocation,
    ServerAddress,
    build_server_address,
    keep_password,
    try_server,
)
from leadtracker.ui.background import BackgroundRunner
from leadtracker.ui.i18n import localized_error
from leadtracker.ui.settings import AppSettings

DEFAULT_PORT = "5432"
DEFAULT_TLS_MODE = "prefer"


class ConnectDialog(QDialog):
    """The address of a team database, tried and chosen; :attr:`address` once accepted."""

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        start: DatabaseLocation | None = None,
    ) -> None:
        """``start``: the address to begin with (default: the one used last, if a server)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a team database"))
        # The chosen address (without password) after Connect, else None.
        self.address: DatabaseLocation | None = None
        self.runner = BackgroundRunner(self)
        self.host, self.port = QLineEdit(), QLineEdit(DEFAULT_PORT)
        self.database, self.user = QLineEdit("leadtracker"), QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls_mode = QComboBox()
        for mode in TLS_MODES:
            self.tls_mode.addItem(mode, mode)
        self.tls_mode.setCurrentIndex(TLS_MODES.index(DEFAULT_TLS_MODE))
        self.root_certificate = QLineEdit()
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self._choose_certificate)
        self.tls_mode.currentIndexChanged.connect(lambda _index: self._tls_changed())
        self._fill_from(start or settings.database_location)

        form = QFormLayout()
        for label, field in (
            (self.tr("&Host"), self.host),
            (self.tr("&Port"), self.port),
            (self.tr("&Database"), self.database),
            (self.tr("&User"), self.user),
            (self.tr("Pass&word"), self.password),
            (self.tr("TL&S mode"), self.tls_mode),
        ):
            field.setAccessibleName(label.replace("&", ""))
            form.addRow(label, field)
        certificate_row = QHBoxLayout()
        certificate_row.addWidget(self.root_certificate, 1)
        certificate_row.addWidget(self.browse)
        self.root_certificate.setAccessibleName(self.tr("Root certificate"))
        certificate_label = QLabel(self.tr("&Root certificate"))
        certificate_label.setBuddy(self.root_certificate)
        form.addRow(certificate_label, certificate_row)

        hint = QLabel(
            self.tr(
                "The password is kept in this PC's keychain, never in LeadTracker's settings. "
                "Leave it empty to use the keychain's, PGPASSWORD or .pgpass."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Result of the test"))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.outcome, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.connect_to_server)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(test_row)
        layout.addWidget(buttons)
        self._tls_changed()
        self.resize(520, self.sizeHint().height())

    def _fill_from(self, location: DatabaseLocation | None) -> None:
        """Start from the server used last, if the app was on one."""
        if location is None or isinstance(location, Path):
            return
        self.host.setText(location.host or "")
        self.port.setText(str(location.port or DEFAULT_PORT))
        self.database.setText(location.database or "")
        self.user.setText(location.username or "")
        mode = str(location.query.get("sslmode", DEFAULT_TLS_MODE))
        if mode in TLS_MODES:
            self.tls_mode.setCurrentIndex(TLS_MODES.index(mode))
        self.root_certificate.setText(str(location.query.get("sslrootcert", "")))

    def _tls_changed(self) -> None:
        checks = str(self.tls_mode.currentData()).startswith("verify-")
        self.root_certificate.setEnabled(checks)
        self.browse.setEnabled(checks)

    def _choose_certificate(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The server's root certificate"),
            self.root_certificate.text(),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if path:
            self.root_certificate.setText(path)

    def entered_address(self) -> ServerAddress:
        """The address as entered (without password).

        Raises:
            ServerAddressError: a field is empty or not valid (the message names it).
        """
        return build_server_address(
            host=self.host.text(),
            port=self.port.text(),
            database=self.database.text(),
            user=self.user.text(),
            tls_mode=str(self.tls_mode.currentData()),
            root_certificate=self.root_certificate.text(),
        )

    def test_connection(self) -> None:
        """Try the address on a pool thread; the result in one line beside the button."""
        try:
            address = self.entered_address()
        except DomainError as error:
            self.outcome.setText(localized_error(error))
            return
        password = self.password.text() or None
        self.test_button.setEnabled(False)
        self.outcome.setText(self.tr("Connecting …"))

        def done(version: str) -> None:
            self.test_button.setEnabled(True)
            self.outcome.setText(self.tr("Connected: PostgreSQL {version}").format(version=version))

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.outcome.setText(localized_error(error))

        self.runner.run(
            lambda _progress: try_server(address, password),
            done,
            error_title=self.tr("The connection could not be tested"),
            on_error=failed,
        )

    def connect_to_server(self) -> None:
        """Keep the password in the keychain and accept the address (or say what is wrong)."""
        try:
            address = self.entered_address()
            if self.password.text():
                keep_password(address, self.password.text())
        except DomainError as error:
            self.outcome.setText(localized_error(error))
            return
        self.address = address
        self.accept()
