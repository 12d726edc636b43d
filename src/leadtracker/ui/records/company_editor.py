"""The company editor: names in three languages, registers, HQ in Japan, parent, status.

Creating a company that looks like an existing one (same name, corporate
number or website) shows the look-alikes first: the user opens the
existing company, creates the new one anyway, or goes back to the form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget

from leadtracker.domain.identifiers import (
    clean_corporate_number,
    clean_register_number,
    clean_website,
)
from leadtracker.domain.vocabulary import CompanyStatus, Sector
from leadtracker.services.companies import (
    CompanyDraft,
    CompanyRecord,
    CompanyService,
    DuplicateCandidate,
    PossibleDuplicatesError,
)
from leadtracker.services.search import SearchService
from leadtracker.ui.forms.company_chooser import CompanyChooser, company_detail
from leadtracker.ui.forms.editor import EditorDialog, RecordEditor
from leadtracker.ui.forms.grid import FormGrid
from leadtracker.ui.forms.inputs import EnumCombo, PrefectureCombo, example, line_edit
from leadtracker.ui.safety.duplicates_dialog import (
    DuplicateAction,
    DuplicateAnswer,
    ask_about_duplicates,
)

#: Asks what to do about look-alike companies: (parent, new company's name, candidates).
AskDuplicates = Callable[[QWidget, str, Sequence[DuplicateCandidate]], DuplicateAnswer]


def notes_edit(lines: int = 4) -> QPlainTextEdit:
    """A multi-line notes field about ``lines`` high, where Tab moves on to the next field."""
    notes = QPlainTextEdit()
    notes.setTabChangesFocus(True)
    height = notes.fontMetrics().lineSpacing() * lines + 14
    notes.setMinimumHeight(height)
    notes.setMaximumHeight(height * 2)
    return notes


class CompanyEditor(RecordEditor):
    """Edit one company; embeddable, or in :class:`CompanyEditorDialog`.

    Signals (besides those of :class:`RecordEditor`):
        existing_chosen(int): on the duplicate warning the user chose to open
            this existing company instead of creating a new one.
    """

    existing_chosen = Signal(int)

    def __init__(
        self,
        companies: CompanyService,
        search: SearchService,
        parent: QWidget | None = None,
        *,
        with_buttons: bool = False,
    ) -> None:
        super().__init__(parent, with_buttons=with_buttons)
        self._companies = companies
        self._record: CompanyRecord | None = None
        #: Asks what to do about look-alikes; replace it to answer without a dialog.
        self.ask_duplicates: AskDuplicates = lambda parent, name, candidates: ask_about_duplicates(
            parent, name, candidates, companies
        )

        self.name_ja = line_edit(example("セイコーエプソン株式会社"))
        self.name_kana = line_edit(example("セイコーエプソン"))
        self.name_en = line_edit(example("Seiko Epson Corporation"))
        self.name_de = line_edit(example("Epson Deutschland GmbH"))
        self.corporate_number = line_edit(
            self.tr("13 digits"),
            self.tr("The 13-digit number of the National Tax Agency's register (法人番号)"),
        )
        self.register_number = line_edit(self.tr("e.g. Amtsgericht Düsseldorf HRB 12345"))
        self.hq_prefecture = PrefectureCombo()
        self.hq_city = line_edit(example("諏訪市"))
        self.sector = EnumCombo(Sector, none_text="—")
        self.status = EnumCombo(CompanyStatus)
        self.website = line_edit(example("www.example.co.jp"))
        self.parent_company = CompanyChooser(search, companies)
        self.parent_company.setToolTip(
            self.tr("The company this one belongs to, e.g. the Japanese parent of a GmbH")
        )
        self.notes = notes_edit()

        self._lay_out()
        self.form.check_on_leave("corporate_number", self.corporate_number, clean_corporate_number)
        self.form.check_on_leave("register_number", self.register_number, clean_register_number)
        self.form.check_on_leave("website", self.website, clean_website)
        self.form.edited.connect(self._update_heading)
        self.start_new()

    def _lay_out(self) -> None:
        grid = FormGrid(self.form, columns=2, parent=self.content)
        grid.setContentsMargins(12, 0, 12, 12)
        grid.section(self.tr("Names"))
        grid.add("name_ja", self.tr("Japanese legal name"), self.name_ja)
        grid.add("name_kana", self.tr("Reading (kana)"), self.name_kana)
        grid.add("name_en", self.tr("English trade name"), self.name_en, wide=True)
        grid.add("name_de", self.tr("German entity"), self.name_de, wide=True)
        grid.section(self.tr("Registers"))
        grid.add("corporate_number", self.tr("Corporate number"), self.corporate_number)
        grid.add("register_number", self.tr("Commercial register"), self.register_number)
        grid.section(self.tr("Headquarters in Japan"))
        grid.add("hq_prefecture", self.tr("Prefecture"), self.hq_prefecture)
        grid.add("hq_city", self.tr("City"), self.hq_city)
        grid.section(self.tr("The company and Düsseldorf"))
        grid.add("sector", self.tr("Sector"), self.sector)
        grid.add("status", self.tr("Status"), self.status)
        grid.add("website", self.tr("Website"), self.website, wide=True)
        grid.add("parent_id", self.tr("Parent company"), self.parent_company, wide=True)
        grid.add("notes", self.tr("Notes"), self.notes, wide=True, top=True)
        grid.setRowStretch(grid.rowCount(), 1)
        self.form.set_tab_order()

    # -- loading -------------------------------------------------------------------------
    @property
    def record(self) -> CompanyRecord | None:
        """The company being edited; ``None`` for a new one."""
        return self._record

    def load(self, record: CompanyRecord) -> None:
        """Edit the saved company ``record``."""
        self._show(record)

    def load_id(self, company_id: int) -> None:
        """Edit the company with id ``company_id``."""
        self.load(self._companies.get(company_id))

    def start_new(self, draft: CompanyDraft | None = None) -> None:
        """Start a new company, with ``draft``'s values filled in if given."""
        self._show(draft)

    def _fill(self, source: CompanyDraft | None) -> None:
        self._record = source if isinstance(source, CompanyRecord) else None
        company = source or CompanyDraft()
        for name in ("name_ja", "name_kana", "name_en", "name_de", "corporate_number"):
            getattr(self, name).setText(getattr(company, name))
        for name in ("register_number", "hq_city", "website"):
            getattr(self, name).setText(getattr(company, name))
        self.hq_prefecture.setValue(company.hq_prefecture)
        self.sector.setValue(company.sector)
        self.status.setValue(company.status)
        self.parent_company.exclude_id = self._record.id if self._record else None
        self.parent_company.setValue(company.parent_id)
        self.notes.setPlainText(company.notes)
        self._update_heading()

    def _update_heading(self) -> None:
        name = self.name_en.text() or self.name_de.text() or self.name_ja.text()
        if self._record is None:
            self.heading.setText(name.strip() or self.tr("New company"))
            self.subheading.setText(self.tr("New company — not saved yet"))
        else:
            self.heading.setText(name.strip() or self._record.display_name)
            detail = company_detail(self._record)
            self.subheading.setText(
                self.tr("Company #{id}").format(id=self._record.id)
                + (f"  ·  {detail}" if detail else "")
            )

    # -- saving --------------------------------------------------------------------------
    def draft(self) -> CompanyDraft:
        """The company the fields describe."""
        with self.form.reading() as read:
            parent_id = read("parent_id", self.parent_company.value)
        return CompanyDraft(
            name_ja=self.name_ja.text(),
            name_kana=self.name_kana.text(),
            name_en=self.name_en.text(),
            name_de=self.name_de.text(),
            register_number=self.register_number.text(),
            corporate_number=self.corporate_number.text(),
            sector=self.sector.value(),
            hq_prefecture=self.hq_prefecture.value(),
            hq_city=self.hq_city.text(),
            website=self.website.text(),
            parent_id=parent_id,
            status=self.status.chosen(),
            notes=self.notes.toPlainText(),
        )

    def subject(self) -> str:
        """The company's name for the unsaved-changes prompt."""
        name = self.name_en.text() or self.name_de.text() or self.name_ja.text()
        if not name.strip() and self._record is not None:
            name = self._record.display_name
        return f"“{name.strip()}”" if name.strip() else self.tr("the new company")

    def _check(self, draft: CompanyDraft) -> None:
        self._companies.check(draft, self._record.id if self._record is not None else None)

    def _store(self, draft: CompanyDraft) -> CompanyRecord | None:
        if self._record is not None:
            return self._companies.update(
                self._record.id, draft, expected_version=self.expected_version(self._record)
            )
        try:
            return self._companies.create(draft)
        except PossibleDuplicatesError as error:
            name = draft.name_en or draft.name_de or draft.name_ja
            answer = self.ask_duplicates(self, name.strip(), error.candidates)
        if answer.action is DuplicateAction.CREATE_ANYWAY:
            return self._companies.create(draft, allow_duplicate=True)
        if answer.action is DuplicateAction.OPEN_EXISTING and answer.company_id is not None:
            self.existing_chosen.emit(answer.company_id)
        return None


