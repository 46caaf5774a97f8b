"""Issue 17 (helper quotes45): a possessed speech noun the parse made a subject of a named tag
("Okafor's remarks “...,” Lind said") leaves the words to the tag's name; "the newspaper" is the news
outlet named last, not the company the story is about; a participle with a subject after a tag
("..., his voice rising") or in a small clause ("declared the rebels beaten") reports nothing; "As
NPR noted, A" reports A; quoted words in a hover card's glued headlines are no quote. Invented text
through real spaCy; switching each group off shows what it replaces."""

from __future__ import annotations

from newsprism.quotes import rules

POSSESSED = (
    "Okafor’s statements “set in motion a panic among the investors we’re courting,” Lind said at a "
    "committee hearing."
)


def test_the_tag_speaks_for_words_about_a_possessed_noun(quotes_of, first_quote):
    assert first_quote(quotes_of(POSSESSED), "set in motion").speaker == "Lind"
    with rules.switched_off(["tag_over_possessed"]):
        assert first_quote(quotes_of(POSSESSED), "set in motion").speaker == "Okafor"


PRESS = (
    "Brindle Foods has faced months of questions about its suppliers. Brindle Foods said on Monday it "
    "would hire an auditor.\n\n"
    "Rival boards were divided too, The Daily Telegraph reported on Tuesday. Last spring, Ann Pell, head "
    "of Corvo Inc, cautioned board member Tom Reed in a letter that Reed’s backing for the merger showed "
    "“remarkably poor judgment,” the newspaper reported."
)


def test_the_newspaper_is_the_outlet_named_last(quotes_of, first_quote):
    assert first_quote(quotes_of(PRESS), "remarkably poor judgment").speaker == "Daily Telegraph"


SMALL = (
    "“This is not a game for the families,” Senator Ruth Okafor said, her voice rising.\n\n"
    "The governor initially declared the rebels beaten in March, though he later changed his mind."
)


def test_a_participle_with_a_subject_is_no_statement(quotes_of):
    texts = [q.text for q in quotes_of(SMALL)]
    assert "This is not a game for the families" in texts
    assert not any("voice rising" in t or "rebels beaten" in t for t in texts)
    with rules.switched_off(["small_clauses"]):
        assert any("voice rising" in q.text for q in quotes_of(SMALL))


AS_TAG = (
    "Voters in the county went to the polls on Tuesday.\n\n"
    "As historian Ann Pell noted in 2016, the party has never won the county in a midterm. As officials "
    "announced the results, protesters gathered outside the hall."
)


def test_as_tag_reports_the_clause_after_it(quotes_of, first_quote):
    quote = first_quote(quotes_of(AS_TAG), "the party has never won")
    assert quote.speaker == "Ann Pell" and quote.kind == "indirect"
    assert not any("protesters gathered" in q.text for q in quotes_of(AS_TAG))
    with rules.switched_off(["as_tags"]):
        assert not any("never won the county" in q.text for q in quotes_of(AS_TAG))


BLURB = (
    "Party leaders moved to strip Rep. Dale Brennick Dale Arthur BrennickWhy the party faces a "
    "'defining' week Pundit: critics are 'boring, tired voices' MORE (R-Ohio) of his seat on the "
    "budget committee.\n\n"
    "“We will not be seating him on any committee,” the speaker told reporters."
)


def test_quoted_words_in_a_hover_card_are_no_quote(quotes_of):
    texts = [q.text for q in quotes_of(BLURB)]
    assert "We will not be seating him on any committee" in texts
    assert not any("defining" in t or "boring" in t for t in texts)
    with rules.switched_off(["link_blurbs"]):
        assert any("boring" in q.text for q in quotes_of(BLURB))
