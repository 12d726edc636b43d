"""The contact editor: a person's name in kanji, kana and romaji, position, reach, legal basis.

The six name fields form a grid (Family / Given by Kanji / Kana / Romaji) so
the readings sit beside each other, and a preview shows the person the way
lists, letters and name cards will: ``山田 太郎 (YAMADA Taro)``, ``山田様``,
``Herr Yamada``, ``Mr. Yamada``.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.identifiers import clean_email, clean_phone
from leadtracker.domain.names import PersonName
from leadtracker.domain.vocabulary import Language, LegalBasis, Rank, Salutation
from leadtracker.services.companies import CompanyService
from leadtracker.services.contacts import ContactDraft, ContactRecord, ContactService
from leadtracker.services.search import SearchService
from leadtracker.ui.forms.company_chooser import CompanyChooser
from leadtracker.ui.forms.editor import EditorDialog, RecordEditor
from leadtracker.ui.forms.grid import FormGrid
from leadtracker.ui.forms.inputs import EnumCombo, OptionalDateEdit
from leadtracker.ui.forms.inputs import example as example_text
from leadtracker.ui.records.company_editor import notes_edit

_NAME_FIELDS = (
    "family_kanji",
    "family_kana",
    "family_romaji",
    "given_kanji",
    "given_kana",
    "given_romaji",
)


class NamePreview(QFrame):
    """How the person is listed and addressed, updated as the name is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("namePreview")
        self.setStyleSheet(
            "QFrame#namePreview { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        self.listed = QLabel()
        self.listed.setTextFormat(Qt.TextFormat.PlainText)
        self.salutations = QLabel()
        self.salutations.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.listed, self.salutations):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setHorizontalSpacing(12)
        shown_as = QLabel(self.tr("Listed as"))
        addressed_as = QLabel(self.tr("Addressed as"))
        for caption in (shown_as, addressed_as):
            caption.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(shown_as, 0, 0)
        layout.addWidget(self.listed, 0, 1)
        layout.addWidget(addressed_as, 1, 0)
        layout.addWidget(self.salutations, 1, 1)
        layout.setColumnStretch(1, 1)
        self.setAccessibleName(self.tr("Name preview"))

    def show_name(self, name: PersonName, form: Salutation, preferred: Language) -> None:
        """Show ``name`` with the salutation ``form``; the ``preferred`` language in bold."""
        self.listed.setText(name.display or "—")
        parts = []
        for language in (Language.JAPANESE, Language.GERMAN, Language.ENGLISH):
            text = html.escape(name.salutation(language, form))
            if not text:
                continue
            parts.append(f"<b>{text}</b>" if language is preferred else text)
        self.salutations.setText(" &nbsp;·&nbsp; ".join(parts) or "—")
        plain = [name.salutation(lang, form) for lang in Language]
        self.setAccessibleDescription(f"{name.display}; {', '.join(p for p in plain if p)}")


