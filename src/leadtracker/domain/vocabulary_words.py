"""The vocabulary's words in German and Japanese, keyed by their English labels.

Sectors, stages, project types and sources, loss reasons, company statuses,
activity kinds, languages and ranks: documents print them in their own
language (:mod:`leadtracker.reports.labels`), and imports read them in any of
the three (a German list says ``Elektronik``, a Japanese one ``電子機器``).
"""

from __future__ import annotations

from leadtracker.domain.vocabulary import Rank

#: The ranks in German (the English and the Japanese title are the rank's own).
_RANKS_GERMAN: dict[Rank, str] = {
    Rank.CHAIRMAN: "Vorsitzender",
    Rank.PRESIDENT: "Präsident",
    Rank.VICE_PRESIDENT: "Vizepräsident",
    Rank.SENIOR_MANAGING_DIRECTOR: "Senior Managing Director",
    Rank.MANAGING_DIRECTOR: "Managing Director",
    Rank.DIRECTOR: "Direktor",
    Rank.GENERAL_MANAGER: "General Manager",
    Rank.DEPUTY_GENERAL_MANAGER: "Deputy General Manager",
    Rank.MANAGER: "Manager",
    Rank.SECTION_CHIEF: "Section Chief",
    Rank.STAFF: "Mitarbeiter",
}

#: English label -> (German, Japanese).
VOCABULARY_WORDS: dict[str, tuple[str, str]] = {
    "Prospect": ("Interessent", "見込み"),
    "Settled in Düsseldorf": ("In Düsseldorf ansässig", "デュッセルドルフに進出済み"),
    "Former": ("Ehemalig", "撤退済み"),
    "Call": ("Anruf", "電話"),
    "Meeting": ("Termin", "面談"),
    "Email": ("E-Mail", "メール"),
    "Event": ("Veranstaltung", "イベント"),
    "Site visit": ("Standortbesichtigung", "視察"),
    "Note": ("Notiz", "メモ"),
    "German": ("Deutsch", "ドイツ語"),
    "English": ("Englisch", "英語"),
    "Japanese": ("Japanisch", "日本語"),
    "Costs": ("Kosten", "コスト"),
    "Talent": ("Fachkräfte", "人材"),
    "Customers / market": ("Kunden / Markt", "顧客・市場"),
    "Tax / subsidies": ("Steuern / Förderung", "税制・補助金"),
    "HQ decision": ("Entscheidung der Zentrale", "本社の判断"),
    "Infrastructure": ("Infrastruktur", "インフラ"),
    "Other": ("Sonstiges", "その他"),
    "Partner referral": ("Partnerempfehlung", "パートナー紹介"),
    "Direct": ("Direkt", "直接"),
    "Existing company": ("Bestandsunternehmen", "既存企業"),
    "Sales office": ("Vertriebsbüro", "営業拠点"),
    "European HQ": ("Europazentrale", "欧州本社"),
    "R&D": ("Forschung & Entwicklung", "研究開発"),
    "Production": ("Produktion", "生産"),
    "Logistics": ("Logistik", "物流"),
    "Automotive": ("Automobil", "自動車"),
    "Electronics": ("Elektronik", "電子機器"),
    "Machinery": ("Maschinenbau", "機械"),
    "Chemicals": ("Chemie", "化学"),
    "Pharma / health": ("Pharma / Gesundheit", "医薬・ヘルスケア"),
    "ICT / software": ("IKT / Software", "ICT・ソフトウェア"),
    "Telecom": ("Telekommunikation", "通信"),
    "Trade": ("Handel", "商社・卸売"),
    "Finance": ("Finanzen", "金融"),
    "Consumer goods": ("Konsumgüter", "消費財"),
    "Food": ("Lebensmittel", "食品"),
    "Services": ("Dienstleistungen", "サービス"),
    "Inquiry": ("Anfrage", "問い合わせ"),
    "Qualified": ("Qualifiziert", "案件化"),
    "Active project": ("Aktives Projekt", "支援中"),
    "Decision pending": ("Entscheidung offen", "決定待ち"),
    "Won": ("Gewonnen", "誘致決定"),
    "Landed": ("Angesiedelt", "開設済み"),
    "Aftercare": ("Bestandspflege", "アフターケア"),
    "On hold / delayed": ("Pausiert / verzögert", "保留・延期"),
    "Lost": ("Verloren", "失注"),
    "Withdrawn": ("Zurückgezogen", "取り下げ"),
    # A rank's Japanese is the title on the business card, as the rank itself holds it.
    **{rank.english_title: (german, rank.japanese_title) for rank, german in _RANKS_GERMAN.items()},
    "Unknown": ("Unbekannt", "不明"),
    "Public task (Art. 6(1)(e) GDPR)": (
        "Öffentliche Aufgabe (Art. 6 Abs. 1 lit. e DSGVO)",
        "公的業務（GDPR第6条第1項(e)）",
    ),
    "Consent (Art. 6(1)(a) GDPR)": (
        "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)",
        "同意（GDPR第6条第1項(a)）",
    ),
}
