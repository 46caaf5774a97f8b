"""Issue 17 (helper quotes50b): "As KQBR reports, “...”" is the station's though the tagger reads
"reports" as a plural noun; "the corps said" is the corps the article named. Invented text through
real spaCy; switching each rule off (the group, or the lexicon line) shows what it replaces."""

from __future__ import annotations

from newsprism.nlp import lexicon
from newsprism.quotes import rules

AS_REPORTS = (
    "Wells in the Tolland valley ran dry this spring.\n\n"
    'As KQBR reports, "More than 9,000 acres of orchard were left idle last year because of scarce water. '
    'Growers expect that figure could double this year."'
)


def test_as_station_reports_names_the_station(quotes_of, first_quote):
    quote = first_quote(quotes_of(AS_REPORTS), "More than 9,000 acres")
    assert (quote.speaker, quote.speaker_mention) == ("KQBR", "KQBR")
    with rules.switched_off(["as_noun_tag"]):
        assert first_quote(quotes_of(AS_REPORTS), "More than 9,000 acres").speaker is None


CORPS = (
    "The shooting took place at the Ranger Corps base near Halvard. Two soldiers died.\n\n"
    "The Ranger Corps trains most of the army's scouts.\n\n"
    'Early on, river crossing by raft was, the corps said, "worked out and refined" there.'
)


def test_the_corps_is_the_corps_named_before(quotes_of, first_quote):
    assert first_quote(quotes_of(CORPS), "worked out and refined").speaker == "Ranger Corps"


def test_corps_is_listed_as_an_organisation_noun():
    assert "corps" in lexicon.word_list("org_nouns.txt")
