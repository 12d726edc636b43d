"""A form's fields, their inline messages, and whether anything changed since loading.

:class:`Form` knows each field by the name of the draft attribute it edits
(``corporate_number``), its translated label, its input widget and the
message label beside it. :meth:`Form.show_problems` puts each
:class:`~leadtracker.domain.errors.FieldProblem` of a
:class:`~leadtracker.domain.errors.ValidationError` next to its field.
:class:`~leadtracker.ui.forms.grid.FormGrid` lays fields out in label / input / message cells.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from leadtracker.domain.errors import FieldProblem, ValidationError
from leadtracker.ui.forms.inputs import InputError
from leadtracker.ui.i18n import localized, localized_problem, translate

CONTEXT = "Form"
T = TypeVar("T")

#: Red that reads on white and on the light grey of a window (WCAG AA, 4.5:1 and more).
ERROR_COLOUR = "#b3261e"
_INVALID_STYLE = f"border: 1px solid {ERROR_COLOUR}; border-radius: 3px; padding: 2px 3px;"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _without_mnemonic(label: str) -> str:
    """A label as a screen reader says it: "&Reason" is "Reason", "R&&D" is "R&D"."""
    return label.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


class FieldMessage(QLabel):
    """The message under one field: red text, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, field_label: str, text: str) -> None:
        """Show ``text`` about the field labelled ``field_label``."""
        self.setText(text)
        self.setAccessibleName(translate("Form", "Problem with {field}").format(field=field_label))
        self.setAccessibleDescription(text)
        self.show()

    def clear_message(self) -> None:
        """Hide the message."""
        self.clear()
        self.hide()


