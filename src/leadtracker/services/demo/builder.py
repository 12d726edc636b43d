"""Rows of a realistic, deterministic demo data set (no database access here).

:class:`DemoBuilder` makes plain tuples for every table, in the column order
of the ``*_COLUMNS`` constants and already in the form the database stores
(dates and times as SQLAlchemy's ISO strings, enums as their values, money as
cents, lists as JSON), so that :mod:`leadtracker.services.demo.loader` can
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

import json
import random
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import accumulate
from typing import TypeVar

from faker import Faker
from stdnum.jp import cn

from leadtracker.domain.duplicates import company_keys
from leadtracker.domain.vocabulary import (
    ActivityKind,
    CompanyStatus,
    Language,
    LegalBasis,
    LostReason,
    PermitStatus,
    ProjectSource,
    ProjectType,
    Rank,
    Salutation,
    Sector,
)
from leadtracker.services.demo.catalogue import (
    KNOWN_COMPANIES,
    KNOWN_PARTNERS,
    RECURRING_EVENTS,
    TOKYO_SEMINAR_2017,
    KnownCompany,
)

USER_COLUMNS = ("id", "name", "initials", "email", "active")
PARTNER_COLUMNS = ("id", "name", "kind", "website", "notes")
EVENT_COLUMNS = ("id", "name", "starts_on", "location", "organiser_id", "notes")
COMPANY_COLUMNS = (
    "id", "name_ja", "name_kana", "name_en", "name_de", "register_number", "corporate_number",
    "sector", "hq_prefecture", "hq_city", "website", "parent_id", "status", "notes",
)  # fmt: skip
COMPANY_KEY_COLUMNS = ("company_id", "kind", "key")
CONTACT_COLUMNS = (
    "id", "company_id", "family_kanji", "given_kanji", "family_kana", "given_kana",
    "family_romaji", "given_romaji", "salutation", "title", "rank", "email", "phone", "mobile",
    "preferred_language", "legal_basis", "consent_date", "consent_scope", "notes",
)  # fmt: skip
PROJECT_COLUMNS = (
    "id", "company_id", "title", "code_name", "project_type", "source", "partner_id", "event_id",
    "owner_id", "stage_key", "received_on", "planned_jobs", "planned_investment",
    "office_space_m2", "target_date", "decision_date", "competing_locations", "lost_reason",
    "lost_to_location", "trade_registered_on", "register_entry_on", "permits_status",
    "lease_signed_on", "opened_on", "jobs_at_opening", "actual_investment", "notes",
)  # fmt: skip
STAGE_CHANGE_COLUMNS = (
    "project_id", "from_stage", "to_stage", "changed_at", "changed_by_id", "note",
)  # fmt: skip
ACTIVITY_COLUMNS = (
    "id", "kind", "occurred_at", "company_id", "project_id", "subject", "text", "created_by_id",
)  # fmt: skip
ACTIVITY_CONTACT_COLUMNS = ("activity_id", "contact_id")
T = TypeVar("T")
TASK_COLUMNS = ("title", "due_on", "done_at", "owner_id", "project_id", "company_id", "notes")

#: Industry words of generated company names: Japanese, kana, English, sector.
_INDUSTRIES: tuple[tuple[str, str, str, Sector], ...] = (
    ("電機", "デンキ", "Electric", Sector.ELECTRONICS),
    ("電子", "デンシ", "Electronics", Sector.ELECTRONICS),
    ("光学", "コウガク", "Optical", Sector.ELECTRONICS),
    ("精工", "セイコウ", "Precision", Sector.MACHINERY),
    ("精機", "セイキ", "Seiki", Sector.MACHINERY),
    ("製作所", "セイサクショ", "Works", Sector.MACHINERY),
    ("重工業", "ジュウコウギョウ", "Heavy Industries", Sector.MACHINERY),
    ("ロボティクス", "ロボティクス", "Robotics", Sector.MACHINERY),
    ("化学", "カガク", "Chemical", Sector.CHEMICALS),
    ("マテリアル", "マテリアル", "Materials", Sector.CHEMICALS),
    ("自動車部品", "ジドウシャブヒン", "Auto Parts", Sector.AUTOMOTIVE),
    ("モビリティ", "モビリティ", "Mobility", Sector.AUTOMOTIVE),
    ("製薬", "セイヤク", "Pharmaceutical", Sector.PHARMA_HEALTH),
    ("メディカル", "メディカル", "Medical", Sector.PHARMA_HEALTH),
    ("システムズ", "システムズ", "Systems", Sector.ICT),
    ("ソフトウェア", "ソフトウェア", "Software", Sector.ICT),
    ("テクノロジーズ", "テクノロジーズ", "Technologies", Sector.ICT),
    ("ゲームス", "ゲームス", "Games", Sector.ICT),
    ("通信", "ツウシン", "Telecom", Sector.TELECOM),
    ("商事", "ショウジ", "Trading", Sector.TRADE),
    ("物産", "ブッサン", "Bussan", Sector.TRADE),
    ("物流", "ブツリュウ", "Logistics", Sector.LOGISTICS),
    ("海運", "カイウン", "Shipping", Sector.LOGISTICS),
    ("銀行", "ギンコウ", "Bank", Sector.FINANCE),
    ("証券", "ショウケン", "Securities", Sector.FINANCE),
    ("化粧品", "ケショウヒン", "Cosmetics", Sector.CONSUMER_GOODS),
    ("楽器", "ガッキ", "Instruments", Sector.CONSUMER_GOODS),
    ("食品", "ショクヒン", "Foods", Sector.FOOD),
    ("酒造", "シュゾウ", "Brewery", Sector.FOOD),
    ("コンサルティング", "コンサルティング", "Consulting", Sector.SERVICES),
    ("建設", "ケンセツ", "Construction", Sector.OTHER),
    ("エナジー", "エナジー", "Energy", Sector.OTHER),
)
_PLACES = (
    ("", "", ""),
    ("東京", "トウキョウ", "Tokyo "),
    ("大阪", "オオサカ", "Osaka "),
    ("日本", "ニッポン", "Nippon "),
    ("新", "シン", "Shin-"),
    ("中央", "チュウオウ", "Chuo "),
    ("第一", "ダイイチ", "Daiichi "),
    ("北日本", "キタニホン", "Kita-Nihon "),
)
#: Prefecture codes weighted as Japanese investors in Düsseldorf are.
_PREFECTURE_WEIGHTS = {13: 40, 27: 12, 23: 10, 14: 8, 11: 3, 28: 3, 26: 3, 22: 3, 40: 2, 20: 2}
_PREFECTURE_CODES = (*_PREFECTURE_WEIGHTS, *range(1, 48))
_PREFECTURE_ODDS = (*_PREFECTURE_WEIGHTS.values(), *[0.3] * 47)
_PROJECT_TYPES = tuple(ProjectType)
_SOURCES = tuple(ProjectSource)
_LOST_REASONS = tuple(LostReason)
_ACTIVITY_KINDS = tuple(ActivityKind)
_LANGUAGES = (Language.JAPANESE, Language.ENGLISH, Language.GERMAN)
_CITIES = {
    13: ("千代田区", "港区", "中央区", "新宿区", "品川区", "渋谷区"),
    27: ("大阪市",), 23: ("名古屋市", "豊田市", "刈谷市"), 14: ("横浜市", "川崎市"),
    11: ("さいたま市",), 28: ("神戸市",), 26: ("京都市",), 22: ("浜松市", "静岡市"),
    40: ("福岡市",), 20: ("長野市", "諏訪市", "松本市"),
}  # fmt: skip
_TITLES = {
    Rank.PRESIDENT: "代表取締役社長", Rank.SENIOR_MANAGING_DIRECTOR: "専務取締役",
    Rank.DIRECTOR: "取締役", Rank.GENERAL_MANAGER: "海外事業部 部長",
    Rank.MANAGER: "欧州営業課 課長", Rank.STAFF: "海外事業部",
}  # fmt: skip
_COMPETITORS = ("Amsterdam", "London", "Frankfurt", "Paris", "München", "Brüssel", "Wien",
                "Prag", "Warschau", "Barcelona", "Dublin", "Zürich")  # fmt: skip
_CODE_NAMES = ("Sakura", "Fuji", "Kaze", "Hikari", "Tsubasa", "Kumo", "Hoshi", "Yama", "Umi",
               "Mirai", "Asahi", "Kiku", "Matsu", "Take", "Ume", "Kawa")  # fmt: skip
#: Inquiries younger than this may still wait for an answer.
_UNANSWERED_DAYS = 10
#: Where the first projects of the last companies of each chunk stand today:
#: recent projects in every open stage, and inquiries from this week still
#: waiting for an answer -- so that the board and *My day* have something to
#: show even in a small data set (a few dozen projects of 125,000 at 100,000).
_RECENT_STAGES = ("qualified", "active", "site_visit", "decision_pending", "won",
                  "inquiry", "inquiry", "inquiry")  # fmt: skip

_LINEAR = ("inquiry", "qualified", "active", "site_visit", "decision_pending", "won", "landed",
           "aftercare")  # fmt: skip
_SUBJECTS = {
    ActivityKind.CALL: ("Telefonat zu Standortfragen", "Call: office space options",
                        "電話：進出計画について", "Rückruf wegen Aufenthaltstitel"),
    ActivityKind.MEETING: ("Erstgespräch", "Meeting with the European HQ",
                           "面談：デュッセルドルフ進出", "Termin mit der Geschäftsführung"),
    ActivityKind.EMAIL: ("Informationspaket versandt", "Email: market data NRW",
                         "メール：オフィス候補の資料", "Kontakt zu JETRO hergestellt"),
    ActivityKind.SITE_VISIT: ("Besichtigung Büroflächen Medienhafen", "Site visit Kö-Bogen offices",
                              "オフィス見学（メディアハーフェン）"),
    ActivityKind.EVENT: ("Gespräch am Stand", "Met at the reception", "イベントで名刺交換"),
    ActivityKind.NOTE: ("Notiz", "Note", "メモ"),
}  # fmt: skip
_TEXTS = (
    "Interesse an einem Vertriebsbüro für Europa; Entscheidung im Vorstand in Tokyo erwartet.",
    "They compare Düsseldorf with {competitor}; costs for office and staff are the main question.",
    "Herr {family} bittet um Informationen zu Arbeits- und Aufenthaltserlaubnis.",
    "欧州拠点の候補地としてデュッセルドルフと{competitor}を比較中。",
    "{family}様より、日本人学校と住宅事情について質問あり。",
    "Office tour with {family}-san: Medienhafen and Kö-Bogen; 400–600 m² needed.",
    "Kontakt zu Steuerberatung und Notar vermittelt; Gewerbeanmeldung vorbereitet.",
    "Follow-up: send the comparison of labour costs and the list of Japanese schools.",
    "社長の来独に合わせて市長表敬訪問を調整。",
    "Nachfrage zu Fördermitteln des Landes NRW; an NRW.Global Business verwiesen.",
)
_TASKS = ("Informationspaket schicken", "Follow up on office offers", "Termin für Besichtigung",
          "Vorstellung bei der IHK", "Angebot Dolmetscher einholen", "フォローアップの電話",
          "Einladung zum Japan-Tag", "Send labour cost comparison")  # fmt: skip


#: Share of inquiries spread evenly over the years; the rest come at a rate
#: growing linearly with time: the last year sees 2.3 times the inquiries of
#: the first (about 4 % more each year).
_STEADY_SHARE = 0.6
#: A project's fate, whatever its age: where its walk through the pipeline ends.
_FATES = ("landed", "aftercare", "lost", "withdrawn", "on_hold")
_FATE_ODDS = (12, 16, 34, 26, 4)
#: Days one step of the pipeline takes: most steps, won -> landed (registration,
#: lease, permits), landed -> aftercare. A whole walk stays under three years.
_STEP_DAYS = (7, 120)
_LANDING_DAYS = (60, 240)
_AFTERCARE_DAYS = (30, 180)
#: A datetime's time part as SQLAlchemy stores it, by hour.
_AT_HOUR = tuple(f" {hour:02d}:00:00.000000" for hour in range(24))

_SECTOR_VALUES = {sector: sector.value for sector in Sector}
_PROJECT_TYPE_VALUES = tuple(t.value for t in _PROJECT_TYPES)
_PROJECT_TYPE_LABELS = {t.value: f"{t.label} Düsseldorf" for t in _PROJECT_TYPES}
_SOURCE_VALUES = tuple(s.value for s in _SOURCES)
_LOST_REASON_VALUES = tuple(r.value for r in _LOST_REASONS)
_ACTIVITY_KIND_VALUES = tuple(k.value for k in _ACTIVITY_KINDS)
_ACTIVITY_CUMULATIVE = tuple(accumulate((30, 25, 30, 0, 8, 7)))  # odds of each kind
_ACTIVITY_TOTAL = _ACTIVITY_CUMULATIVE[-1]
_LANGUAGE_VALUES = tuple(language.value for language in _LANGUAGES)
_SUBJECT_VALUES = {kind.value: subjects for kind, subjects in _SUBJECTS.items()}
_WITH_CONTACT = frozenset(
    kind.value for kind in (ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.SITE_VISIT)
)
_RANKS = tuple(_TITLES)
_MR, _MS = Salutation.MR.value, Salutation.MS.value
_PERMITS_OPEN = PermitStatus.OPEN.value
_PERMITS_DONE = (PermitStatus.DONE.value, PermitStatus.NOT_REQUIRED.value)
_TASK_DONE_STAGES = frozenset({"lost", "withdrawn", "aftercare"})


@dataclass
class DemoRows:
    """Every generated row, by table, as tuples in the ``*_COLUMNS`` order (stored values)."""

    users: list[tuple[object, ...]] = field(default_factory=list)
    partners: list[tuple[object, ...]] = field(default_factory=list)
    events: list[tuple[object, ...]] = field(default_factory=list)
    companies: list[tuple[object, ...]] = field(default_factory=list)
    company_keys: list[tuple[object, ...]] = field(default_factory=list)
    contacts: list[tuple[object, ...]] = field(default_factory=list)
    projects: list[tuple[object, ...]] = field(default_factory=list)
    stage_changes: list[tuple[object, ...]] = field(default_factory=list)
    activities: list[tuple[object, ...]] = field(default_factory=list)
    activity_contacts: list[tuple[object, ...]] = field(default_factory=list)
    tasks: list[tuple[object, ...]] = field(default_factory=list)


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


@dataclass(frozen=True)
class ChunkPlan:
    """What one chunk holds: its companies, how many records each gets, the first ids."""

    index: int
    first_company: int
    contacts: tuple[int, ...]  # per company
    activities: tuple[tuple[int, ...], ...]  # per company, per project
    first_contact: int
    first_project: int
    first_activity: int


def plan_chunks(seed: int, companies: int, size: int) -> list[ChunkPlan]:
    """Split the data set into chunks whose record counts, and so ids, are known up front.

    Chunks hold ``size`` companies, the first three 1/8, 1/4 and 1/2 of that.

    Only the counts are drawn here (from their own random stream); everything
    else is drawn per chunk. Chunks can therefore be built independently, in
    any order or process, and always give the same data for the same seed.
    """
    rng = _Dice(f"{seed}/plan")
    plans: list[ChunkPlan] = []
    contact = project = activity = 1
    first = 1
    while first <= companies:
        # The first chunks are small, so that writing can start early.
        count = min(size >> max(0, 3 - len(plans)), companies - first + 1)
        contacts = tuple(rng.weighted((1, 2, 3), (40, 40, 20)) for _ in range(count))
        activities = tuple(
            tuple(rng.between(2, 5) for _ in range(1 + (rng.random() < 0.25))) for _ in range(count)
        )
        plans.append(ChunkPlan(len(plans), first, contacts, activities, contact, project, activity))
        first += count
        contact += sum(contacts)
        project += sum(len(a) for a in activities)
        activity += sum(sum(a) for a in activities)
    return plans


def staff_initials(names: Sequence[tuple[str, str]]) -> list[str]:
    """Unique initials of letters only: given and family name's first letters, a third if taken.

    >>> staff_initials([("Anna", "Berg"), ("Arne", "Brandt")])
    ['AB', 'ABR']
    """
    taken: set[str] = set()
    result = []
    for given, family in names:
        first = [c for c in given if c.isalpha()] or ["X"]
        last = [c for c in family if c.isalpha()] or ["X"]
        candidates = [
            f"{first[0]}{last[0]}",
            *(f"{first[0]}{last[0]}{c}" for c in last[1:]),
            *(f"{first[0]}{c}{last[0]}" for c in first[1:]),
            *(f"{first[0]}{last[0]}{chr(c)}" for c in range(ord("A"), ord("Z") + 1)),
        ]
        initials = next(c.upper() for c in candidates if c.upper() not in taken)
        taken.add(initials)
        result.append(initials)
    return result


class DemoBuilder:
    """Generates the demo data set chunk by chunk; see the module docstring.

    Days are handled as ordinals (``date.toordinal()``) and turned into the
    stored ISO strings through a table made once: far cheaper than date and
    datetime objects for millions of values.
    """

    def __init__(self, seed: int, today: date, years: int = 20, staff: int = 5) -> None:
        self.seed = seed
        self.rng: _Dice  # one stream per chunk, set by build_chunk
        self.today = today
        self.start = today.replace(year=today.year - years)
        self._today = today.toordinal()
        self._start = self.start.toordinal()
        # Stored dates from well before the first inquiry to well after the last target date.
        self._first_day = self._start - 400
        self._iso = [
            date.fromordinal(day).isoformat() for day in range(self._first_day, self._today + 800)
        ]
        self._latest = self._iso[self._today - self._first_day] + _AT_HOUR[0]
        self.rows = DemoRows()
        self._staff = staff
        self._ids: dict[str, int] = {}  # last ids given, set by build_chunk
        ja, de = Faker("ja_JP"), Faker("de_DE")
        ja.seed_instance(seed)
        de.seed_instance(seed)
        self._ja_family = _unique(ja.last_name_pair, 250)
        self._ja_male = _unique(ja.first_name_male_pair, 120)
        self._ja_female = _unique(ja.first_name_female_pair, 120)
        self._de_family = _unique(de.last_name, 150)
        self._de_male = _unique(de.first_name_male, 80)
        self._de_female = _unique(de.first_name_female, 80)
        self._staff_names = [(de.first_name(), de.last_name()) for _ in range(staff)]
        self._events_by_year: dict[int, list[int]] = {}
        self._name_keys: dict[str, tuple[tuple[str, str], ...]] = {}
        self._site_keys: dict[str, tuple[tuple[str, str], ...]] = {}
        self._json: dict[tuple[str, ...], str] = {}
        self._texts_by_family: dict[str, tuple[str, ...]] = {}
        self._add_staff()
        self._add_partners_and_events()
        self._desk = self.rows  # staff, partners and events: emitted with chunk 0

    def build_chunk(self, plan: ChunkPlan) -> DemoRows:
        """Generate the companies of one chunk and everything around them."""
        self.rows = self._desk if plan.index == 0 else DemoRows()
        self.rng = _Dice(f"{self.seed}/{plan.index}")
        self._ids = {
            "contact": plan.first_contact - 1,
            "project": plan.first_project - 1,
            "activity": plan.first_activity - 1,
        }
        recent_from = len(plan.contacts) - len(_RECENT_STAGES)
        for offset, contacts in enumerate(plan.contacts):
            number = plan.first_company + offset
            if number <= len(KNOWN_COMPANIES):
                company = self._add_known_company(number, KNOWN_COMPANIES[number - 1])
            else:
                company = self._add_generated_company(number)
            self._add_contacts(company, contacts)
            recent = None
            if offset >= recent_from and not company.known:
                recent = _RECENT_STAGES[offset - recent_from]
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
        return self._iso[day - self._first_day] + _AT_HOUR[hour]

    def _list(self, items: tuple[str, ...]) -> str:
        """A list of texts as SQLAlchemy's JSON type stores it."""
        stored = self._json.get(items)
        if stored is None:
            stored = self._json[items] = json.dumps(list(items))
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

    def _add_staff(self) -> None:
        initials = staff_initials(self._staff_names)
        for i, ((given, family), short) in enumerate(
            zip(self._staff_names, initials, strict=True), start=1
        ):
            email = f"{given}.{family}@duesseldorf.example".lower()
            self.rows.users.append((i, f"{given} {family}", short, email, 1))

    def _add_partners_and_events(self) -> None:
        for i, (name, kind, web) in enumerate(KNOWN_PARTNERS, start=1):
            self.rows.partners.append((i, name, kind.value, f"https://{web}" if web else "", ""))
        event_id = 0
        last_day = self._today + 90
        for year in range(self.start.year, self.today.year + 1):
            for name, organiser, location, month, day in RECURRING_EVENTS:
                when = date(year, month, day)
                if when.toordinal() > last_day:
                    continue
                event_id += 1
                org = None if organiser is None else organiser + 1
                row = (event_id, f"{name} {year}", when.isoformat(), location, org, "")
                self.rows.events.append(row)
                self._events_by_year.setdefault(year, []).append(event_id)
        if self.start.year <= 2017 <= self.today.year:
            event_id += 1
            name, venue = TOKYO_SEMINAR_2017
            self.rows.events.append((event_id, name, "2017-09-13", venue, 2, ""))
            self._events_by_year[2017].append(event_id)

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
        word_ja, word_kana, word_en, sector = rng.pick(_INDUSTRIES)
        place_ja, place_kana, place_en = rng.pick(_PLACES) if rng.random() < 0.3 else _PLACES[0]
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
        prefecture = rng.weighted(_PREFECTURE_CODES, _PREFECTURE_ODDS)
        city = rng.pick(_CITIES[prefecture]) if prefecture in _CITIES else ""
        row = (
            company_id, name_ja, name_kana, name_en, name_de, register, corporate,
            _SECTOR_VALUES[sector], prefecture, city, f"https://www.{domain}", None,
            CompanyStatus.PROSPECT.value, "",
        )  # fmt: skip
        self._append_company(row, (name_ja, name_kana, name_en, name_de), corporate)
        project_type = rng.weighted(_PROJECT_TYPE_VALUES, (40, 12, 10, 8, 10, 5))
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
        ranks = sorted(rng.sample(_RANKS, count))
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
        language = rng.weighted(_LANGUAGE_VALUES, (45, 45, 10))
        basis, consent = self._legal_basis()
        phone = f"+81 3 {rng.between(1000, 9999)} {rng.between(1000, 9999)}"
        return (
            family[0], given[0], family[1], given[1], family[2], given[2],
            _MR if male else _MS, _TITLES[rank], int(rank), email, phone, "",
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
            "", "", "", "", family, given, _MR if male else _MS,
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

    def _received(self) -> int:
        """The day an inquiry came in: steady plus linearly growing arrivals."""
        rng = self.rng
        span = self._today - self._start
        share = rng.random()
        if rng.random() < _STEADY_SHARE:
            return self._start + int(span * share)
        return self._start + int(span * share**0.5)  # density grows linearly

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
            path = list(_LINEAR[1:])
            moves = self._dated_moves(path, received)
        elif recent is not None:
            path = list(_LINEAR[1 : _LINEAR.index(recent) + 1])
            moves = self._recent_moves(path)
            received = moves[0][1]
        else:
            received = self._received()
            path = self._stage_path()
            moves = self._dated_moves(path, received)
        final, final_day = moves[-1]
        if final == "inquiry" and self._today - received <= _UNANSWERED_DAYS:
            activities = 0  # a fresh inquiry nobody has answered yet (My day lists it)
        append = self.rows.stage_changes.append
        rnd, iso, first_day, today = rng.random, self._iso, self._first_day, self._today
        previous = None
        for stage, day in moves:
            if day >= today:
                at = self._latest
            else:
                at = iso[day - first_day] + _AT_HOUR[8 + int(rnd() * 10)]
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

    def _stage_path(self) -> list[str]:
        """The stages a project passes through towards its fate, whatever its age."""
        rng = self.rng
        fate = rng.weighted(_FATES, _FATE_ODDS)
        if fate in _LINEAR:
            return list(_LINEAR[1 : _LINEAR.index(fate) + 1])
        reached = rng.between(0, 4)  # the open stage where the project left the pipeline
        return [*_LINEAR[1 : reached + 1], fate]

    def _dated_moves(self, path: list[str], received: int) -> list[tuple[str, int]]:
        """The moves along ``path`` that have happened by today, with their days."""
        moves: list[tuple[str, int]] = [("inquiry", received)]
        day = received
        between = self.rng.between
        for stage in path:
            if stage == "landed":
                day += between(*_LANDING_DAYS)
            elif stage == "aftercare":
                day += between(*_AFTERCARE_DAYS)
            else:
                day += between(*_STEP_DAYS)
            if day > self._today:
                break
            moves.append((stage, day))
        return moves

    def _recent_moves(self, path: list[str]) -> list[tuple[str, int]]:
        """Moves along ``path`` whose last was made in the past week (the first: an inquiry)."""
        between = self.rng.between
        steps = [between(*_STEP_DAYS) for _ in path]
        day = self._today - between(0, 6) - sum(steps)
        moves = [("inquiry", day)]
        for stage, step in zip(path, steps, strict=True):
            day += step
            moves.append((stage, day))
        return moves

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
        competitors = tuple(rng.sample(_COMPETITORS, rng.between(0, 3)))
        source = rng.weighted(_SOURCE_VALUES, (25, 35, 30, 10))
        partner = rng.between(1, len(KNOWN_PARTNERS)) if source == "partner_referral" else None
        events = self._events_by_year.get(int(self._date(received)[:4]), [])
        event = rng.pick(events) if source == "event" and events else None
        code = f"Projekt {rng.pick(_CODE_NAMES)}" if rng.random() < 0.1 else ""
        decision = next((d for s, d in moves if s in {"won", "lost"}), None)
        lost = stage == "lost"
        landing = next((d for s, d in moves if s == "landed"), None)
        company.opened_on = company.opened_on or landing
        title = _PROJECT_TYPE_LABELS[company.project_type]
        target = received + rng.between(180, 720)
        date_of = self._date
        if landing is None:
            landed: tuple[object, ...] = (None, None, _PERMITS_OPEN, None, None, None, None)
        else:
            landed = (
                date_of(landing - 40), date_of(landing - 25), rng.pick(_PERMITS_DONE),
                date_of(landing - 60), date_of(landing), max(1, jobs + rng.between(-3, 3)),
                investment * rng.between(70, 120),  # 70-120 % of the plan, in cents
            )  # fmt: skip
        row = (
            project_id, company.id, title, code, company.project_type, source, partner, event,
            owner, stage, date_of(received), jobs, investment * 100, space, date_of(target),
            None if decision is None else date_of(decision), self._list(competitors),
            rng.pick(_LOST_REASON_VALUES) if lost else None,
            (competitors[0] if competitors else rng.pick(_COMPETITORS)) if lost else "",
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
                kind = _ACTIVITY_KIND_VALUES[bisect(_ACTIVITY_CUMULATIVE, rnd() * _ACTIVITY_TOTAL)]
            day = received + int(rnd() * days)
            if day >= today:
                at = self._latest
            else:
                at = iso[day - first_day] + _AT_HOUR[8 + int(rnd() * 11)]
            subjects = _SUBJECT_VALUES[kind]
            activities.append(
                (activity_id, kind, at, company.id, project_id,
                 subjects[int(rnd() * len(subjects))], texts[int(rnd() * len(texts))], owner)
            )  # fmt: skip
            if kind in _WITH_CONTACT:
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
                    for template in _TEXTS
                    for competitor in _COMPETITORS
                )
            )
            self._texts_by_family[family] = texts
        return texts

    def _add_task(
        self, company: _Company, project_id: int, owner: int, stage: str, stage_day: int
    ) -> None:
        rng = self.rng
        title = rng.pick(_TASKS)
        if stage in _TASK_DONE_STAGES:
            done = self._at(stage_day, 12)
            row = (title, self._date(stage_day), done, owner, project_id, company.id, "")
            self.rows.tasks.append(row)
            return
        due = self._today + rng.between(-20, 30)
        self.rows.tasks.append((title, self._date(due), None, owner, project_id, company.id, ""))


class _Dice(random.Random):
    """A seeded random source with fast shortcuts (``randint`` and ``choices`` are slow)."""

    def pick(self, items: Sequence[T]) -> T:
        """One item, uniformly."""
        return items[int(self.random() * len(items))]

    def between(self, low: int, high: int) -> int:
        """An integer from ``low`` to ``high`` inclusive."""
        return low + int(self.random() * (high - low + 1))

    def weighted(self, items: Sequence[T], weights: tuple[float, ...]) -> T:
        """One item, with the given relative weights."""
        cumulative = _cumulative(weights)
        return items[bisect(cumulative, self.random() * cumulative[-1])]


@cache
def _cumulative(weights: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(accumulate(weights))


def _unique(make: Callable[[], T], count: int) -> list[T]:
    seen: dict[T, None] = {}
    for _ in range(count * 20):
        seen[make()] = None
        if len(seen) >= count:
            break
    return list(seen)
