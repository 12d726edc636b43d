"""Who is using this PC: the author of every change made in the window.

The staff member chosen in Settings (or in the question at the start) signs
the audit trail through the database's
:class:`~leadtracker.services.opening.Attribution`. A chosen id that this database
does not know (another file, a deactivated colleague) counts as nobody
chosen. While nobody is chosen, the app's attribution refuses changes, and
the error dialog offers to choose (:func:`~leadtracker.ui.background.set_staff_chooser`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from leadtracker.services.network import NetworkService, UserRecord
from leadtracker.services.opening import Attribution
from leadtracker.ui.background import set_staff_chooser
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.desk import dialog_parent


class StaffIdentity(QObject):
    """Keeps the attribution in step with Settings, and asks who is working when needed."""

    #: A staff member was chosen (their id).
    chosen = Signal(int)

    def __init__(
        self,
        attribution: Attribution,
        network: NetworkService,
        settings: AppSettings,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._attribution = attribution
        self._network = network
        self._settings = settings
        self._window = window
        self._asking = False

    def attribute_changes(self) -> UserRecord | None:
        """Sign changes as the staff member of Settings; who that is (``None``: nobody)."""
        attribution = self._attribution
        user_id = self._settings.staff_user_id
        user = None
        if user_id is not None:  # nobody chosen: no query on the way to the window
            user = next((u for u in self._network.users() if u.id == user_id and u.active), None)
        attribution.staff_id = user.id if user else None
        attribution.staff_name = f"{user.name} ({user.initials})" if user else ""
        return user

    def require(self) -> None:
        """From now on, changes need a chosen staff member; the error dialog offers to choose."""
        self._attribution.required = True
        set_staff_chooser(self.ask)

    def ask_if_needed(self) -> None:
        """Ask who is working (without waiting for the answer) when the app needs to know."""
        if self._attribution.required and self._attribution.staff_id is None:
            self.ask(self._window, wait=False)

    def ask(self, parent: QWidget | None = None, *, wait: bool = True) -> bool:
        """The question "Who is using this PC?"; whether someone was chosen (when waiting)."""
        from leadtracker.ui.shell.who_dialog import WhoDialog  # noqa: PLC0415

        if self._asking:
            return False
        self._asking = True
        dialog = WhoDialog(self._network, dialog_parent(parent or self._window))
        if self._settings.staff_user_id is not None:
            dialog.choose(self._settings.staff_user_id)
        dialog.finished.connect(lambda result: self._answered(dialog, result))
        if not wait:
            dialog.open()
            return False
        dialog.exec()
        return self._attribution.staff_id is not None

    def _answered(self, dialog: QWidget, result: int) -> None:
        from leadtracker.ui.shell.who_dialog import WhoDialog  # noqa: PLC0415

        self._asking = False
        chosen = dialog.chosen if isinstance(dialog, WhoDialog) and result else None
        dialog.deleteLater()
        if chosen is None:
            return
        self._settings.staff_user_id = chosen.id
        self.attribute_changes()
        self.chosen.emit(chosen.id)
