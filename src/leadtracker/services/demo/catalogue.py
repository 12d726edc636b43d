"""The named part of the demo data: companies, partners and events from the desk's sources.

Companies are those named in the Office of Economic Development's interview
and the 2017 Tokyo seminar press release (Japanese legal name, kana reading,
English name, German entity, HQ prefecture and city, sector). Their corporate
and register numbers are left empty: the demo does not invent official
numbers for real companies.
"""

from __future__ import annotations

from dataclasses import dataclass

from leadtracker.domain.vocabulary import PartnerKind, ProjectType, Sector


@dataclass(frozen=True)
class KnownCompany:
    """A real company as the demo shows it."""

    name_ja: str
    name_kana: str
    name_en: str
    name_de: str
    prefecture: int
    city: str
    sector: Sector
    website: str
    project: ProjectType = ProjectType.SALES_OFFICE


KNOWN_COMPANIES: tuple[KnownCompany, ...] = (
    KnownCompany("セイコーエプソン株式会社", "セイコーエプソン", "Seiko Epson Corporation",
                 "Epson Deutschland GmbH", 20, "諏訪市", Sector.ELECTRONICS, "epson.de",
                 ProjectType.EUROPEAN_HQ),
    KnownCompany("楽天シンフォニー株式会社", "ラクテンシンフォニー", "Rakuten Symphony",
                 "Rakuten Symphony Germany GmbH", 13, "世田谷区", Sector.TELECOM,
                 "symphony.rakuten.com", ProjectType.RND),
    KnownCompany("エヌ・ティ・ティ・コミュニケーションズ株式会社",
                 "エヌティティコミュニケーションズ", "NTT Communications Corporation",
                 "NTT Germany GmbH", 13, "千代田区", Sector.TELECOM, "ntt.com"),
    KnownCompany("株式会社ワコム", "ワコム", "Wacom Co., Ltd.", "Wacom Europe GmbH", 11, "加須市",
                 Sector.ELECTRONICS, "wacom.com", ProjectType.EUROPEAN_HQ),
    KnownCompany("旭化成株式会社", "アサヒカセイ", "Asahi Kasei Corporation",
                 "Asahi Kasei Europe GmbH", 13, "千代田区", Sector.CHEMICALS, "asahi-kasei.com",
                 ProjectType.EUROPEAN_HQ),
    KnownCompany("キヤノン株式会社", "キヤノン", "Canon Inc.", "Canon Deutschland GmbH", 13,
                 "大田区", Sector.ELECTRONICS, "canon.de"),
    KnownCompany("CYBERDYNE株式会社", "サイバーダイン", "CYBERDYNE Inc.",
                 "Cyberdyne Care Robotics GmbH", 8, "つくば市", Sector.PHARMA_HEALTH,
                 "cyberdyne.jp", ProjectType.RND),
    KnownCompany("株式会社デンソー", "デンソー", "DENSO Corporation",
                 "DENSO Automotive Deutschland GmbH", 23, "刈谷市", Sector.AUTOMOTIVE,
                 "denso.com"),
    KnownCompany("富士フイルム株式会社", "フジフイルム", "FUJIFILM Corporation",
                 "FUJIFILM Europe GmbH", 13, "港区", Sector.ELECTRONICS, "fujifilm.com",
                 ProjectType.EUROPEAN_HQ),
    KnownCompany("株式会社日立製作所", "ヒタチセイサクショ", "Hitachi, Ltd.", "Hitachi Europe GmbH",
                 13, "千代田区", Sector.MACHINERY, "hitachi.eu"),
    KnownCompany("株式会社小松製作所", "コマツセイサクショ", "Komatsu Ltd.",
                 "Komatsu Germany GmbH", 13, "港区", Sector.MACHINERY, "komatsu.eu"),
    KnownCompany("株式会社マキタ", "マキタ", "Makita Corporation", "Makita Werkzeug GmbH", 23,
                 "安城市", Sector.MACHINERY, "makita.de"),
    KnownCompany("三菱電機株式会社", "ミツビシデンキ", "Mitsubishi Electric Corporation",
                 "Mitsubishi Electric Europe B.V. Niederlassung Deutschland", 13, "千代田区",
                 Sector.ELECTRONICS, "mitsubishielectric.com"),
    KnownCompany("日本電気株式会社", "ニッポンデンキ", "NEC Corporation",
                 "NEC Deutschland GmbH", 13, "港区", Sector.ICT, "nec.com"),
    KnownCompany("日本通運株式会社", "ニッポンツウウン", "Nippon Express Co., Ltd.",
                 "Nippon Express (Deutschland) GmbH", 13, "千代田区", Sector.LOGISTICS,
                 "nipponexpress.com", ProjectType.LOGISTICS),
    KnownCompany("株式会社資生堂", "シセイドウ", "Shiseido Company, Limited",
                 "Shiseido Deutschland GmbH", 13, "中央区", Sector.CONSUMER_GOODS, "shiseido.de"),
    KnownCompany("高砂香料工業株式会社", "タカサゴコウリョウコウギョウ",
                 "Takasago International Corporation", "Takasago Europe GmbH", 13, "大田区",
                 Sector.CHEMICALS, "takasago.com", ProjectType.PRODUCTION),
    KnownCompany("株式会社東芝", "トウシバ", "Toshiba Corporation", "Toshiba Europe GmbH", 13,
                 "港区", Sector.ELECTRONICS, "toshiba.eu", ProjectType.EUROPEAN_HQ),
    KnownCompany("トヨタ自動車株式会社", "トヨタジドウシャ", "Toyota Motor Corporation",
                 "Toyota Deutschland GmbH", 23, "豊田市", Sector.AUTOMOTIVE, "toyota.de"),
    KnownCompany("株式会社ヤクルト本社", "ヤクルトホンシャ", "Yakult Honsha Co., Ltd.",
                 "Yakult Deutschland GmbH", 13, "港区", Sector.FOOD, "yakult.de"),
    KnownCompany("ヤマハ株式会社", "ヤマハ", "Yamaha Corporation", "Yamaha Music Europe GmbH",
                 22, "浜松市", Sector.CONSUMER_GOODS, "yamaha.com"),
)  # fmt: skip

