"""The Meeting briefing dialog: when the meeting is, who attends, in which language.

It asks, and says whether to print or save; the project window makes the
document (in the background) with what was chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import Enum

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.vocabulary import Language
from leadtracker.services.contacts import ContactRecord
from leadtracker.services.network import UserRecord
from leadtracker.ui.exchange.documents import LANGUAGE_NAMES
from leadtracker.ui.formats import date_pattern


class BriefingOutput(Enum):
    """What to do with the briefing."""

    PRINT = "print"
    SAVE = "save"


@dataclass(frozen=True)
class BriefingChoice:
    """What the dialog asked for."""

    output: BriefingOutput
    meeting_on: date
    at: time
    language: Language
    attendee_ids: tuple[int, ...]
    reveal_confidential: bool
    # (the Japan Desk's staff members who attend)
    staff_ids: tuple[int, ...] = ()


def next_working_day(today: date) -> date:
    """The next day from Monday to Friday after ``today``."""
    day = today + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class BriefingDialog(QDialog):
    """Asks for the meeting's date and time, attendees and language of a briefing.

    The attendees are the company's contacts (all ticked at first) and the
    Japan Desk's staff members (none ticked: who goes is chosen).
    """

    def __init__(
        self,
        contacts: tuple[ContactRecord, ...],
        *,
        language: Language,
        staff: tuple[UserRecord, ...] = (),
        code_name: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting briefing"))
        self.choice: BriefingChoice | None = None
        meeting_on = next_working_day(today or date.today())

        self.date_edit = QDateEdit(QDate(meeting_on.year, meeting_on.month, meeting_on.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(
            f"ddd, {date_pattern()}"
        )  # the weekday matters for a meeting
        self.date_edit.setAccessibleName(self.tr("Date of the meeting"))
        self.time_edit = QTimeEdit(QTime(10, 0))
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time of the meeting in Düsseldorf"))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the briefing"))
        for value, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, value.value)
        self.language_box.setCurrentIndex(self.language_box.findData(language.value))
        self.attendees = QListWidget()
        self.attendees.setAccessibleName(self.tr("Attendees"))
        for contact in contacts:
            item = QListWidgetItem(self._contact_line(contact))
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.attendees.addItem(item)
        self.staff = QListWidget()
        self.staff.setAccessibleName(self.tr("Staff of the Japan Desk who attend"))
        for member in staff:
            item = QListWidgetItem(f"{member.name} ({member.initials})")
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.staff.addItem(item)
        self.reveal_box = QCheckBox(
            self.tr("Print the project's title, not only its code name “{code}”").format(
                code=code_name
            )
        )
        self.reveal_box.setVisible(bool(code_name))

        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Time (Düsseldorf):"), self.time_edit)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Attendees:"), self.attendees)
        form.addRow(self.tr("Our sta&ff:"), self.staff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.clicked.connect(lambda: self._choose(BriefingOutput.PRINT))
        self.save_button.clicked.connect(lambda: self._choose(BriefingOutput.SAVE))
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reveal_box)
        layout.addWidget(buttons)
        self.resize(480, 520)

    @staticmethod
    def _contact_line(contact: ContactRecord) -> str:
        name = contact.name.display
        return f"{name} — {contact.title}" if contact.title else name

    def _choose(self, output: BriefingOutput) -> None:
        day = self.date_edit.date()
        moment = self.time_edit.time()
        self.choice = BriefingChoice(
            output=output,
            meeting_on=date(day.year(), day.month(), day.day()),
            at=time(moment.hour(), moment.minute()),
            language=Language(str(self.language_box.currentData())),
            attendee_ids=_ticked(self.attendees),
            reveal_confidential=self.reveal_box.isChecked(),
            staff_ids=_ticked(self.staff),
        )
        self.accept()


def _ticked(items: QListWidget) -> tuple[int, ...]:
    """The ids of the ticked items of ``items``, in their order."""
    return tuple(
        int(items.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(items.count())
        if items.item(row).checkState() == Qt.CheckState.Checked
    )
