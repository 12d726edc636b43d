"""Input widgets the editors share: optional dates, whole numbers, euro amounts, choices.

Each input has ``value()`` (the typed value, or :class:`InputError` when the
text cannot be read), ``setValue()``, a ``changed`` signal (or the Qt signal
of its base class) and, where its text alone does not say everything,
``state()`` for the form's unsaved-changes check. Text is read the way people
type it in Düsseldorf and Tokyo: full-width digits, ``1.500.000`` and
``1,500,000``, ``2,5 Mio``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from leadtracker.domain.prefectures import PREFECTURES
from leadtracker.ui.formats import date_pattern, python_date, qdate, user_locale
from leadtracker.ui.forms.vocabulary import label as vocabulary_label
from leadtracker.ui.i18n import translate

CONTEXT = "FormInputs"

# What people put between digits: spaces of every width, apostrophes (Swiss).
_SPACES = re.compile(r"[\s'’_]")
_CURRENCY = re.compile(r"€|eur(?:o|os)?$|^eur", re.IGNORECASE)
_PLAIN = re.compile(r"^-?\d+$")
_GROUPED = re.compile(r"^-?\d{1,3}([.,])\d{3}(\1\d{3})*$")
_MULTIPLIERS = {
    "k": Decimal(1_000),
    "tsd": Decimal(1_000),
    "tsd.": Decimal(1_000),
    "m": Decimal(1_000_000),
    "mio": Decimal(1_000_000),
    "mio.": Decimal(1_000_000),
    "million": Decimal(1_000_000),
    "millionen": Decimal(1_000_000),
    "mrd": Decimal(1_000_000_000),
    "mrd.": Decimal(1_000_000_000),
    "bn": Decimal(1_000_000_000),
    "万": Decimal(10_000),  # man: Japanese staff count in ten thousands
    "億": Decimal(100_000_000),  # oku
}
_AMOUNT = re.compile(r"^(?P<number>-?[\d.,]+)\s*(?P<unit>[a-z.万億]*)$", re.IGNORECASE)
_CENT = Decimal("0.01")


def _narrow(combo: QComboBox) -> None:
    """Let a combo box be narrower than its longest entry (the list still shows it all)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)


class InputError(ValueError):
    """Text in a field that cannot be read as the field's kind of value."""


def parse_integer(text: str) -> int | None:
    """A whole number from ``text`` (``None`` when empty).

    Accepts grouped thousands (``1.200``, ``1 200``) and full-width digits (``１２``).
    """
    plain = _SPACES.sub("", unicodedata.normalize("NFKC", text))
    if not plain:
        return None
    if _PLAIN.match(plain):
        return int(plain)
    if _GROUPED.match(plain):
        return int(re.sub(r"[.,]", "", plain))
    raise InputError(
        translate("FormInputs", "“{text}” is not a whole number").format(text=text.strip())
    )


def parse_money(text: str) -> Decimal | None:
    """An amount in euros from ``text`` (``None`` when empty), rounded to cents.

    Both ``1.500.000,50`` and ``1,500,000.50`` work; a single separator
    before exactly three digits groups thousands (``1.500`` is 1500), and
    ``k``, ``Tsd``, ``Mio``/``M``, ``Mrd``/``bn``, ``万`` and ``億`` multiply
    (``2,5 Mio``, ``250万``).
    """
    plain = _CURRENCY.sub("", _SPACES.sub("", unicodedata.normalize("NFKC", text)))
    if not plain:
        return None
    match = _AMOUNT.match(plain)
    problem = translate("FormInputs", "“{text}” is not an amount like 2,500,000 or 2.5 Mio").format(
        text=text.strip()
    )
    if match is None:
        raise InputError(problem)
    unit = match["unit"].lower()
    if unit and unit not in _MULTIPLIERS:
        raise InputError(problem)
    number = _decimal(match["number"], grouped_thousands=not unit)
    if number is None:
        raise InputError(problem)
    amount = number * _MULTIPLIERS.get(unit, Decimal(1))
    if amount != amount.quantize(_CENT):
        raise InputError(
            translate("FormInputs", "“{text}” has more than two decimal places (cents)").format(
                text=text.strip()
            )
        )
    return amount.quantize(_CENT)


