"""The app's settings on this PC, typed, over ``QSettings``.

Window geometry stays with the main window; here is what the user chooses on
the Settings page: which database (a file or a server address), who is using this PC, the default
language of PDF documents, whether the board asks before a move skips stages.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from leadtracker.domain.vocabulary import Language
from leadtracker.services.opening import (
    DatabaseLocation,
    ServerAddressError,
    location_setting,
    read_location,
)
from leadtracker.services.safety.backups import Rotation

DATABASE_KEY = "database/path"
STAFF_KEY = "staff/user_id"
PDF_LANGUAGE_KEY = "documents/language"
RECENT_KEY = "database/recent"
KEEP_DAYS_KEY = "backups/keep_days"
KEEP_WEEKS_KEY = "backups/keep_weeks"
INTERFACE_LANGUAGE_KEY = "interface/language"
ASK_SKIPPING_KEY = "board/ask_before_skipping_stages"
#: The interface languages there are translations for (English is the source).
INTERFACE_LANGUAGES = ("de", "en", "ja")


def stored_int(value: object) -> int | None:
    """A whole number as QSettings gives it back, else ``None``.

    Text from an .ini file, a number from the registry; text that is no number
    raises ``ValueError``.
    """
    if isinstance(value, str | int | float):
        return int(value)
    return None


class AppSettings:
    """Typed access to the user's choices; every setter is saved at once."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    @property
    def database_location(self) -> DatabaseLocation | None:
        """The database used last (a file or a server address), or ``None`` for the default.

        A server address is kept without its password (that is in the keychain);
        one that can no longer be read counts as none.
        """
        value = str(self.store.value(DATABASE_KEY, "") or "")
        try:
            return read_location(value) if value else None
        except ServerAddressError:
            return None

    @database_location.setter
    def database_location(self, location: DatabaseLocation | None) -> None:
        stored = location_setting(location) if location is not None else ""
        self.store.setValue(DATABASE_KEY, stored)
        if stored:
            recent = [stored, *(p for p in self.recent_databases if p != stored)]
            self.store.setValue(RECENT_KEY, recent[:5])
        self.store.sync()

    @property
    def recent_databases(self) -> list[str]:
        """Up to five database files opened before, the latest first."""
        value = self.store.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings returns a one-element list as a string
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    @property
    def staff_user_id(self) -> int | None:
        """The staff member using this PC (a user id), if chosen."""
        value = self.store.value(STAFF_KEY, "")
        try:
            return stored_int(value) if value not in ("", None) else None
        except ValueError:
            return None

    @staff_user_id.setter
    def staff_user_id(self, user_id: int | None) -> None:
        self.store.setValue(STAFF_KEY, "" if user_id is None else user_id)
        self.store.sync()

    @property
    def pdf_language(self) -> Language:
        """The default language of printed documents (German unless chosen otherwise)."""
        value = self.store.value(PDF_LANGUAGE_KEY, Language.GERMAN.value)
        try:
            return Language(str(value))
        except ValueError:
            return Language.GERMAN

    @pdf_language.setter
    def pdf_language(self, language: Language) -> None:
        self.store.setValue(PDF_LANGUAGE_KEY, language.value)
        self.store.sync()

    @property
    def backup_rotation(self) -> Rotation:
        """How many daily backups are kept (the newest of each of the last days and weeks)."""
        default = Rotation()
        return Rotation(
            days=self._count(KEEP_DAYS_KEY, default.days),
            weeks=self._count(KEEP_WEEKS_KEY, default.weeks),
        )

    @backup_rotation.setter
    def backup_rotation(self, rotation: Rotation) -> None:
        self.store.setValue(KEEP_DAYS_KEY, rotation.days)
        self.store.setValue(KEEP_WEEKS_KEY, rotation.weeks)
        self.store.sync()

    def _count(self, key: str, default: int) -> int:
        try:
            value = stored_int(self.store.value(key, default))
        except ValueError:
            return default
        if value is None:
            return default
        return value if 1 <= value <= 365 else default

    @property
    def interface_language(self) -> str:
        """The interface language chosen (``de``, ``en``, ``ja``); "" for the system's."""
        value = str(self.store.value(INTERFACE_LANGUAGE_KEY, "") or "")
        return value if value in INTERFACE_LANGUAGES else ""

    @interface_language.setter
    def interface_language(self, language: str) -> None:
        self.store.setValue(INTERFACE_LANGUAGE_KEY, language)
        self.store.sync()

    @property
    def ask_before_skipping_stages(self) -> bool:
        """Whether the board asks before a move passes over open stages (yes unless turned off)."""
        value = self.store.value(ASK_SKIPPING_KEY, True)
        return value not in (False, "false", "0", 0)

    @ask_before_skipping_stages.setter
    def ask_before_skipping_stages(self, ask: bool) -> None:
        self.store.setValue(ASK_SKIPPING_KEY, bool(ask))
        self.store.sync()