class ContactEditor(RecordEditor):
    """Edit one contact; embeddable, or in :class:`ContactEditorDialog`."""

    def __init__(
        self,
        contacts: ContactService,
        companies: CompanyService,
        search: SearchService,
        parent: QWidget | None = None,
        *,
        with_buttons: bool = False,
    ) -> None:
        super().__init__(parent, with_buttons=with_buttons)
        self._contacts = contacts
        self._record: ContactRecord | None = None

        self.family_kanji, self.family_kana, self.family_romaji = (
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.given_kanji, self.given_kana, self.given_romaji = QLineEdit(), QLineEdit(), QLineEdit()
        for name, sample in zip(
            _NAME_FIELDS, ("山田", "やまだ", "Yamada", "太郎", "たろう", "Taro"), strict=True
        ):
            getattr(self, name).setPlaceholderText(example_text(sample))
        self.salutation = EnumCombo(Salutation)
        self.preview = NamePreview()
        self.company = CompanyChooser(search, companies)
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            self.tr("e.g. 欧州営業部 部長 / General Manager, Sales Europe")
        )
        self.rank = EnumCombo(sorted(Rank))
        self.email = QLineEdit()
        self.email.setPlaceholderText(example_text("name@example.co.jp"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(example_text("+81 3 1234 5678"))
        self.mobile = QLineEdit()
        self.mobile.setPlaceholderText(example_text("+49 170 1234567"))
        self.preferred_language = EnumCombo(Language)
        self.legal_basis = EnumCombo(LegalBasis)
        self.consent_date = OptionalDateEdit()
        self.consent_scope = QLineEdit()
        self.consent_scope.setPlaceholderText(self.tr("e.g. newsletter and event invitations"))
        self.notes = notes_edit(3)

        self._lay_out()
        self.form.check_on_leave("email", self.email, clean_email)
        self.form.check_on_leave("phone", self.phone, clean_phone)
        self.form.check_on_leave(
            "mobile", self.mobile, lambda text: clean_phone(text, "mobile", "Mobile")
        )
        self.form.edited.connect(self._on_edited)
        self.legal_basis.currentIndexChanged.connect(self._update_consent)
        self.start_new()

    def _lay_out(self) -> None:
        grid = FormGrid(self.form, columns=2, parent=self.content)
        grid.setContentsMargins(12, 0, 12, 12)
        grid.section(self.tr("Name"))
        grid.add_titles((self.tr("Kanji"), self.tr("Kana"), self.tr("Romaji")))
        family, given = self.tr("Family name"), self.tr("Given name")
        scripts = (self.tr("kanji"), self.tr("kana"), self.tr("romaji"))
        for caption, names in ((family, _NAME_FIELDS[:3]), (given, _NAME_FIELDS[3:])):
            grid.add_columns(
                caption,
                [
                    (name, self.tr("{name} in {script}").format(name=caption, script=script),
                     getattr(self, name))
                    for name, script in zip(names, scripts, strict=True)
                ],
            )  # fmt: skip
        grid.add("salutation", self.tr("Salutation"), self.salutation)
        grid.add_row(self.preview)
        grid.section(self.tr("Company and position"))
        grid.add("company_id", self.tr("Company"), self.company, wide=True)
        grid.add("title", self.tr("Title"), self.title)
        grid.add("rank", self.tr("Rank"), self.rank)
        grid.section(self.tr("Reach"))
        grid.add("email", self.tr("Email"), self.email)
        grid.add("preferred_language", self.tr("Preferred language"), self.preferred_language)
        grid.add("phone", self.tr("Phone"), self.phone)
        grid.add("mobile", self.tr("Mobile"), self.mobile)
        grid.section(self.tr("Data protection"))
        grid.add("legal_basis", self.tr("Legal basis"), self.legal_basis)
        grid.add("consent_date", self.tr("Consent given on"), self.consent_date)
        grid.add("consent_scope", self.tr("Consent covers"), self.consent_scope, wide=True)
        grid.add("notes", self.tr("Notes"), self.notes, wide=True, top=True)
        grid.setRowStretch(grid.rowCount(), 1)
        self.form.set_tab_order()

    # -- loading -------------------------------------------------------------------------
    @property
    def record(self) -> ContactRecord | None:
        """The contact being edited; ``None`` for a new one."""
        return self._record

    def load(self, record: ContactRecord) -> None:
        """Edit the saved contact ``record``."""
        self._show(record)

    def load_id(self, contact_id: int) -> None:
        """Edit the contact with id ``contact_id``."""
        self.load(self._contacts.get(contact_id))

    def start_new(self, company_id: int | None = None) -> None:
        """Start a new contact, at the company ``company_id`` if given."""
        self._show(ContactDraft(company_id=company_id))

    def _fill(self, source: ContactDraft | None) -> None:
        self._record = source if isinstance(source, ContactRecord) else None
        contact = source or ContactDraft()
        for name in (*_NAME_FIELDS, "title", "email", "phone", "mobile", "consent_scope"):
            getattr(self, name).setText(getattr(contact, name))
        self.salutation.setValue(contact.salutation)
        self.company.setValue(contact.company_id)
        self.rank.setValue(contact.rank)
        self.preferred_language.setValue(contact.preferred_language)
        self.legal_basis.setValue(contact.legal_basis)
        self.consent_date.setValue(contact.consent_date)
        self.notes.setPlainText(contact.notes)
        self._update_consent()
        self._on_edited()

    # -- live parts ----------------------------------------------------------------------
    def _name(self) -> PersonName:
        return PersonName(*(getattr(self, name).text().strip() for name in _PERSON_ORDER))

    def _on_edited(self) -> None:
        name = self._name()
        self.preview.show_name(name, self.salutation.chosen(), self.preferred_language.chosen())
        if name.display:
            self.heading.setText(name.display)
        else:
            self.heading.setText(self.tr("New contact") if self._record is None else "—")
        company = self.company.edit.text() if self.company.company_id else ""
        detail = " · ".join(part for part in (company, self.title.text().strip()) if part)
        if self._record is None:
            self.subheading.setText(detail or self.tr("New contact — not saved yet"))
        else:
            number = self.tr("Contact #{id}").format(id=self._record.id)
            self.subheading.setText(f"{number}  ·  {detail}" if detail else number)

    def _update_consent(self) -> None:
        consent = self.legal_basis.value() is LegalBasis.CONSENT
        self.consent_date.setEnabled(consent)
        self.consent_scope.setEnabled(consent)

    # -- saving --------------------------------------------------------------------------
    def draft(self) -> ContactDraft:
        """The contact the fields describe."""
        with self.form.reading() as read:
            company_id = read("company_id", self.company.value)
        consent = self.legal_basis.value() is LegalBasis.CONSENT
        return ContactDraft(
            company_id=company_id,
            **{name: getattr(self, name).text() for name in _NAME_FIELDS},
            salutation=self.salutation.chosen(),
            title=self.title.text(),
            rank=self.rank.chosen(),
            email=self.email.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            preferred_language=self.preferred_language.chosen(),
            legal_basis=self.legal_basis.chosen(),
            consent_date=self.consent_date.value() if consent else None,
            consent_scope=self.consent_scope.text() if consent else "",
            notes=self.notes.toPlainText(),
        )

    def subject(self) -> str:
        """The contact's name for the unsaved-changes prompt."""
        name = self._name().display
        return f"“{name}”" if name else self.tr("the new contact")

    def _check(self, draft: ContactDraft) -> None:
        self._contacts.check(draft)

    def _store(self, draft: ContactDraft) -> ContactRecord:
        if self._record is None:
            return self._contacts.create(draft)
        return self._contacts.update(
            self._record.id, draft, expected_version=self.expected_version(self._record)
        )


# PersonName's positional order: family/given kanji, family/given kana, family/given romaji.
_PERSON_ORDER = (
    "family_kanji",
    "given_kanji",
    "family_kana",
    "given_kana",
    "family_romaji",
    "given_romaji",
)


#: Makes the *Personal data* button of a saved contact: ``(contact id, reload, parent)``.
PrivacyMenuMaker = Callable[[int, Callable[[], None], QWidget], QWidget]


class ContactEditorDialog(EditorDialog):
    """A contact editor in a dialog; :attr:`record_id` is the contact saved."""

    def __init__(
        self,
        contacts: ContactService,
        companies: CompanyService,
        search: SearchService,
        contact_id: int | None = None,
        *,
        company_id: int | None = None,
        parent: QWidget | None = None,
        privacy: PrivacyMenuMaker | None = None,
    ) -> None:
        editor = ContactEditor(contacts, companies, search)
        if contact_id is None:
            editor.start_new(company_id)
        else:
            editor.load_id(contact_id)
        super().__init__(editor, parent)
        self.tabs: QTabWidget | None = None
        self.privacy_menu: QWidget | None = None
        if privacy is not None and contact_id is not None:
            self.privacy_menu = privacy(contact_id, lambda: editor.load_id(contact_id), self)
            self.add_button(self.privacy_menu)
        if contact_id is None:
            self.set_title(self.tr("New contact"))
        else:
            self.set_title(self.tr("Contact — {name}").format(name=editor.heading.text()))
        self.resize(820, 700)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Show ``widget`` in a tab beside the details (the contact's activities and tasks)."""
        if self.tabs is None:
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            index = layout.indexOf(self.editor)
            layout.removeWidget(self.editor)
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            self.tabs.setStyleSheet("QTabWidget::tab-bar { left: 12px; }")  # off the edge
            self.tabs.addTab(self.editor, self.tr("Details"))
            box = QWidget()
            margin = QVBoxLayout(box)
            margin.setContentsMargins(0, 8, 0, 0)
            margin.addWidget(self.tabs)
            layout.insertWidget(index, box, 1)
        self.tabs.addTab(widget, title)


def edit_contact(
    parent: QWidget | None,
    contacts: ContactService,
    companies: CompanyService,
    search: SearchService,
    *,
    contact_id: int | None = None,
    company_id: int | None = None,
    privacy: PrivacyMenuMaker | None = None,
) -> int | None:
    """Edit a contact (a new one, at ``company_id``, without ``contact_id``) in a dialog.

    Returns the id of the contact saved; ``None`` when cancelled.
    """
    dialog = ContactEditorDialog(
        contacts,
        companies,
        search,
        contact_id,
        company_id=company_id,
        parent=parent,
        privacy=privacy,
    )
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.record_id if accepted else None
    finally:
        dialog.deleteLater()