def _decimal(number: str, *, grouped_thousands: bool) -> Decimal | None:
    """``number`` with ``.``/``,`` as decimal or thousands separators; ``None`` if unreadable."""
    sign = "-" if number.startswith("-") else ""
    digits = number.removeprefix("-")
    kinds = {ch for ch in digits if ch in ".,"}
    whole, fraction = digits, ""
    if len(kinds) == 2:
        point = max(".,", key=digits.rfind)  # the separator used last marks the decimals
        whole, _, fraction = digits.rpartition(point)
    elif kinds:
        mark = kinds.pop()
        head, _, tail = digits.rpartition(mark)
        thousands = grouped_thousands and len(tail) == 3 and bool(head)
        if digits.count(mark) == 1 and not thousands:
            whole, fraction = head, tail
    if any(ch in ".," for ch in whole):
        if not _GROUPED.match(whole):
            return None
        whole = re.sub(r"[.,]", "", whole)
    if not (whole or fraction):
        return None
    if (whole and not whole.isdigit()) or (fraction and not fraction.isdigit()):
        return None
    return Decimal(f"{sign}{whole or '0'}.{fraction or '0'}")


def format_money(amount: Decimal | None) -> str:
    """An amount as the form shows it, in the interface's locale (``""`` for none).

    ``1,500,000.00`` in English and Japanese, ``1.500.000,00`` in German: the
    exact cents (no float on the way), with the locale's separators.
    """
    if amount is None:
        return ""
    locale = user_locale()
    marks = {",": locale.groupSeparator(), ".": locale.decimalPoint()}
    return "".join(marks.get(char, char) for char in f"{amount:,.2f}")


def format_integer(number: int | None) -> str:
    """A whole number as the form shows it (no grouping: jobs and m² are small)."""
    return "" if number is None else str(number)


def example(value: str) -> str:
    """A placeholder that reads as an example, not as data: ``e.g. Seiko Epson Corporation``."""
    return translate("FormInputs", "e.g. {example}").format(example=value)


def line_edit(placeholder: str = "", tooltip: str = "") -> QLineEdit:
    """A one-line text field with an example as placeholder."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    if tooltip:
        edit.setToolTip(tooltip)
    return edit


class IntegerEdit(QLineEdit):
    """A line for an optional whole number (jobs, m²); bad text is reported on save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("—")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 14 + 16)

    def value(self) -> int | None:
        """The number typed; :class:`InputError` if the text is not one."""
        return parse_integer(self.text())

    def setValue(self, number: int | None) -> None:
        """Show ``number`` (empty for none)."""
        self.setText(format_integer(number))


class MoneyEdit(QLineEdit):
    """A line for an optional amount in euros, tidied to the locale's ``1,500,000.00`` when left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(translate("FormInputs", "e.g. 2.5 Mio"))
        self.setToolTip(translate("FormInputs", "An amount in euros, e.g. 2,500,000 or 2.5 Mio"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("000,000,000,000.00") + 16)
        self.editingFinished.connect(self._tidy)

    def value(self) -> Decimal | None:
        """The amount typed; :class:`InputError` if the text is not one."""
        return parse_money(self.text())

    def setValue(self, amount: Decimal | None) -> None:
        """Show ``amount`` (empty for none)."""
        self.setText(format_money(amount))

    def _tidy(self) -> None:
        try:
            amount = self.value()
        except InputError:
            return  # left as typed: the message comes on save
        tidy = format_money(amount)
        if tidy != self.text():
            self.setText(tidy)


class OptionalDateEdit(QWidget):
    """A date that may be missing: a check box says whether there is one.

    ``QDateEdit`` has no empty value, so without a date the box is unticked
    and the date field shows a dash.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setToolTip(translate("FormInputs", "Tick to enter a date"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_pattern())
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setSpecialValueText("—")  # shown at the minimum date, i.e. "no date"
        self.edit.setDate(self.edit.minimumDate())
        self.edit.setEnabled(False)
        self.edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 48)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_toggled)
        self.edit.dateChanged.connect(self.changed)

    def setAccessibleName(self, name: str) -> None:
        """Name both parts for screen readers."""
        super().setAccessibleName(name)
        self.check.setAccessibleName(
            translate("FormInputs", "{field}: has a date").format(field=name)
        )
        self.edit.setAccessibleName(name)

    def value(self) -> date | None:
        """The date, or ``None`` when the box is unticked."""
        return python_date(self.edit.date()) if self.check.isChecked() else None

    def setValue(self, day: date | None) -> None:
        """Show ``day``; ``None`` unticks the box."""
        self.check.blockSignals(True)
        self.check.setChecked(day is not None)
        self.check.blockSignals(False)
        self.edit.setEnabled(day is not None)
        self.edit.setDate(qdate(day) if day is not None else self.edit.minimumDate())
        self.changed.emit()

    def state(self) -> object:
        """What the unsaved-changes check compares."""
        return self.value()

    def focus_widgets(self) -> Sequence[QWidget]:
        """The parts in tab order."""
        return (self.check, self.edit)

    def focus_target(self) -> QWidget:
        """Where the cursor goes to fix this field."""
        return self.edit if self.check.isChecked() else self.check

    def _on_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if checked and self.edit.date() == self.edit.minimumDate():
            self.edit.setDate(QDate.currentDate())
        if checked:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.edit.setDate(self.edit.minimumDate())
        self.changed.emit()


