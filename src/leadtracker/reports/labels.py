"""The words, dates, numbers and money of documents in German, English or Japanese.

Documents are printed in their own language (``--lang``), independent of the
app's: a German-speaking officer may hand a Japanese dossier to a visitor.
The words are kept here, keyed by their English form (the labels of the
domain's vocabulary among them); dates, numbers and money are formatted by
Babel with the conventions of ``de_DE``, ``en_GB`` and ``ja_JP``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_currency, format_decimal

from leadtracker.domain.vocabulary import Language, Rank
from leadtracker.domain.vocabulary_words import VOCABULARY_WORDS

_LOCALES = {Language.GERMAN: "de_DE", Language.ENGLISH: "en_GB", Language.JAPANESE: "ja_JP"}

#: English wording -> (German, Japanese).
WORDS: dict[str, tuple[str, str]] = {
    # Documents, headings, fields
    "Company dossier": ("Unternehmensdossier", "企業ドシエ"),
    "Meeting briefing": ("Gesprächsvorbereitung", "面談ブリーフィング"),
    "Office of Economic Development": (
        "Amt für Wirtschaftsförderung",
        "デュッセルドルフ市経済振興局",
    ),
    "City of Düsseldorf": ("Landeshauptstadt Düsseldorf", "デュッセルドルフ市"),
    "Japan Desk": ("Japan Desk", "ジャパンデスク"),
    "Confidential — for internal use": (
        "Vertraulich — nur für den Dienstgebrauch",
        "社外秘 — 内部資料",
    ),
    "Printed {date}": ("Gedruckt am {date}", "印刷日 {date}"),
    "Page {page} of {pages}": ("Seite {page} von {pages}", "{page} / {pages} ページ"),
    "Company": ("Unternehmen", "企業"),
    "Names": ("Namen", "名称"),
    "Japanese name": ("Japanischer Name", "日本語名"),
    "Reading": ("Lesung", "読み"),
    "English name": ("Englischer Name", "英語名"),
    "German entity": ("Deutsche Gesellschaft", "ドイツ法人"),
    "Parent companies": ("Muttergesellschaften", "親会社"),
    "Subsidiaries": ("Tochtergesellschaften", "子会社"),
    "Headquarters": ("Hauptsitz", "本社所在地"),
    "Sector": ("Branche", "業種"),
    "Website": ("Website", "ウェブサイト"),
    "Corporate number": ("Japanische Unternehmensnummer", "法人番号"),
    "Commercial register": ("Handelsregister", "商業登記番号"),
    "Status in Düsseldorf": ("Status in Düsseldorf", "デュッセルドルフでの状況"),
    "Contacts": ("Ansprechpartner", "担当者"),
    "Name": ("Name", "氏名"),
    "Title": ("Funktion", "役職"),
    "Salutation": ("Anrede", "敬称"),
    "Phone": ("Telefon", "電話"),
    "Mobile": ("Mobil", "携帯"),
    "Projects": ("Projekte", "プロジェクト"),
    "Project": ("Projekt", "プロジェクト"),
    "Stage": ("Phase", "段階"),
    "Type": ("Art", "種類"),
    "Source": ("Quelle", "経路"),
    "Owner": ("Betreuung", "担当"),
    "Received": ("Eingang", "受付日"),
    "Planned jobs": ("Geplante Arbeitsplätze", "計画雇用数"),
    "Planned investment": ("Geplante Investition", "計画投資額"),
    "Office space": ("Bürofläche", "オフィス面積"),
    "Target date": ("Zieldatum", "目標時期"),
    "Decision date": ("Entscheidungsdatum", "決定日"),
    "Competing locations": ("Konkurrierende Standorte", "競合候補地"),
    "Lost to": ("Verloren an", "失注先"),
    "Reason": ("Grund", "理由"),
    "Opened": ("Eröffnet", "開設日"),
    "Jobs at opening": ("Arbeitsplätze bei Eröffnung", "開設時雇用数"),
    "Actual investment": ("Tatsächliche Investition", "実際の投資額"),
    "Referred by": ("Vermittelt durch", "紹介元"),
    "Stage history": ("Phasenverlauf", "段階の履歴"),
    "Since": ("Seit", "開始"),
    "Until": ("Bis", "終了"),
    "Days": ("Tage", "日数"),
    "today": ("heute", "現在"),
    "Recent activities": ("Letzte Aktivitäten", "最近の活動"),
    "Last activities": ("Letzte Aktivitäten", "最近の活動"),
    "Open tasks": ("Offene Aufgaben", "未完了のタスク"),
    "Open points": ("Offene Punkte", "未決事項"),
    "Due": ("Fällig", "期限"),
    "Task": ("Aufgabe", "タスク"),
    "Partners and events": ("Partner und Veranstaltungen", "パートナー・イベント"),
    "Partners": ("Partner", "パートナー"),
    "Events": ("Veranstaltungen", "イベント"),
    "With": ("Mit", "参加者"),
    "Notes": ("Notizen", "メモ"),
    "none": ("keine", "なし"),
    "Düsseldorf": ("Düsseldorf", "デュッセルドルフ"),
    "Tokyo": ("Tokio", "東京"),
    "Attendees": ("Teilnehmende", "出席者"),
    "Talking points": ("Gesprächspunkte", "議題"),
    "Public holidays within two weeks": (
        "Feiertage im Umkreis von zwei Wochen",
        "前後2週間の祝日",
    ),
    "NRW": ("NRW", "NRW州"),
    "Japan": ("Japan", "日本"),
    "No public holidays.": ("Keine Feiertage.", "祝日はありません。"),
    "Not in the fonts, printed as 〓: {chars}": (
        "In den Schriften nicht enthalten, als 〓 gedruckt: {chars}",
        "フォントにない文字（〓で印刷）: {chars}",
    ),
    "{count} more activities are not printed.": (
        "{count} weitere Aktivitäten sind nicht abgedruckt.",
        "ほか{count}件の活動は省略しています。",
    ),
    "Date": ("Datum", "日付"),
    "Region": ("Region", "地域"),
    "Code name": ("Codename", "コードネーム"),
    "Preferred language": ("Bevorzugte Sprache", "使用言語"),
    "{days} days": ("{days} Tage", "{days}日"),
    "1 day": ("1 Tag", "1日"),
    # The pipeline summary
    "Pipeline summary": ("Pipeline-Bericht", "パイプライン概況"),
    "{year}": ("{year}", "{year}年"),
    "Fiscal year {year}": ("Japanisches Geschäftsjahr {year}", "{year}年度"),
    "Q{quarter} {year}": ("Q{quarter} {year}", "{year}年 第{quarter}四半期"),
    "Benchmark {low}–{high}": ("Richtwert {low}–{high}", "目標 {low}～{high}件"),
    "below the benchmark": ("unter dem Richtwert", "目標未達"),
    "within the benchmark": ("im Richtwert", "目標達成"),
    "above the benchmark": ("über dem Richtwert", "目標超過"),
    "on {day}": ("am {day}", "{day}時点"),
    "Inquiries": ("Anfragen", "問い合わせ"),
    "Active projects": ("Aktive Projekte", "進行中の案件"),
    "Active": ("Aktiv", "進行中"),
    "Jobs": ("Arbeitsplätze", "雇用"),
    "Investment": ("Investition", "投資額"),
    "Planned by the projects won": ("Geplant (gewonnene Projekte)", "計画（誘致決定案件）"),
    "Planned by the projects landed": ("Geplant (angesiedelte Projekte)", "計画（開設済み案件）"),
    "Actual at opening of the projects landed": (
        "Tatsächlich bei Eröffnung (angesiedelte Projekte)",
        "開設時の実績（開設済み案件）",
    ),
    "Planned by the active projects": ("Geplant (aktive Projekte)", "計画（進行中の案件）"),
    "Median days from first contact to decision": (
        "Median Tage vom Erstkontakt bis zur Entscheidung",
        "初回接触から決定までの日数（中央値）",
    ),
    "Median days from first contact to opening": (
        "Median Tage vom Erstkontakt bis zur Eröffnung",
        "初回接触から開設までの日数（中央値）",
    ),
    "Median days to the first response": (
        "Median Tage bis zur ersten Antwort",
        "初回回答までの日数（中央値）",
    ),
    "Inquiries without a response": ("Anfragen ohne Antwort", "未回答の問い合わせ"),
    "Inquiries that got there": ("Anfragen, die sie erreichten", "到達した問い合わせ"),
    "Of the stage before": ("Anteil der Vorstufe", "前段階からの移行率"),
    "not recorded": ("nicht erfasst", "未記録"),
    "Jobs planned (won)": ("Arbeitsplätze geplant (gewonnen)", "計画雇用（決定）"),
    "Investment planned (won)": ("Investition geplant (gewonnen)", "計画投資（決定）"),
    "Investment at opening": ("Investition bei Eröffnung", "開設時投資額"),
    "Investment (million €)": ("Investition (Mio. €)", "投資額（百万ユーロ）"),
    "planned": ("geplant", "計画"),
    "actual at opening": ("tatsächlich bei Eröffnung", "開設時実績"),
    "Landed per year": ("Ansiedlungen pro Jahr", "年別の開設数"),
    "Dashed lines: the benchmark of 15–20 landings a year.": (
        "Gestrichelt: der Richtwert von 15–20 Ansiedlungen pro Jahr.",
        "破線：年間15～20件の目標。",
    ),
    "Inquiries by sector": ("Anfragen nach Branche", "業種別の問い合わせ"),
    "Inquiries by source and partner": (
        "Anfragen nach Quelle und Partner",
        "経路・パートナー別の問い合わせ",
    ),
    "Jobs and investment of the projects landed": (
        "Arbeitsplätze und Investitionen der Ansiedlungen",
        "開設案件の雇用と投資",
    ),
    "Jobs and investment": ("Arbeitsplätze und Investitionen", "雇用と投資"),
    "Time to decision, opening and response": (
        "Zeit bis zu Entscheidung, Eröffnung und Antwort",
        "決定・開設・回答までの期間",
    ),
    "Funnel of the period's inquiries": (
        "Trichter der Anfragen des Zeitraums",
        "期間中の問い合わせの推移",
    ),
    "By sector": ("Nach Branche", "業種別"),
    "By source and partner": ("Nach Quelle und Partner", "経路・パートナー別"),
    "By prefecture of the Japanese HQ": (
        "Nach Präfektur des japanischen Hauptsitzes",
        "日本本社の都道府県別",
    ),
    "By owner": ("Nach Betreuung", "担当者別"),
    "Lost projects by reason": ("Verlorene Projekte nach Grund", "失注理由別"),
    "Lost projects by competing location": (
        "Verlorene Projekte nach Konkurrenzstandort",
        "競合候補地別の失注",
    ),
    "Overdue tasks per owner": ("Überfällige Aufgaben je Betreuer", "担当者別の期限超過タスク"),
    "Active projects by stage": ("Aktive Projekte nach Phase", "段階別の進行中案件"),
    "Projects lost in the period": ("Im Zeitraum verlorene Projekte", "期間中の失注案件"),
    "Location": ("Standort", "拠点"),
    "In brackets: the share of the stage before that got this far.": (
        "In Klammern: der Anteil der vorigen Phase, der so weit kam.",
        "括弧内：前段階からここまで進んだ割合。",
    ),
    "Tasks": ("Aufgaben", "タスク"),
    # Subject access (GDPR Art. 15)
    "Personal data held": ("Gespeicherte personenbezogene Daten", "保有個人データ"),
    "This is everything the Japan Desk holds about this person.": (
        "Das ist alles, was der Japan Desk über diese Person gespeichert hat.",
        "ジャパンデスクがこの方について保有する情報のすべてです。",
    ),
    "Contact": ("Kontakt", "連絡先"),
    "Activities": ("Aktivitäten", "活動"),
    "Activity": ("Aktivität", "活動内容"),
    "Audit trail": ("Änderungsprotokoll", "変更履歴"),
    "When": ("Wann", "日時"),
    "Who": ("Wer", "担当者"),
    "Kind": ("Art", "種類"),
    "Change": ("Änderung", "変更"),
    "Field": ("Feld", "項目"),
    "Before": ("Vorher", "変更前"),
    "After": ("Nachher", "変更後"),
    "create": ("angelegt", "作成"),
    "update": ("geändert", "更新"),
    "delete": ("gelöscht", "削除"),
    "Legal basis": ("Rechtsgrundlage", "法的根拠"),
    "Consent date": ("Einwilligung am", "同意日"),
    "Consent scope": ("Umfang der Einwilligung", "同意の範囲"),
    # The domain's vocabulary (sectors, stages, ranks …)
    **VOCABULARY_WORDS,
}


#: Words asked for that have no translation (a stage someone added, say);
#: the tests check that documents ask for none.
UNTRANSLATED: set[str] = set()


@dataclass(frozen=True)
class Labels:
    """Words and formats of one document language."""

    language: Language

    @property
    def locale(self) -> str:
        """Babel's locale name of the language."""
        return _LOCALES[self.language]

    def __call__(self, english: str, **values: object) -> str:
        """The word in this language (unknown words stay English), with ``values`` filled in."""
        if not english:
            return ""
        if english not in WORDS:
            UNTRANSLATED.add(english)
        german, japanese = WORDS.get(english, (english, english))
        word = {Language.GERMAN: german, Language.JAPANESE: japanese}.get(self.language, english)
        return word.format(**values) if values else word

    def date(self, value: dt.date | None) -> str:
        """A date: ``22.11.2026``, ``22 Nov 2026``, ``2026/11/22``."""
        return format_date(value, "medium", locale=self.locale) if value else ""

    def datetime(self, value: dt.datetime, zone: ZoneInfo) -> str:
        """Date and time in ``zone``, with the zone's abbreviation (``MEZ``/``JST``)."""
        local = value.astimezone(zone)
        day = format_date(local, "full", locale=self.locale)
        hour = format_time(local, "short", locale=self.locale)
        return f"{day}, {hour}"

    def time(self, value: dt.datetime, zone: ZoneInfo) -> str:
        """Just the time in ``zone``."""
        return format_datetime(value.astimezone(zone), "HH:mm", locale=self.locale)

    def number(self, value: int | Decimal | None, unit: str = "") -> str:
        """A number with the language's separators and an optional unit (``m²``)."""
        if value is None:
            return ""
        shown = format_decimal(value, locale=self.locale)
        return f"{shown} {unit}" if unit else shown

    def money(self, value: Decimal | None) -> str:
        """Euros: ``1.250.000 €``, ``€1,250,000``, ``€1,250,000``."""
        if value is None:
            return ""
        pattern = Locale.parse(self.locale).currency_formats["standard"].pattern
        if value == value.to_integral_value():  # whole euros without cents
            pattern = pattern.replace(".00", "")
        return format_currency(
            value, "EUR", locale=self.locale, format=pattern, currency_digits=False
        )

    def days(self, count: int) -> str:
        """``1 day``, ``12 days``."""
        return self("1 day") if count == 1 else self("{days} days", days=count)


def vocabulary(labels: Labels, value: object) -> str:
    """The label of a vocabulary value (sector, type, rank ...) in the document's language."""
    if value is None:
        return ""
    if isinstance(value, Rank):  # "President (社長)": the Japanese title alone in Japanese
        title, japanese = value.english_title, value.japanese_title
        if labels.language is Language.JAPANESE:
            return japanese or labels(title)
        return f"{labels(title)} ({japanese})" if japanese else labels(title)
    return labels(str(getattr(value, "label", value)))