#: Partner organisations of the Japan Desk (name, kind, website).
KNOWN_PARTNERS: tuple[tuple[str, PartnerKind, str], ...] = (
    ("JETRO (Japan External Trade Organization)", PartnerKind.AGENCY, "www.jetro.go.jp"),
    ("NRW.Global Business (formerly NRW.INVEST)", PartnerKind.AGENCY, "www.nrwglobalbusiness.com"),
    ("Japanische Industrie- und Handelskammer zu Düsseldorf (JIHK)", PartnerKind.CHAMBER,
     "www.jihk.de"),
    ("IHK Düsseldorf", PartnerKind.CHAMBER, "www.ihk.de/duesseldorf"),
    ("Digihub Düsseldorf/Rheinland", PartnerKind.INNOVATION_HUB, "www.digihub.de"),
    ("Generalkonsulat von Japan in Düsseldorf", PartnerKind.CONSULATE,
     "www.dus.emb-japan.go.jp"),
    ("Rheinische Steuer- und Rechtsberatung (demo)", PartnerKind.LAW_TAX, ""),
)  # fmt: skip

#: Recurring events (name, organiser index in KNOWN_PARTNERS or None, location, month, day).
RECURRING_EVENTS: tuple[tuple[str, int | None, str, int, int], ...] = (
    ("Digital Demo Day", 4, "Düsseldorf", 2, 15),
    ("Japan-Tag Düsseldorf/NRW", None, "Düsseldorf, Rheinufer", 5, 20),
    ("Neujahrsempfang der japanischen Wirtschaft", 2, "Düsseldorf", 1, 25),
    ("Investitionsseminar Tokyo", 1, "Tokyo", 9, 13),
)

#: The 2017 seminar of the press release, with its exact date and venue.
TOKYO_SEMINAR_2017 = (
    "Investitionsseminar „Innovationspartnerschaft in der Digitalwirtschaft“",
    "Roppongi Academy Hills, Tokyo",
)
