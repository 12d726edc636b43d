"""The vocabulary in one wording: what documents print and imports read is what the interface shows.

The interface translates the vocabulary (sectors, stages, reasons, ranks …)
through the ``.ts`` files; documents and imports take the same words from
:data:`~leadtracker.domain.vocabulary_words.VOCABULARY_WORDS`, which works
without Qt. Nothing but this test ties the two: a word changed in one must be
changed in the other.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from leadtracker.domain.vocabulary import (
    ActivityKind,
    CompanyStatus,
    Language,
    LegalBasis,
    LostReason,
    ProjectSource,
    ProjectType,
    Rank,
    Sector,
)
from leadtracker.domain.vocabulary_words import VOCABULARY_WORDS
from leadtracker.reports.labels import WORDS
from leadtracker.resources import resource
from leadtracker.services.importing.columns import vocabulary_reader

#: The interface's contexts of the vocabulary and of the default stages' names.
CONTEXTS = ("Vocabulary", "Stages")
#: The interface keeps a rank in its own language and shows the Japanese title
#: beside it (the rank's ``japanese_title``, from which the documents' word comes too).
RANKS = {rank.english_title for rank in Rank if rank.japanese_title}
#: The vocabularies that imports read and documents print (in the interface's "Vocabulary").
KINDS = (
    ActivityKind,
    CompanyStatus,
    Language,
    LegalBasis,
    LostReason,
    ProjectSource,
    ProjectType,
    Sector,
)


def _interface_words(language: str) -> dict[str, set[str]]:
    """English source -> its translations in the vocabulary's contexts of ``language``'s .ts."""
    ts = resource("translations") / f"leadtracker_{language}.ts"
    words: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") in CONTEXTS:
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                words.setdefault(source, set()).add(message.findtext("translation") or "")
    return words


@pytest.mark.parametrize(("language", "index"), [("de", 0), ("ja", 1)])
def test_documents_and_imports_use_the_interfaces_vocabulary_words(
    language: str, index: int
) -> None:
    interface = _interface_words(language)
    missing = sorted(english for english in VOCABULARY_WORDS if english not in interface)
    assert missing == [], f"not in the interface's vocabulary ({language}): {missing}"
    differing = []
    for english, translations in sorted(interface.items()):
        if english not in WORDS:  # documents do not print it (a partner's kind, say)
            continue
        expected = {english} if language == "ja" and english in RANKS else {WORDS[english][index]}
        if translations != expected:
            differing.append(
                f"{english!r}: {sorted(expected)} in documents and imports, "
                f"{sorted(translations)} in leadtracker_{language}.ts"
            )
    assert differing == []


@pytest.mark.parametrize("language", ["de", "ja"])
def test_an_import_reads_each_word_of_the_vocabularies_as_the_interface_shows_it(
    language: str,
) -> None:
    """A list typed from what the app shows ("Termin", "面談") imports."""
    interface = _interface_words(language)
    unread = []
    for kind in KINDS:
        read = vocabulary_reader(kind)
        for member in kind:
            for word in sorted(interface[member.label]):
                try:
                    found = read(word)
                except ValueError:
                    found = None
                if found is not member:
                    unread.append(f"{kind.__name__}.{member.name}: {word!r}")
    assert unread == []
