"""One normalisation of text for search and duplicate detection.

Japanese text arrives full-width and half-width (``ＥＰＳＯＮ``, ``ｴﾌﾟｿﾝ``), in
hiragana or katakana, and company names carry legal forms in many spellings
(株式会社, (株), K.K., Co., Ltd., GmbH). Search and duplicate detection must see
through all of that while the record keeps exactly what was typed, so the
stored data is never normalised -- only the keys derived from it.
"""

from __future__ import annotations

import re
import unicodedata

# Company forms, matched on already folded text (NFKC, hiragana, casefolded).
# Japanese forms may stand before or after the name and touch it directly.
_JAPANESE_FORMS = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)|\(同\)"
    r"|かぶしきがいしゃ|かぶしきかいしゃ|ゆうげんがいしゃ|ごうどうがいしゃ"
)
# Latin forms only as whole words. Longest alternatives first.
_LATIN_FORMS = re.compile(
    r"(?<![\w.])(?:"
    r"kabushiki\s+kaisha|k\.\s?k\.|kk"
    r"|co\.?\s*,?\s*ltd\.?|co\.|ltd\.?|limited"
    r"|inc\.?|incorporated|corp\.?|corporation|plc|llc"
    r"|gmbh\s*&\s*co\.?\s*kg|gmbh|mbh|ag|kg|se|b\.\s?v\.|s\.\s?a\.|s\.\s?a\.\s?s\."
    r")(?!\w)"
)
_LEFTOVER_PUNCTUATION = " ,.&・/-"
#: The scheme of a web address, e.g. ``https://``.
URL_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_NOT_WORD = re.compile(r"[\W_]+")
# Katakana (ァ..ヶ, ヽ, ヾ) to hiragana: the blocks are 0x60 apart. A table, not a
# library call: this runs for every field of every record indexed.
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in (*range(0x30A1, 0x30F7), 0x30FD, 0x30FE)}


_KATAKANA = re.compile("[\u30a1-\u30f6\u30fd\u30fe]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Kana, 々〆〇, CJK ideographs (with extension A and compatibility forms).
_JAPANESE_CHARS = "\u3005-\u3007\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
_JAPANESE = re.compile(f"[{_JAPANESE_CHARS}]")
_SPACE_IN_JAPANESE = re.compile(f"(?<=[{_JAPANESE_CHARS}]) (?=[{_JAPANESE_CHARS}])")


def to_hiragana(text: str) -> str:
    """Katakana letters made hiragana; everything else unchanged."""
    if _KATAKANA.search(text) is None:  # translate() is slow on long texts
        return text
    return text.translate(_KATAKANA_TO_HIRAGANA)


def fold(text: str) -> str:
    """Fold width, kana and case: the base every comparison is made on.

    NFKC turns full-width Latin into ASCII and half-width katakana into
    full-width katakana; katakana then becomes hiragana; case is folded
    (``ß`` becomes ``ss``); control characters count as spaces (SQLite's text
    functions and FTS5 would end a text at a NUL); runs of whitespace become
    one space.

    >>> fold("ＥＰＳＯＮ ｴﾌﾟｿﾝ")
    'epson えぷそん'
    """
    if not text.isprintable():
        text = _CONTROL.sub(" ", text)
    if not text.isascii():
        text = to_hiragana(unicodedata.normalize("NFKC", text))
    return " ".join(text.casefold().split())


def strip_company_forms(folded: str) -> str:
    """Remove legal forms (株式会社, K.K., Co., Ltd., GmbH …) from folded text."""
    text = folded
    if not folded.isascii() and _JAPANESE.search(folded) is not None:
        text = _JAPANESE_FORMS.sub(" ", folded)
    text = _LATIN_FORMS.sub(" ", text)
    return " ".join(text.split()).strip(_LEFTOVER_PUNCTUATION)


def search_key(text: str) -> str:
    """Normalise text for substring search: folded, company forms removed.

    Spaces between Japanese characters go too: ``山田 太郎`` and ``山田太郎`` are
    the same name, however it was typed.

    >>> search_key("セイコーエプソン株式会社")
    'せいこーえぷそん'
    """
    key = strip_company_forms(fold(text))
    if not key.isascii() and " " in key:
        key = _SPACE_IN_JAPANESE.sub("", key)
    return key


def search_key_and_forms(text: str) -> tuple[str, tuple[str, ...]]:
    """:func:`search_key` of ``text``, and the company forms it removed (folded, as written).

    >>> search_key_and_forms("Seiko Epson Co., Ltd.")
    ('seiko epson', ('co., ltd.',))
    """
    folded = fold(text)
    forms: list[str] = []

    def take(match: re.Match[str]) -> str:
        forms.append(match.group())
        return " "

    key = folded
    if not folded.isascii() and _JAPANESE.search(folded) is not None:
        key = _JAPANESE_FORMS.sub(take, folded)
    key = _LATIN_FORMS.sub(take, key)
    key = " ".join(key.split()).strip(_LEFTOVER_PUNCTUATION)
    if not key.isascii() and " " in key:
        key = _SPACE_IN_JAPANESE.sub("", key)
    return key, tuple(forms)


def name_key(text: str) -> str:
    """Normalise a company name for duplicate detection.

    Like :func:`search_key`, and also drops spaces and punctuation, so that
    ``Seiko-Epson Co., Ltd.`` and ``SEIKO EPSON`` give the same key.
    """
    return _NOT_WORD.sub("", search_key(text))


def website_domain(url: str) -> str:
    """The host of a website address without scheme, ``www.``, port or path.

    >>> website_domain("https://www.Epson.de/de/")
    'epson.de'
    """
    text = URL_SCHEME.sub("", fold(url))
    host = re.split(r"[/?#]", text, maxsplit=1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    return host.removeprefix("www.").strip(".")
