"""Rows of a realistic, deterministic demo data set (no database access here).

:class:`DemoBuilder` makes plain tuples for every table, in the column order
of the ``*_COLUMNS`` constants and already in the form the database stores
(:mod:`.stored`: dates and times as SQLAlchemy's ISO strings, enums as their
values, money as cents, lists as JSON), so that :mod:`leadtracker.services.demo.loader` can
bulk-insert millions of them quickly. Names come from small pools drawn once
from Faker's ``ja_JP`` and ``de_DE`` locales. The data set is cut into chunks
of companies (:func:`plan_chunks`); each chunk draws from its own random
stream seeded by the seed and the chunk's number, so the same seed gives the
same data whether the chunks are built in one process or several.

Inquiries arrive at a gently growing rate over the years. Each project has a
fate drawn independently of its age (landed, later in aftercare, lost,
withdrawn or put on hold) and walks the default pipeline towards it from its
inquiry date, each step taking weeks or months; where it stands today is
where that walk has got to. Old projects have therefore all ended, recent
ones are spread over the open stages, landings per year follow the inquiries,
and every move is a stage change with a date and an owner.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from faker import Faker
from stdnum.jp import cn

from leadtracker.domain.duplicates import company_keys
from leadtracker.domain.vocabulary import CompanyStatus, Language, LegalBasis, Rank
from leadtracker.services.demo.catalogue import KNOWN_COMPANIES, KNOWN_PARTNERS, KnownCompany
from leadtracker.services.demo.chunks import ChunkPlan, DemoRows, Dice, plan_chunks, unique
from leadtracker.services.demo.desk import add_desk
from leadtracker.services.demo.stored import CENTS_PER_EURO, STORED_HOURS, stored_day, stored_list
from leadtracker.services.demo.walks import dated_moves, received_day, recent_moves, stage_path
from leadtracker.services.demo.words import (
    ACTIVITY_CUMULATIVE,
    ACTIVITY_KIND_VALUES,
    ACTIVITY_TOTAL,
    CITIES,
    CODE_NAMES,
    COMPETITORS,
    INDUSTRIES,
    LANGUAGE_VALUES,
    LINEAR,
    LOST_REASON_VALUES,
    MR,
    MS,
    PERMITS_DONE,
    PERMITS_OPEN,
    PLACES,
    PREFECTURE_CODES,
    PREFECTURE_ODDS,
    PROJECT_TYPE_LABELS,
    PROJECT_TYPE_VALUES,
    RANKS,
    RECENT_STAGES,
    SECTOR_VALUES,
    SOURCE_VALUES,
    SUBJECT_VALUES,
    TASK_DONE_STAGES,
    TASKS,
    TEXTS,
    TITLES,
    UNANSWERED_DAYS,
    WITH_CONTACT,
)


@dataclass
class _Company:
    id: int
    domain: str
    contact_ids: list[int]
    contact_family: str  # romaji family name of the first contact, for activity texts
    project_type: str
    has_german_entity: bool
    known: bool = False
    opened_on: int | None = None  # day number (ordinal) of the first opening
    row: int = 0  # position of the company's row in the current chunk


class DemoBuilder:
    """Generates the demo data set chunk by chunk; see the module docstring.

    Days are handled as ordinals (``date.toordinal()``) and turned into the
    stored ISO strings through a table made once: far cheaper than date and
    datetime objects for millions of values.
    """

    def __init__(self, seed: int, today: date, years: int = 20, staff: int = 5) -> None:
        self.seed = seed
        self.rng: Dice  # one stream per chunk, set by build_chunk
        self.today = today
        self.start = today.replace(year=today.year - years)
        self._today = today.toordinal()
        self._start = self.start.toordinal()
        # Stored dates from well before the first inquiry to well after the last target date.
        self._first_day = self._start - 400
        self._iso = [
            stored_day(date.fromordinal(day)) for day in range(self._first_day, self._today + 800)
        ]
        self._latest = self._iso[self._today - self._first_day] + STORED_HOURS[0]
        self.rows = DemoRows()
        self._staff = staff
        self._ids: dict[str, int] = {}  # last ids given, set by build_chunk
        ja, de = Faker("ja_JP"), Faker("de_DE")
        ja.seed_instance(seed)
        de.seed_instance(seed)
        self._ja_family = unique(ja.last_name_pair, 250)
        self._ja_male = unique(ja.first_name_male_pair, 120)
        self._ja_female = unique(ja.first_name_female_pair, 120)
        self._de_family = unique(de.last_name, 150)
        self._de_male = unique(de.first_name_male, 80)
        self._de_female = unique(de.first_name_female, 80)
        self._staff_names = [(de.first_name(), de.last_name()) for _ in range(staff)]
        self._name_keys: dict[str, tuple[tuple[str, str], ...]] = {}
        self._site_keys: dict[str, tuple[tuple[str, str], ...]] = {}
        self._json: dict[tuple[str, ...], str] = {}
        self._texts_by_family: dict[str, tuple[str, ...]] = {}
        self._events_by_year = add_desk(self.rows, self._staff_names, self.start, self.today)
        self._desk = self.rows  # staff, partners and events: emitted with chunk 0

    def build_chunk(self, plan: ChunkPlan) -> DemoRows:
        """Generate the companies of one chunk and everything around them."""
        self.rows = self._desk if plan.index == 0 else DemoRows()
        self.rng = Dice(f"{self.seed}/{plan.index}")
        self._ids = {
            "contact": plan.first_contact - 1,
            "project": plan.first_project - 1,
            "activity": plan.first_activity - 1,
        }
        recent_from = len(plan.contacts) - len(RECENT_STAGES)
        for offset, contacts in enumerate(plan.contacts):
            number = plan.first_company + offset
            if number <= len(KNOWN_COMPANIES):
                company = self._add_known_company(number, KNOWN_COMPANIES[number - 1])
            else:
                company = self._add_generated_company(number)
            self._add_contacts(company, contacts)
            recent = None
            if offset >= recent_from and not company.known:
                recent = RECENT_STAGES[offset - recent_from]
            for activities in plan.activities[offset]:
                self._add_project(company, activities, recent=recent)
                recent = None
            self._settle(company)
        rows, self.rows = self.rows, DemoRows()
        return rows

    def build(self, companies: int, chunk_size: int) -> Iterator[DemoRows]:
        """The whole data set of ``companies`` companies, chunk by chunk, in this process."""
        for plan in plan_chunks(self.seed, companies, chunk_size):
            yield self.build_chunk(plan)

    # -- stored values ------------------------------------------------------------------

    def _date(self, day: int) -> str:
        """The stored form of a day (an ordinal)."""
        return self._iso[day - self._first_day]

    def _at(self, day: int, hour: int) -> str:
        """The stored form of a time on ``day``; never later than the start of today."""
        if day >= self._today:
            return self._latest
        return self._iso[day - self._first_day] + STORED_HOURS[hour]

    def _list(self, items: tuple[str, ...]) -> str:
        """A list of texts as SQLAlchemy's JSON type stores it."""
        stored = self._json.get(items)
        if stored is None:
            stored = self._json[items] = stored_list(items)
        return stored

    def _settle(self, company: _Company) -> None:
        """Mark a company settled once a project of it opened (former for a few old ones)."""
        if company.opened_on is None or company.known:
            return
        years = (self._today - company.opened_on) / 365
        status = CompanyStatus.SETTLED.value
        if years > 8 and self.rng.random() < 0.1:
            status = CompanyStatus.FORMER.value
        row = self.rows.companies[company.row]
        self.rows.companies[company.row] = (*row[:12], status, *row[13:])

    # -- companies ----------------------------------------------------------------------

    def _add_known_company(self, company_id: int, known: KnownCompany) -> _Company:
        row = (
            company_id, known.name_ja, known.name_kana, known.name_en, known.name_de, "", "",
            known.sector.value, known.prefecture, known.city, f"https://www.{known.website}",
            None, CompanyStatus.SETTLED.value, "",
        )  # fmt: skip
        self._append_company(row, (known.name_ja, known.name_kana, known.name_en, known.name_de))
        return _Company(
            company_id,
            known.website,
            [],
            "",
            known.project.value,
            has_german_entity=True,
            known=True,
            row=len(self.rows.companies) - 1,
        )

    def _add_generated_company(self, company_id: int) -> _Company:
        rng = self.rng
        family_ja, family_kana, family_en = rng.pick(self._ja_family)
        word_ja, word_kana, word_en, sector = rng.pick(INDUSTRIES)
        place_ja, place_kana, place_en = rng.pick(PLACES) if rng.random() < 0.3 else PLACES[0]
        core = f"{place_ja}{family_ja}{word_ja}"
        name_ja = f"株式会社{core}" if rng.random() < 0.5 else f"{core}株式会社"
        name_kana = f"{place_kana}{family_kana}{word_kana}"
        english = f"{place_en}{family_en} {word_en}"
        name_en = f"{english} {rng.pick(('Co., Ltd.', 'Corporation', 'Inc.'))}"
        german = rng.random() < 0.45
        name_de = (
            f"{family_en} {word_en} {rng.pick(('Europe', 'Deutschland'))} GmbH" if german else ""
        )
        register = f"Amtsgericht Düsseldorf HRB {rng.between(10000, 99999)}" if german else ""
        base = str(rng.between(10**11, 10**12 - 1))
        corporate = cn.calc_check_digit(base) + base
        domain = (
            f"{place_en}{family_en}-{word_en}.co.jp".lower().replace(" ", "").replace("--", "-")
        )
        prefecture = rng.weighted(PREFECTURE_CODES, PREFECTURE_ODDS)
        city = rng.pick(CITIES[prefecture]) if prefecture in CITIES else ""
        row = (
            company_id, name_ja, name_kana, name_en, name_de, register, corporate,
            SECTOR_VALUES[sector], prefecture, city, f"https://www.{domain}", None,
            CompanyStatus.PROSPECT.value, "",
        )  # fmt: skip
        self._append_company(row, (name_ja, name_kana, name_en, name_de), corporate)
        project_type = rng.weighted(PROJECT_TYPE_VALUES, (40, 12, 10, 8, 10, 5))
        return _Company(
            company_id,
            domain,
            [],
            "",
            project_type,
            german,
            row=len(self.rows.companies) - 1,
        )

    def _append_company(
        self, row: tuple[object, ...], names: tuple[str, ...], corporate: str = ""
    ) -> None:
        company_id, website = row[0], str(row[10])
        self.rows.companies.append(row)
        keys: set[tuple[str, str]] = set()
        for name in names:
            # Names and websites repeat (pools): their keys are worked out once.
            name_keys = self._name_keys.get(name)
            if name_keys is None:
                found = company_keys((name,), "", "")
                name_keys = self._name_keys[name] = tuple((str(k), v) for k, v in found)
            keys.update(name_keys)
        site_keys = self._site_keys.get(website)
        if site_keys is None:
            found = company_keys((), "", website)
            site_keys = self._site_keys[website] = tuple((str(k), v) for k, v in found)
        keys.update(site_keys)
        keys.update((str(k), v) for k, v in company_keys((), corporate, ""))
        append = self.rows.company_keys.append
        for kind, key in sorted(keys):
            append((company_id, kind, key))

    def _add_contacts(self, company: _Company, count: int) -> None:
        rng = self.rng
        ranks = sorted(rng.sample(RANKS, count))
        for rank in ranks:
            self._ids["contact"] += 1
            contact_id = self._ids["contact"]
            german = company.has_german_entity and rank == Rank.STAFF and rng.random() < 0.6
            row = self._german_contact(company) if german else self._japanese_contact(company, rank)
            self.rows.contacts.append((contact_id, company.id, *row))
            company.contact_ids.append(contact_id)
        first = self.rows.contacts[-count]
        company.contact_family = str(first[6])

    def _japanese_contact(self, company: _Company, rank: Rank) -> tuple[object, ...]:
        rng = self.rng
        family = rng.pick(self._ja_family)
        male = rng.random() < 0.75
        given = rng.pick(self._ja_male if male else self._ja_female)
        email = f"{given[2]}.{family[2]}@{company.domain}".lower()
        language = rng.weighted(LANGUAGE_VALUES, (45, 45, 10))
        basis, consent = self._legal_basis()
        phone = f"+81 3 {rng.between(1000, 9999)} {rng.between(1000, 9999)}"
        return (
            family[0], given[0], family[1], given[1], family[2], given[2],
            MR if male else MS, TITLES[rank], int(rank), email, phone, "",
            language, basis, consent, "events and newsletters" if consent else "", "",
        )  # fmt: skip

    def _german_contact(self, company: _Company) -> tuple[object, ...]:
        rng = self.rng
        male = rng.random() < 0.5
        given = rng.pick(self._de_male if male else self._de_female)
        family = rng.pick(self._de_family)
        basis, consent = self._legal_basis()
        email = f"{given}.{family}@{company.domain}".lower().replace(" ", "")
        phone = f"+49 211 {rng.between(100000, 999999)}"
        return (
            "", "", "", "", family, given, MR if male else MS,
            "Geschäftsführung" if rng.random() < 0.3 else "Office Manager", int(Rank.STAFF),
            email, phone, "", Language.GERMAN.value, basis, consent,
            "events and newsletters" if consent else "", "",
        )  # fmt: skip

    def _legal_basis(self) -> tuple[str, str | None]:
        if self.rng.random() < 0.15:
            day = self.rng.between(self._start, self._today)
            return LegalBasis.CONSENT.value, self._date(day)
        return LegalBasis.PUBLIC_TASK.value, None

    # -- projects -----------------------------------------------------------------------

    def _add_project(
        self, company: _Company, activities: int, *, recent: str | None = None
    ) -> None:
        """One project; ``recent``: the open stage it has reached by today, lately."""
        rng = self.rng
        self._ids["project"] += 1
        project_id = self._ids["project"]
        owner = rng.between(1, self._staff)
        if company.known and company.opened_on is None:
            # The named companies are settled: their first project went all the way.
            received = self._today - rng.between(3 * 365, self._today - self._start)
            path = list(LINEAR[1:])
            moves = dated_moves(rng, path, received, self._today)
        elif recent is not None:
            path = list(LINEAR[1 : LINEAR.index(recent) + 1])
            moves = recent_moves(rng, path, self._today)
            received = moves[0][1]
        else:
            received = received_day(rng, self._start, self._today)
            path = stage_path(rng)
            moves = dated_moves(rng, path, received, self._today)
        final, final_day = moves[-1]
        if final == "inquiry" and self._today - received <= UNANSWERED_DAYS:
            activities = 0  # a fresh inquiry nobody has answered yet (My day lists it)
        append = self.rows.stage_changes.append
        rnd, iso, first_day, today = rng.random, self._iso, self._first_day, self._today
        previous = None
        for stage, day in moves:
            if day >= today:
                at = self._latest
            else:
                at = iso[day - first_day] + STORED_HOURS[8 + int(rnd() * 10)]
            append((project_id, previous, stage, at, owner, ""))
            previous = stage
        self._add_project_row(company, project_id, owner, received, moves)
        self._add_activities(
            company,
            project_id=project_id,
            owner=owner,
            received=received,
            until=final_day,
            site_visit="site_visit" in path,
            count=activities,
        )
        self._add_task(company, project_id, owner, final, final_day)

    def _add_project_row(
        self,
        company: _Company,
        project_id: int,
        owner: int,
        received: int,
        moves: list[tuple[str, int]],
    ) -> None:
        rng = self.rng
        stage = moves[-1][0]
        jobs = max(1, int(rng.lognormvariate(2.3, 0.9)))
        investment = rng.between(2, 400) * 50_000  # euro
        space = max(40, jobs * rng.between(12, 25))
        competitors = tuple(rng.sample(COMPETITORS, rng.between(0, 3)))
        source = rng.weighted(SOURCE_VALUES, (25, 35, 30, 10))
        partner = rng.between(1, len(KNOWN_PARTNERS)) if source == "partner_referral" else None
        events = self._events_by_year.get(int(self._date(received)[:4]), [])
        event = rng.pick(events) if source == "event" and events else None
        code = f"Projekt {rng.pick(CODE_NAMES)}" if rng.random() < 0.1 else ""
        decision = next((d for s, d in moves if s in {"won", "lost"}), None)
        lost = stage == "lost"
        landing = next((d for s, d in moves if s == "landed"), None)
        company.opened_on = company.opened_on or landing
        title = PROJECT_TYPE_LABELS[company.project_type]
        target = received + rng.between(180, 720)
        date_of = self._date
        if landing is None:
            landed: tuple[object, ...] = (None, None, PERMITS_OPEN, None, None, None, None)
        else:
            landed = (
                date_of(landing - 40), date_of(landing - 25), rng.pick(PERMITS_DONE),
                date_of(landing - 60), date_of(landing), max(1, jobs + rng.between(-3, 3)),
                investment * CENTS_PER_EURO * rng.between(70, 120) // 100,  # 70-120 % of the plan
            )  # fmt: skip
        row = (
            project_id, company.id, title, code, company.project_type, source, partner, event,
            owner, stage, date_of(received), jobs, investment * CENTS_PER_EURO, space,
            date_of(target), None if decision is None else date_of(decision),
            self._list(competitors),
            rng.pick(LOST_REASON_VALUES) if lost else None,
            (competitors[0] if competitors else rng.pick(COMPETITORS)) if lost else "",
            *landed, "",
        )  # fmt: skip
        self.rows.projects.append(row)

    def _add_activities(
        self,
        company: _Company,
        *,
        project_id: int,
        owner: int,
        received: int,
        until: int,
        site_visit: bool,
        count: int,
    ) -> None:
        rng = self.rng
        rnd, iso, first_day, today = rng.random, self._iso, self._first_day, self._today
        activities = self.rows.activities
        activity_contacts = self.rows.activity_contacts
        texts = self._texts(company.contact_family)
        contact_ids = company.contact_ids
        days = max(0, until - received) + 1
        activity_id = self._ids["activity"]
        for n in range(count):
            activity_id += 1
            if n == count - 1 and site_visit:
                kind = "site_visit"
            else:
                kind = ACTIVITY_KIND_VALUES[bisect(ACTIVITY_CUMULATIVE, rnd() * ACTIVITY_TOTAL)]
            day = received + int(rnd() * days)
            if day >= today:
                at = self._latest
            else:
                at = iso[day - first_day] + STORED_HOURS[8 + int(rnd() * 11)]
            subjects = SUBJECT_VALUES[kind]
            activities.append(
                (activity_id, kind, at, company.id, project_id,
                 subjects[int(rnd() * len(subjects))], texts[int(rnd() * len(texts))], owner)
            )  # fmt: skip
            if kind in WITH_CONTACT:
                contact = contact_ids[int(rnd() * len(contact_ids))]
                activity_contacts.append((activity_id, contact))
        self._ids["activity"] = activity_id

    def _texts(self, family: str) -> tuple[str, ...]:
        """The note texts about a company whose first contact is called ``family``.

        Every template with every competitor (equally likely), made once per
        name: the same text is then one string object, hashed and encoded once.
        """
        texts = self._texts_by_family.get(family)
        if texts is None:
            made: dict[str, str] = {}
            texts = tuple(
                made.setdefault(text, text)
                for text in (
                    template.format(family=family, competitor=competitor)
                    for template in TEXTS
                    for competitor in COMPETITORS
                )
            )
            self._texts_by_family[family] = texts
        return texts

    def _add_task(
        self, company: _Company, project_id: int, owner: int, stage: str, stage_day: int
    ) -> None:
        rng = self.rng
        title = rng.pick(TASKS)
        if stage in TASK_DONE_STAGES:
            done = self._at(stage_day, 12)
            row = (title, self._date(stage_day), done, owner, project_id, company.id, "")
            self.rows.tasks.append(row)
            return
        due = self._today + rng.between(-20, 30)
        self.rows.tasks.append((title, self._date(due), None, owner, project_id, company.id, ""))