class FormBanner(QLabel):
    """A line above the form for what concerns no single field (or the form as a whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(translate("Form", "Problems"))
        self.setStyleSheet(
            f"QLabel {{ color: {ERROR_COLOUR}; background: #fdecea; border: 1px solid #f5c2bd;"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self.hide()

    def show_lines(self, lines: Sequence[str]) -> None:
        """Show ``lines`` (hide the banner when there are none)."""
        self.setText("\n".join(lines))
        self.setAccessibleDescription(self.text())
        self.setVisible(bool(lines))


@dataclass(frozen=True)
class Field:
    """One field of a form.

    Attributes:
        name: The draft attribute it edits, as in :attr:`FieldProblem.field`.
        label: Its translated label.
        widget: The input (possibly a composite with ``focus_target()``).
        message: Its inline message.
    """

    name: str
    label: str
    widget: QWidget
    message: FieldMessage

    def focus_target(self) -> QWidget:
        """The widget the cursor goes to for fixing this field."""
        target = getattr(self.widget, "focus_target", None)
        return target() if callable(target) else (self.widget.focusProxy() or self.widget)

    def focus_widgets(self) -> Sequence[QWidget]:
        """The widgets of this field in tab order."""
        parts = getattr(self.widget, "focus_widgets", None)
        return tuple(parts()) if callable(parts) else (self.widget.focusProxy() or self.widget,)


#: What of an input counts for unsaved changes, by its kind.
_STATES: tuple[tuple[type[QWidget], Callable[[Any], object]], ...] = (
    (QLineEdit, lambda edit: edit.text()),
    (QPlainTextEdit, lambda edit: edit.toPlainText()),
    (QComboBox, lambda combo: (combo.currentData(), combo.currentText())),
    (QAbstractButton, lambda button: button.isChecked()),
    (QDateTimeEdit, lambda edit: edit.dateTime()),
)


def widget_state(widget: QWidget) -> object:
    """What of ``widget`` counts for unsaved changes."""
    state = getattr(widget, "state", None)
    if callable(state):
        return state()
    for kind, read in _STATES:
        if isinstance(widget, kind):
            return read(widget)
    proxy = widget.focusProxy()
    return widget_state(proxy) if proxy is not None else None


def _change_signal(widget: QWidget) -> Any:
    changed = getattr(widget, "changed", None)
    if changed is not None:
        return changed
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        # An editable one changes its text without changing its index.
        return widget.currentTextChanged if widget.isEditable() else widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    proxy = widget.focusProxy()
    return _change_signal(proxy) if proxy is not None else None


class Form(QObject):
    """The fields of one editor: inline problems and unsaved-changes tracking."""

    #: Emitted when the form gets or loses unsaved changes.
    dirty_changed = Signal(bool)
    #: Emitted on every edit of any field.
    edited = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.banner = FormBanner()
        self._fields: dict[str, Field] = {}
        self._clean: dict[str, object] = {}
        self._dirty = False
        self._loading = 0
        self._stray: list[str] = []  # the problems of no field, shown in the banner
        #: While set, :meth:`reading` gives None for unreadable input instead of raising.
        self.lenient = False

    # -- fields --------------------------------------------------------------------------
    def add_field(
        self, name: str, label: str, widget: QWidget, message: FieldMessage | None = None
    ) -> Field:
        """Register the input ``widget`` for the draft attribute ``name``."""
        if name in self._fields:
            raise ValueError(f"the form already has a field {name!r}")
        field = Field(name, label, widget, message or FieldMessage())
        self._fields[name] = field
        spoken = _without_mnemonic(label)
        if not widget.accessibleName():
            widget.setAccessibleName(spoken)
        proxy = widget.focusProxy()
        if proxy is not None and not proxy.accessibleName():
            proxy.setAccessibleName(spoken)
        signal = _change_signal(widget)
        if signal is not None:
            signal.connect(self._on_edited)
            signal.connect(lambda *_args: self._corrected(field))
        return field

    def field(self, name: str) -> Field:
        """The field for draft attribute ``name``."""
        return self._fields[name]

    @property
    def fields(self) -> tuple[Field, ...]:
        """All fields in the order they were added (the tab order)."""
        return tuple(self._fields.values())

    def set_tab_order(self, before: Sequence[QWidget] = (), after: Sequence[QWidget] = ()) -> None:
        """Tab through ``before``, the fields in their order, then ``after``."""
        chain = [*before]
        for field in self._fields.values():
            chain.extend(field.focus_widgets())
        chain.extend(after)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- problems ------------------------------------------------------------------------
    def show_problems(self, error: ValidationError) -> None:
        """Put each problem next to its field, clear the old ones, focus the first bad field."""
        self.clear_problems()
        by_field: dict[str, list[FieldProblem]] = {}
        stray: list[str] = []
        for problem in error.problems:
            if problem.field in self._fields:
                by_field.setdefault(problem.field, []).append(problem)
            else:
                stray.append(localized_problem(problem))
        first: Field | None = None
        for field in self._fields.values():
            problems = by_field.get(field.name)
            if not problems:
                continue
            text = "\n".join(_sentence(localized(p.problem)) for p in problems)
            field.message.show_message(field.label, text)
            self._mark(field, text)
            first = first or field
        self._stray = stray
        self._show_banner(len(by_field))
        if first is not None:
            self._reveal(first)

    def with_the_rest(self, error: ValidationError, check: Callable[[], object]) -> ValidationError:
        """``error`` and what ``check`` finds wrong with the readable fields, in one list.

        Unreadable input (``2,5 Mio x``) stops reading the form; ``check``
        (reading the form again, leniently: unreadable fields as ``None``)
        finds the other problems too, so that one try reports every problem.
        """
        self.lenient = True
        try:
            check()
        except ValidationError as rest:
            named = {problem.field for problem in error.problems}
            others = [problem for problem in rest.problems if problem.field not in named]
            return ValidationError([*error.problems, *others])
        finally:
            self.lenient = False
        return error

    def _show_banner(self, count: int) -> None:
        """The banner: how many fields are marked, and the problems of no field."""
        summary = (
            translate("Form", "Please correct the field marked below.")
            if count == 1
            else translate("Form", "Please correct the {count} fields marked below.").format(
                count=count
            )
        )
        self.banner.show_lines(([summary] if count else []) + self._stray)

    def _corrected(self, field: Field) -> None:
        """An edit of a marked field takes its message away; the banner counts the rest."""
        if self._loading or field.message.isHidden():
            return
        field.message.clear_message()
        self._mark(field, "")
        marked = sum(not f.message.isHidden() for f in self._fields.values())
        self._show_banner(marked)

    def clear_problems(self) -> None:
        """Remove every inline message and the banner."""
        for field in self._fields.values():
            field.message.clear_message()
            self._mark(field, "")
        self._stray = []
        self.banner.show_lines(())

    def check_on_leave(self, name: str, edit: QLineEdit, check: Callable[[str], object]) -> None:
        """Check ``edit``'s text with ``check`` (a domain ``clean_*``) whenever the user leaves it.

        A :class:`ValidationError` shows at once next to the field; valid
        text clears the field's message.
        """

        def run() -> None:
            field = self._fields[name]
            try:
                check(edit.text())
            except ValidationError as error:
                text = "\n".join(_sentence(localized(p.problem)) for p in error.problems)
                field.message.show_message(field.label, text)
                self._mark(field, text)
            else:
                field.message.clear_message()
                self._mark(field, "")

        edit.editingFinished.connect(run)

    def problem_text(self, name: str) -> str:
        """The message shown next to field ``name`` (empty when none)."""
        message = self._fields[name].message
        return message.text() if not message.isHidden() else ""

    @contextmanager
    def reading(self) -> Iterator[Callable[[str, Callable[[], T]], T | None]]:
        """Read several inputs, then raise one :class:`ValidationError` for all unreadable ones.

        >>> with form.reading() as read:  # doctest: +SKIP
        ...     jobs = read("planned_jobs", self.jobs.value)
        """
        problems: list[FieldProblem] = []

        def read(name: str, getter: Callable[[], T]) -> T | None:
            try:
                return getter()
            except InputError as error:
                problems.append(FieldProblem(name, self._fields[name].label, str(error)))
                return None

        yield read
        if problems and not self.lenient:
            raise ValidationError(problems)

    def _mark(self, field: Field, problem: str) -> None:
        for widget in field.focus_widgets():
            widget.setAccessibleDescription(problem)
            # A red frame on text inputs; other inputs keep their native look.
            if isinstance(widget, QLineEdit):
                widget.setStyleSheet(f"QLineEdit {{ {_INVALID_STYLE} }}" if problem else "")
            elif isinstance(widget, QPlainTextEdit):
                widget.setStyleSheet(f"QPlainTextEdit {{ {_INVALID_STYLE} }}" if problem else "")

    def _reveal(self, field: Field) -> None:
        target = field.focus_target()
        parent = target.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(target, 20, 40)
                break
            parent = parent.parentWidget()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(target, QLineEdit):
            target.selectAll()

    # -- unsaved changes -----------------------------------------------------------------
    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill the fields without counting it as an edit; the form is clean afterwards."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1
        self.clear_problems()
        self.mark_clean()

    def mark_clean(self) -> None:
        """Take what the fields show now as saved."""
        self._clean = self._snapshot()
        self._set_dirty(False)

    @property
    def dirty(self) -> bool:
        """Whether any field differs from what was loaded or last saved."""
        return self._dirty

    def _snapshot(self) -> dict[str, object]:
        return {name: widget_state(field.widget) for name, field in self._fields.items()}

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._set_dirty(self._snapshot() != self._clean)
        self.edited.emit()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
