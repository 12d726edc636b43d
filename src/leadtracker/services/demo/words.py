"""The words and odds the demo's generated records are made of.

Industries, places, titles, subjects and texts of activities and tasks, and
how often each kind of thing happens: the pools :mod:`.builder` draws from.
"""

from __future__ import annotations

from itertools import accumulate

from leadtracker.domain.vocabulary import (
    ActivityKind,
    Language,
    LostReason,
    PermitStatus,
    ProjectSource,
    ProjectType,
    Rank,
    Salutation,
    Sector,
)

#: Industry words of generated company names: Japanese, kana, English, sector.
INDUSTRIES: tuple[tuple[str, str, str, Sector], ...] = (
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
PLACES = (
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
PREFECTURE_WEIGHTS = {13: 40, 27: 12, 23: 10, 14: 8, 11: 3, 28: 3, 26: 3, 22: 3, 40: 2, 20: 2}
PREFECTURE_CODES = (*PREFECTURE_WEIGHTS, *range(1, 48))
PREFECTURE_ODDS = (*PREFECTURE_WEIGHTS.values(), *[0.3] * 47)
PROJECT_TYPES = tuple(ProjectType)
SOURCES = tuple(ProjectSource)
LOST_REASONS = tuple(LostReason)
ACTIVITY_KINDS = tuple(ActivityKind)
LANGUAGES = (Language.JAPANESE, Language.ENGLISH, Language.GERMAN)
CITIES = {
    13: ("千代田区", "港区", "中央区", "新宿区", "品川区", "渋谷区"),
    27: ("大阪市",), 23: ("名古屋市", "豊田市", "刈谷市"), 14: ("横浜市", "川崎市"),
    11: ("さいたま市",), 28: ("神戸市",), 26: ("京都市",), 22: ("浜松市", "静岡市"),
    40: ("福岡市",), 20: ("長野市", "諏訪市", "松本市"),
}  # fmt: skip
TITLES = {
    Rank.PRESIDENT: "代表取締役社長", Rank.SENIOR_MANAGING_DIRECTOR: "専務取締役",
    Rank.DIRECTOR: "取締役", Rank.GENERAL_MANAGER: "海外事業部 部長",
    Rank.MANAGER: "欧州営業課 課長", Rank.STAFF: "海外事業部",
}  # fmt: skip
COMPETITORS = ("Amsterdam", "London", "Frankfurt", "Paris", "München", "Brüssel", "Wien",
                "Prag", "Warschau", "Barcelona", "Dublin", "Zürich")  # fmt: skip
CODE_NAMES = ("Sakura", "Fuji", "Kaze", "Hikari", "Tsubasa", "Kumo", "Hoshi", "Yama", "Umi",
               "Mirai", "Asahi", "Kiku", "Matsu", "Take", "Ume", "Kawa")  # fmt: skip
#: Inquiries younger than this may still wait for an answer.
UNANSWERED_DAYS = 10
#: Where the first projects of the last companies of each chunk stand today:
#: recent projects in every open stage, and inquiries from this week still
#: waiting for an answer -- so that the board and *My day* have something to
#: show even in a small data set (a few dozen projects of 125,000 at 100,000).
RECENT_STAGES = ("qualified", "active", "site_visit", "decision_pending", "won",
                  "inquiry", "inquiry", "inquiry")  # fmt: skip

LINEAR = ("inquiry", "qualified", "active", "site_visit", "decision_pending", "won", "landed",
           "aftercare")  # fmt: skip
SUBJECTS = {
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
TEXTS = (
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
TASKS = ("Informationspaket schicken", "Follow up on office offers", "Termin für Besichtigung",
          "Vorstellung bei der IHK", "Angebot Dolmetscher einholen", "フォローアップの電話",
          "Einladung zum Japan-Tag", "Send labour cost comparison")  # fmt: skip


#: Share of inquiries spread evenly over the years; the rest come at a rate
#: growing linearly with time: the last year sees 2.3 times the inquiries of
#: the first (about 4 % more each year).
STEADY_SHARE = 0.6
#: A project's fate, whatever its age: where its walk through the pipeline ends.
FATES = ("landed", "aftercare", "lost", "withdrawn", "on_hold")
FATE_ODDS = (12, 16, 34, 26, 4)
#: Days one step of the pipeline takes: most steps, won -> landed (registration,
#: lease, permits), landed -> aftercare. A whole walk stays under three years.
STEP_DAYS = (7, 120)
LANDING_DAYS = (60, 240)
AFTERCARE_DAYS = (30, 180)

SECTOR_VALUES = {sector: sector.value for sector in Sector}
PROJECT_TYPE_VALUES = tuple(t.value for t in PROJECT_TYPES)
PROJECT_TYPE_LABELS = {t.value: f"{t.label} Düsseldorf" for t in PROJECT_TYPES}
SOURCE_VALUES = tuple(s.value for s in SOURCES)
LOST_REASON_VALUES = tuple(r.value for r in LOST_REASONS)
ACTIVITY_KIND_VALUES = tuple(k.value for k in ACTIVITY_KINDS)
ACTIVITY_CUMULATIVE = tuple(accumulate((30, 25, 30, 0, 8, 7)))  # odds of each kind
ACTIVITY_TOTAL = ACTIVITY_CUMULATIVE[-1]
LANGUAGE_VALUES = tuple(language.value for language in LANGUAGES)
SUBJECT_VALUES = {kind.value: subjects for kind, subjects in SUBJECTS.items()}
WITH_CONTACT = frozenset(
    kind.value for kind in (ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.SITE_VISIT)
)
RANKS = tuple(TITLES)
MR, MS = Salutation.MR.value, Salutation.MS.value
PERMITS_OPEN = PermitStatus.OPEN.value
PERMITS_DONE = (PermitStatus.DONE.value, PermitStatus.NOT_REQUIRED.value)
TASK_DONE_STAGES = frozenset({"lost", "withdrawn", "aftercare"})
