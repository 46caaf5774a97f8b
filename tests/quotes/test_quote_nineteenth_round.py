"""Issue 17's nineteenth round of quote rules, from the first-run errors of the unseen19 AllSides
set, on invented text: each rule finds what a careful reader would, and switching its group off
(or the data) shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules
from newsprism.quotes.cue_subjects import surname_of_someone_named

CAPTAIN = (
    "Navy pilots will keep flying over the gulf, officials said on Tuesday.\n\n"
    '"We are not looking for a fight with anyone, but we will protect our crews if they are threatened," '
    "Capt. Lena Marsh told reporters."
)


def test_a_tag_cut_at_an_abbreviated_title_runs_on_to_its_speaker(quotes_of, first_quote):
    assert first_quote(quotes_of(CAPTAIN), "We are not looking").speaker == "Lena Marsh"
    with rules.switched_off(["title_cut_tag"]):
        assert first_quote(quotes_of(CAPTAIN), "We are not looking").speaker is None


def test_a_title_inside_the_next_quotation_does_not_pull_its_name_in(quotes_of, first_quote):
    text = (
        "The aide praised the senator's record on farm policy.\n\n"
        "“Beyond that, Sen. Ortiz is one of only two farmers in the chamber,” the aide said."
    )
    found = quotes_of(text)
    assert first_quote(found, "Beyond that").speaker != "Ortiz"


BACK = (
    "Mayor Dana Whitfield said the budget would protect every library in the city.\n\n"
    "Councilman Pete Okafor later shot back, “I wouldn’t be voting no if this budget kept its promises.”"
)


def test_a_verb_that_reports_with_its_particle_tags_the_quotation(quotes_of, first_quote):
    quote = first_quote(quotes_of(BACK), "I wouldn’t be voting")
    assert quote.speaker == "Pete Okafor" and quote.kind == "direct"


def test_the_verb_without_its_particle_is_no_speech_act(quotes_of):
    text = "The hunter shot the deer at dawn, “a clean kill,” in the words of the park warden's log."
    assert not any(q.speaker == "The hunter" for q in quotes_of(text))


def test_texted_is_a_speech_verb(quotes_of, first_quote):
    text = (
        "The crew kept in touch after the trial.\n\n"
        "“This is hard to read, but we told the truth,” Petty Officer Rina Osei texted the group."
    )
    assert first_quote(quotes_of(text), "This is hard").speaker == "Rina Osei"


RYAN = (
    "Senate leader Tom Hadley said on Monday that the report has no bearing on the inquiry.\n\n"
    "The Ohio Republican told a news conference that it “does not question the inquiry at all.”"
)


def test_a_states_party_member_opening_a_paragraph_is_the_one_written_about(quotes_of, first_quote):
    assert first_quote(quotes_of(RYAN), "does not question").speaker == "Tom Hadley"
    with rules.switched_off(["place_party_member"]):
        assert first_quote(quotes_of(RYAN), "does not question").speaker != "Tom Hadley"
    with rules.switched_off(["role_opens_paragraph"]):
        assert first_quote(quotes_of(RYAN), "does not question").speaker != "Tom Hadley"


def test_a_surname_with_an_inner_capital_tagged_as_an_adjective_still_speaks(hand_parse):
    # "Colin McBrody runs the fund. McBrody claims that it failed.": the tagger may take a
    # sentence-opening "McBrody" for an adjective with no entity; it is the person named before
    words = "Colin McBrody runs the fund . McBrody claims that it failed .".split()
    heads = [1, 2, 2, 4, 2, 2, 7, 7, 10, 10, 7, 7]
    deps = ["compound", "nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "mark", "nsubj",
            "ccomp", "punct"]  # fmt: skip
    pos = ["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "ADJ", "VERB", "SCONJ", "PRON", "VERB",
           "PUNCT"]  # fmt: skip
    doc = hand_parse(words, heads, deps, pos, [(0, 2, "PERSON")])
    assert surname_of_someone_named(doc[6])
    with rules.switched_off(["surname_mistagged"]):
        assert not surname_of_someone_named(doc[6])
