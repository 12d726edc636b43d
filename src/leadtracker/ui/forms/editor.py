"""What the company, contact and project editors share: saving, cancelling, the dialog.

A :class:`RecordEditor` is an embeddable widget: a heading, the problems
banner, the form in a scroll area and (optionally) its own Save / Revert
buttons. Ctrl+S saves; Esc cancels, asking first when there are unsaved
changes. :class:`EditorDialog` wraps any editor in a dialog with Save and
Cancel. The questions an editor asks (unsaved changes, duplicates) are
attributes holding plain functions, so a caller or a test may answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import DomainError, RecordChangedError, ValidationError
from leadtracker.ui.background import show_error
from leadtracker.ui.forms.form import Form
from leadtracker.ui.i18n import localized_error, translate

CONTEXT = "RecordEditor"


class UnsavedChoice(Enum):
    """The answers to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget, what: str) -> UnsavedChoice:
    """Ask whether to save the changes to ``what`` before they are lost."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RecordEditor", "Unsaved changes"))
    box.setText(translate("RecordEditor", "Save the changes to {what}?").format(what=what))
    box.setInformativeText(
        translate("RecordEditor", "If you don't save them, your changes will be lost.")
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    answer = box.exec()
    return {buttons.Save: UnsavedChoice.SAVE, buttons.Discard: UnsavedChoice.DISCARD}.get(
        buttons(answer), UnsavedChoice.CANCEL
    )


class ConflictChoice(Enum):
    """The answers to "someone else saved this meanwhile"."""

    RELOAD = "reload"  # show their version; mine is dropped
    OVERWRITE = "overwrite"  # save mine over theirs
    CANCEL = "cancel"  # keep editing, save nothing now


def ask_conflict(parent: QWidget, error: RecordChangedError) -> ConflictChoice:
    """Tell the user someone else saved the record since it was opened; ask what to do."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("RecordEditor", "Changed by someone else"))
    box.setText(localized_error(error))
    box.setInformativeText(
        translate(
            "RecordEditor",
            "Reload shows the saved version (your changes here are dropped); Overwrite saves "
            "yours over it (the other change stays in the record's Changes).",
        )
    )
    reload = box.addButton(
        translate("RecordEditor", "&Reload"), QMessageBox.ButtonRole.DestructiveRole
    )
    overwrite = box.addButton(
        translate("RecordEditor", "&Overwrite"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload:
        return ConflictChoice.RELOAD
    return ConflictChoice.OVERWRITE if clicked is overwrite else ConflictChoice.CANCEL


class RecordEditor(QWidget):
    """Base of the editors: the form, saving, reverting and the unsaved-changes prompt.

    Subclasses build their fields on ``self.grid`` (a
    :class:`~leadtracker.ui.forms.form.FormGrid` they create on
    ``self.content``) and implement :meth:`draft`, :meth:`_store`,
    :meth:`_fill` and :meth:`subject`.

    Signals:
        saved(int): a record was saved; its id.
        cancelled: the user cancelled (changes were discarded or there were none).
        dirty_changed(bool): the form got or lost unsaved changes.
    """

    saved = Signal(int)
    cancelled = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, with_buttons: bool = False) -> None:
        super().__init__(parent)
        #: Asks "save the changes?"; replace it to answer without a dialog.
        self.ask_unsaved: Callable[[QWidget, str], UnsavedChoice] = ask_unsaved
        #: Shows an error that is no field's fault (e.g. the record was deleted meanwhile).
        self.report_error: Callable[[QWidget, str, BaseException], None] = show_error
        #: Asks what to do when someone else saved the record meanwhile; replaceable in tests.
        self.ask_conflict: Callable[[QWidget, RecordChangedError], ConflictChoice] = ask_conflict
        self._overwrite = False  # the user chose to save over a newer version
        self.form = Form(self)
        self._loaded: Any = None  # the record or draft last loaded, for Revert

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading = QLabel()
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setStyleSheet("color: palette(placeholder-text);")
        self.content = QWidget()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        header = QVBoxLayout()
        header.setContentsMargins(12, 10, 12, 0)
        header.setSpacing(2)
        header.addWidget(self.heading)
        header.addWidget(self.subheading)
        header.addSpacing(6)
        header.addWidget(self.form.banner)
        layout.addLayout(header)
        layout.addWidget(self.scroll_area, 1)

        self.save_button: QPushButton | None = None
        self.revert_button: QPushButton | None = None
        if with_buttons:
            layout.addLayout(self._button_row())

        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self.cancel)
        self.form.dirty_changed.connect(self._on_dirty_changed)

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(12, 0, 12, 10)
        row.addStretch(1)
        self.revert_button = QPushButton(translate("RecordEditor", "Revert"))
        self.revert_button.setToolTip(
            translate("RecordEditor", "Undo the changes since the last save (Esc)")
        )
        self.revert_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(translate("RecordEditor", "Save"))
        self.save_button.setToolTip(translate("RecordEditor", "Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for button in (self.revert_button, self.save_button):
            button.setEnabled(False)
            row.addWidget(button)
        return row

    # -- what subclasses give ------------------------------------------------------------
    def draft(self) -> Any:
        """The draft the fields describe; :class:`ValidationError` for unreadable input."""
        raise NotImplementedError

    def subject(self) -> str:
        """How the prompt names what is edited (e.g. ``“Seiko Epson Corporation”``)."""
        raise NotImplementedError

    def _store(self, draft: Any) -> Any:
        """Save ``draft`` through the service; the saved record, or ``None`` if not saved."""
        raise NotImplementedError

    def _fill(self, source: Any) -> None:
        """Show ``source`` (a record, a draft or ``None`` for empty) in the fields."""
        raise NotImplementedError

    # -- the editor's life ---------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """Whether there are unsaved changes."""
        return self.form.dirty

    def _show(self, source: Any) -> None:
        """Fill the fields from ``source`` as the clean state."""
        self._loaded = source
        with self.form.loading():
            self._fill(source)

    def save(self) -> Any:
        """Save the fields; the saved record, or ``None`` when nothing was saved.

        Unreadable or invalid input is shown next to its field and nothing is written.
        """
        try:
            record = self._store(self.draft())
        except ValidationError as error:
            self.form.show_problems(self._with_the_rest(error))
            return None
        except RecordChangedError as error:
            return self._resolve_conflict(error)
        except DomainError as error:
            self.report_error(self, translate("RecordEditor", "Could not save"), error)
            return None
        if record is None:
            return None
        self._show(record)
        self.saved.emit(record.id)
        return record

    def _with_the_rest(self, error: ValidationError) -> ValidationError:
        """``error``, and what is wrong with the fields that could be read, in one list.

        Unreadable input (``2,5 Mio x``) stops the draft; the other fields are
        checked too, so that one Save reports every problem of the form.
        """
        return self.form.with_the_rest(error, lambda: self._check(self.draft()))

    def _check(self, draft: Any) -> None:
        """Raise the :class:`ValidationError` saving ``draft`` would (editors that can, do)."""

    def expected_version(self, record: Any) -> int | None:
        """The version a save must find (None: save over whatever is there, as chosen)."""
        return None if self._overwrite else getattr(record, "version", None)

    def _resolve_conflict(self, error: RecordChangedError) -> Any:
        choice = self.ask_conflict(self, error)
        if choice is ConflictChoice.RELOAD:
            record_id = getattr(self._loaded, "id", None)
            if record_id is not None:
                self.load_id(record_id)
            return None
        if choice is ConflictChoice.OVERWRITE:
            self._overwrite = True
            try:
                return self.save()
            finally:
                self._overwrite = False
        return None

    def load_id(self, record_id: int) -> None:
        """Edit the record with this id (editors of saved records provide it)."""
        raise NotImplementedError

    def show_problems(self, error: ValidationError) -> None:
        """Show ``error``'s problems next to their fields (e.g. from a call made elsewhere)."""
        self.form.show_problems(error)

    def revert(self) -> None:
        """Show the last loaded or saved state again."""
        self._show(self._loaded)

    def confirm_discard(self) -> bool:
        """Whether the changes may go: none, saved now, or the user discards them."""
        if not self.dirty:
            return True
        answer = self.ask_unsaved(self, self.subject())
        if answer is UnsavedChoice.SAVE:
            return self.save() is not None
        return answer is UnsavedChoice.DISCARD

    def cancel(self) -> None:
        """Drop the changes, asking first when there are any.

        Discarding (or having nothing to discard) emits ``cancelled``; saving
        on the prompt emits ``saved`` instead; Cancel on the prompt keeps
        the editor as it is.
        """
        if self.dirty:
            answer = self.ask_unsaved(self, self.subject())
            if answer is UnsavedChoice.SAVE:
                self.save()  # when it works, ``saved`` ends the editing
                return
            if answer is UnsavedChoice.CANCEL:
                return
            self.revert()
        self.cancelled.emit()

    def _on_dirty_changed(self, dirty: bool) -> None:
        for button in (self.save_button, self.revert_button):
            if button is not None:
                button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)


class EditorDialog(QDialog):
    """An editor with Save and Cancel; closes when saved, asks before losing changes.

    ``record_id`` holds the id of the record saved (or chosen) when the
    dialog was accepted.
    """

    def __init__(self, editor: RecordEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.record_id: int | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(translate("RecordEditor", "Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            translate("RecordEditor", "Cancel (Esc)")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 10)
        layout.addWidget(editor, 1)
        self._buttons_row = QHBoxLayout()
        self._buttons_row.setContentsMargins(12, 0, 12, 0)
        self._buttons_row.addWidget(self.buttons)
        layout.addLayout(self._buttons_row)

        self.buttons.accepted.connect(editor.save)
        self.buttons.rejected.connect(self.reject)
        editor.saved.connect(self._on_saved)
        editor.cancelled.connect(self._on_cancelled)
        editor.dirty_changed.connect(self.setWindowModified)
        self.resize(self.sizeHint().expandedTo(editor.sizeHint()))
        self._focused_once = False

    def showEvent(self, event: QShowEvent) -> None:
        """When first shown, the cursor waits in the first field."""
        super().showEvent(event)
        fields = self.editor.form.fields
        if not self._focused_once and fields:
            self._focused_once = True
            target = fields[0].focus_target()
            # (with the field as context: no call once it is gone)
            QTimer.singleShot(0, target, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason))

    def reject(self) -> None:
        """Cancel through the editor, which asks about unsaved changes first.

        Esc, the Cancel button and closing the window all end here; the
        dialog stays open when the user chooses to keep editing.
        """
        self.editor.cancel()

    def add_button(self, button: QWidget) -> None:
        """Put ``button`` at the start of the button row (actions beside Save and Cancel)."""
        self._buttons_row.insertWidget(0, button)

    def set_title(self, title: str) -> None:
        """Title the window; an asterisk follows it while there are unsaved changes."""
        self.setWindowTitle(f"{title}[*]")

    def accept_record(self, record_id: int) -> None:
        """Close the dialog with ``record_id`` as its result."""
        self.record_id = record_id
        self.done(QDialog.DialogCode.Accepted)

    def _on_saved(self, record_id: int) -> None:
        self.accept_record(record_id)

    def _on_cancelled(self) -> None:
        self.done(QDialog.DialogCode.Rejected)