class CompanyEditorDialog(EditorDialog):
    """A company editor in a dialog: "New company" or the company's name.

    After ``exec()``, :attr:`record_id` is the company saved, or the existing
    one the user chose to open on the duplicate warning
    (:attr:`opened_existing` then is true).
    """

    def __init__(
        self,
        companies: CompanyService,
        search: SearchService,
        company_id: int | None = None,
        *,
        draft: CompanyDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        editor = CompanyEditor(companies, search)
        if company_id is None:
            editor.start_new(draft)
        else:
            editor.load_id(company_id)
        super().__init__(editor, parent)
        if company_id is None:
            self.set_title(self.tr("New company"))
        else:
            self.set_title(self.tr("Company — {name}").format(name=editor.heading.text()))
        self.opened_existing = False
        editor.existing_chosen.connect(self._on_existing_chosen)
        self.resize(820, 640)

    def _on_existing_chosen(self, company_id: int) -> None:
        self.opened_existing = True
        self.accept_record(company_id)


def edit_company(
    parent: QWidget | None,
    companies: CompanyService,
    search: SearchService,
    *,
    company_id: int | None = None,
    draft: CompanyDraft | None = None,
) -> int | None:
    """Edit a company (a new one without ``company_id``) in a dialog.

    Returns the id of the company saved, or of the existing company the user
    chose to open instead of creating a duplicate; ``None`` when cancelled.
    """
    dialog = CompanyEditorDialog(companies, search, company_id, draft=draft, parent=parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.record_id if accepted else None
    finally:
        dialog.deleteLater()
