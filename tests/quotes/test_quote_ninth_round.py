"""Issue 17's ninth round of quote rules, from the first-run errors of the unseen10 AllSides set,
on invented text: each named rule group finds what a careful reader would, and switching the group
off shows what it is worth."""

from __future__ import annotations

from newsprism.ingest.layout import Layout
from newsprism.quotes import rules
from newsprism.quotes.cues import cue_subject

KIN = (
    "Harbor Foods CEO Martin Okonkwo spoke at the plant opening on Friday.\n\n"
    "Okonkwo’s grandfather, Felipe Andres Okonkwo, founded the company in 1936, according to its website.\n\n"
    "“We are not going anywhere,” Okonkwo said. “This town made us.”"
)


def test_a_bare_surname_is_not_the_relative_introduced_by_kinship(quotes_of, first_quote):
    assert first_quote(quotes_of(KIN), "We are not going").speaker == "Martin Okonkwo"
    # (with the group off, the people model's own choice of the fullest earlier name now finds Martin
    # Okonkwo here too, since the people round merged beside it; on unseen10 the group is what did)


GROUP = (
    "On Monday the advocacy group Clean Harbor Alliance accused Riverton Shipping of dumping waste.\n\n"
    "Clean Harbor Alliance has started a petition that begins, “Riverton Shipping says it cares about "
    "the bay, but it keeps dumping.”\n\n"
    "The group is calling on Riverton Shipping to “stop poisoning the bay” before the summer."
)


def test_the_group_is_the_body_introduced_with_that_noun_not_the_one_it_addresses(quotes_of, first_quote):
    quote = first_quote(quotes_of(GROUP), "stop poisoning")
    assert quote.speaker == "Clean Harbor Alliance"
    # (with the group off, the subject rule of the sentence before still finds the group here; on
    # unseen10 it did not, and "the group" went to the body it addresses: a wrong-side error)


def test_a_capitalised_role_subject_is_the_person_closing_its_phrase(quotes_of, first_quote):
    text = (
        "Leader of the Green Union party, former finance minister Tamar Eliava, said on Friday that "
        "the vote was “a step backwards” for the country."
    )
    assert first_quote(quotes_of(text), "a step backwards").speaker == "Tamar Eliava"


def test_the_statement_looks_past_a_caption_that_names_nobody_it_can_resolve(quotes_of, first_quote):
    text = (
        "“The agreement will give our farmers new markets,” Trade Minister Alma Reyes and Commerce "
        "Secretary Paul Danner said in a joint statement released late Sunday.\n\n"
        "Alma Reyes and Paul Danner, shown in January, released a joint statement late Sunday. (Photo/Wire)\n\n"
        "“It will create good jobs across the region,” the statement said."
    )
    found = quotes_of(text)
    speaker = first_quote(found, "It will create").speaker
    # the joint statement's people (quotes48b: "A and B" may speak together), never nobody
    assert (
        speaker
        and "Paul Danner" in speaker
        and "Paul Danner" in first_quote(found, "The agreement will").speaker
    )
    with rules.switched_off(["statement_named_before", "joint_people"]):  # the caption's pair, joined
        assert first_quote(quotes_of(text), "It will create").speaker is None


def test_a_message_received_from_a_body_is_the_bodys(quotes_of, first_quote):
    text = (
        "The club posted a screenshot of a message received from Lumina’s support team, which read, "
        "“Your account was suspended because it broke our rules.” The message continued, “We do not "
        "allow harmful content on Lumina.”"
    )
    found = quotes_of(text)
    assert first_quote(found, "We do not allow").speaker == "Lumina"
    with rules.switched_off(["document_sent_from"]):
        assert first_quote(quotes_of(text), "We do not allow").speaker != "Lumina"


def test_a_study_by_a_named_author_is_the_authors(quotes_of, first_quote):
    text = (
        "Dozens of candidates fail to file their reports each year, according to an analysis by "
        "Northgate Newspapers."
    )
    quote = first_quote(quotes_of(text), "Dozens of candidates")
    assert quote is not None and quote.speaker == "Northgate Newspapers"
    with rules.switched_off(["study_by_author"]):
        assert first_quote(quotes_of(text), "Dozens of candidates").speaker != "Northgate Newspapers"


PULL = (
    "“We are not a public relations office. Not all news will be good news.”\n\n"
    "The editors wrote to the principal in April.\n\n"
    "“We are not a public relations office,” editor Dana Whitcomb said in the release. "
    "“Not all news will be good news.”"
)


def test_a_nameless_paragraph_quoted_again_below_is_a_pull_quote(quotes_of):
    found = quotes_of(PULL)
    assert [q.start for q in found if q.text.startswith("We are not")] == [PULL.rindex("We are not")]
    assert all(q.speaker == "Dana Whitcomb" for q in found if q.kind == "direct")
    with rules.switched_off(["nameless_pull_quotes"]):
        assert len([q for q in quotes_of(PULL) if q.text.startswith("We are not")]) == 2


def test_a_paragraph_signed_with_a_handle_alone_is_an_embedded_post(quotes_of):
    text = (
        "Leaving the meeting, Prime Minister Ana Ruiz said only that it was “a good day for us.”\n\n"
        "“It’s a good day for us” says Ruiz as she leaves her office. More tomorrow. —@reporter_kim\n\n"
        "The deal still needs a vote in parliament."
    )
    assert not [q for q in quotes_of(text) if q.text.startswith("It’s a good day")]


def test_a_lost_subject_is_the_name_before_an_aside_set_off_by_commas(hand_parse):
    # "After such exchanges Kvirikashvili, however, was also saying that he was tired.": the parse
    # hung the name on "exchanges" (no comma after the opening phrase) and left "saying" no subject
    words = "After such exchanges Tamaz , however , was also saying that he was tired .".split()
    heads = [9, 2, 0, 2, 9, 9, 9, 9, 9, 9, 12, 12, 9, 12, 9]
    deps = ["prep", "amod", "pobj", "appos", "punct", "advmod", "punct", "aux", "advmod", "ROOT"]
    deps += ["mark", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["ADP", "ADJ", "NOUN", "PROPN", "PUNCT", "ADV", "PUNCT", "AUX", "ADV", "VERB"]
    pos += ["SCONJ", "PRON", "AUX", "ADJ", "PUNCT"]
    doc = hand_parse(words, heads, deps, pos, [(3, 4, "PERSON")])
    assert cue_subject(doc[9], Layout()) == doc[3]
    with rules.switched_off(["aside_before_verb"]):
        assert cue_subject(doc[9], Layout()) is None