#: The vocabulary an :class:`EnumCombo` offers.
E = TypeVar("E", bound=Enum)


class EnumCombo(QComboBox, Generic[E]):
    """A choice of vocabulary values, shown in the user's language; optionally "none"."""

    def __init__(
        self,
        members: Iterable[E],
        none_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        _narrow(self)
        # Kept here, not as item data: Qt would turn str and int enums into plain values.
        self._members: list[E | None] = [None] if none_text is not None else []
        if none_text is not None:
            self.addItem(none_text)
        for member in members:
            self._members.append(member)
            self.addItem(vocabulary_label(member))

    def value(self) -> E | None:
        """The value chosen (``None`` for the "none" entry)."""
        index = self.currentIndex()
        return self._members[index] if index >= 0 else None

    def chosen(self) -> E:
        """The value chosen in a box without a "none" entry (it always has one)."""
        member = self.value()
        assert member is not None, "a choice without a none entry always has a value"
        return member

    def setValue(self, member: E | None) -> None:
        """Choose ``member`` (``None``: the "none" entry, or the first)."""
        index = self._members.index(member) if member in self._members else 0
        self.setCurrentIndex(index)

    def state(self) -> object:
        """What the unsaved-changes check compares."""
        return self.value()


class ChoiceCombo(QComboBox):
    """A choice of records by id (staff, partners, events), with a "none" entry first."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _narrow(self)
        self._none_text = none_text
        self.set_choices(())

    def set_choices(self, choices: Iterable[tuple[int, str]]) -> None:
        """Offer ``(id, text)`` pairs; the current choice is kept when still offered."""
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        self.addItem(self._none_text, None)
        for record_id, text in choices:
            self.addItem(text, record_id)
        self.blockSignals(False)
        self.setValue(current)

    def value(self) -> int | None:
        """The id chosen, or ``None``."""
        record_id = self.currentData()
        return record_id if isinstance(record_id, int) else None

    def setValue(self, record_id: int | None) -> None:
        """Choose the record ``record_id`` (one not offered is added as ``#id``)."""
        index = self.findData(record_id)
        if index < 0 and record_id is not None:
            self.addItem(f"#{record_id}", record_id)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class PrefectureCombo(ChoiceCombo):
    """The 47 prefectures in their official order, romanised name first for typing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("—", parent)
        self.set_choices((p.code, f"{p.name_en} — {p.name_ja}") for p in PREFECTURES)
        self.setMaxVisibleItems(16)


def with_unit(widget: QWidget, unit: str) -> QWidget:
    """``widget`` followed by a unit such as ``EUR`` or ``m²``, as one cell of a form."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(widget)
    unit_label = QLabel(unit)
    unit_label.setAccessibleName(unit)
    layout.addWidget(unit_label)
    layout.addStretch(1)
    box.setFocusProxy(widget)
    return box
