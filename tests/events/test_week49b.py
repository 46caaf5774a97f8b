"""Issue 20 (branch events49b): the false events and wrong participants of a real week of news
as general rules: a word inside a name, a reason after a name given, a topic put to someone asked,
a coerced act, criticism borne, a relative clause read as a participle, an idiom of leaving behind,
a town owning a massacre, an act owned by the one it was done to, an act noun beside a doer, the
giver of withheld help, a pronoun chained through "his", an effort told as a struggle; invented
sentences."""

from __future__ import annotations

from spacy.tokens import Doc
from test_events import events_of

from newsprism.events import rules
from newsprism.events.idioms import relative_read_as_participle


def _first(nlp, text: str):
    found = events_of(nlp, text)
    return found[0] if found else None


def _type(nlp, text: str) -> str | None:
    found = _first(nlp, text)
    return found.type if found else None


def test_a_trigger_inside_a_name_is_no_act(nlp):
    text = (
        "Back then, critics argued that the old scheme, Aid for Farmers with Dependent Families (AFDF),"
        " promoted waste by discouraging work."
    )
    assert _type(nlp, text) is None
    with rules.switched_off(["triggers_in_names"]):
        assert _type(nlp, text) == "AID"
    assert _type(nlp, "The Tollan ministry sent aid to the flooded towns of Ostrava.") == "AID"


def test_a_name_given_breaks_call_for(nlp):
    text = "He said that while he was called names for being Tarsian growing up, others had it worse."
    assert _type(nlp, text) is None
    with rules.switched_off(["named_across_objects"]):
        assert _type(nlp, text) == "REQUEST"
    assert _type(nlp, "The union called for the minister to resign.") == "REQUEST"


def test_a_topic_put_to_someone_asked_is_no_demand(nlp):
    text = "The Senate leader was vague when asked about her timeline for the vote."
    assert _type(nlp, text) is None
    with rules.switched_off(["asked_about"]):
        assert _type(nlp, text) == "REQUEST"


def test_a_coerced_act_stands_with_its_forcing(nlp):
    text = (
        "Marlow and his lawyer Pim Destin engaged in a long effort to force Ostravia to agree to new terms."
    )
    assert _type(nlp, text) is None
    with rules.switched_off(["coerced_acts"]):
        assert _type(nlp, text) == "AGREE"
    pressed = _first(nlp, "Marlow and his lawyer Pim Destin pressured Ostravia to agree to the terms.")
    assert pressed.type == "REQUEST" and pressed.recipients == ["Ostravia"]


def test_criticism_taken_is_none_made(nlp):
    text = "Rep. Ned Forsby said he hopes Governor Pell takes the criticisms of his remarks to heart."
    assert _type(nlp, text) is None


def test_a_relative_clause_read_as_a_participle_acts_on_its_noun(nlp):
    # the parse the model gives a real sentence of this shape: "Halvorsen signed Friday" read as a
    # name described by a participle (acl), "which" hung elsewhere
    words = ["on", "the", "bill", ",", "which", "Halvorsen", "signed", "Friday", ",", "aides", "spoke"]
    heads = [10, 2, 0, 2, 10, 10, 5, 6, 10, 10, 10]
    deps = ["prep", "det", "pobj", "punct", "nsubj", "dep", "acl", "npadvmod", "punct", "nsubj", "ROOT"]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "PRON", "PROPN", "VERB", "PROPN", "PUNCT", "NOUN", "VERB"]
    tags = ["IN", "DT", "NN", ",", "WDT", "NNP", "VBN", "NNP", ",", "NNS", "VBD"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert relative_read_as_participle(doc[6]).i == 2
    with rules.switched_off(["relatives_read_as_participles"]):
        assert relative_read_as_participle(doc[6]) is None
    # a participle after a name with no relative pronoun before it describes that name
    described = Doc(
        nlp.vocab,
        words=["the", "bill", "signed", "Friday"],
        heads=[1, 1, 1, 2],
        deps=["det", "ROOT", "acl", "npadvmod"],
        pos=["DET", "NOUN", "VERB", "PROPN"],
        tags=["DT", "NN", "VBN", "NNP"],
    )
    assert relative_read_as_participle(described[2]) is None


def test_an_idiom_of_leaving_behind_is_no_act(nlp):
    assert _type(nlp, "Mr. Vantor had put the Elena Pratt email probe behind him.") is None


def test_a_struggle_to_win_support_wins_none(nlp):
    assert _type(nlp, "Governor Pell struggled to win the support of young activists in her run.") is None


def test_a_town_owning_a_massacre_is_where_it_happened(nlp):
    found = _first(nlp, "Oakland's massacre happened a century ago.")
    assert found is not None and found.actors == []
    with rules.switched_off(["possessor_places"]):
        assert _first(nlp, "Oakland's massacre happened a century ago.").actors == ["Oakland"]
    assert _first(nlp, "Iran's attack killed two soldiers.").actors == ["Iran"]


def test_an_act_noun_beside_a_doer_does_nothing(nlp):
    text = (
        "Marlow's impeachment, which occurred 40 days after Speaker Odile Brandt announced the opening"
        " of the inquiry, will have lasting effects."
    )
    assert _first(nlp, text).actors == ["Odile Brandt"]
    with rules.switched_off(["acts_not_doers"]):
        assert len(_first(nlp, text).actors) == 2


def test_withheld_help_is_withheld_from_its_destination(nlp):
    found = _first(nlp, "The government withheld Tollan aid to Ostravia for months.")
    assert found.type == "SANCTION" and found.recipients == ["Ostravia"]
    with rules.switched_off(["withheld_from_givers"]):
        assert "Tollan" in _first(nlp, "The government withheld Tollan aid for months.").recipients
    assert _first(nlp, "The government withheld Tollan aid for months.") is None


def test_a_pronoun_chained_through_his_is_the_one_named(nlp):
    text = (
        "Senator Brandt Kovac spoke on Tuesday. He said the vote would be close. The assembly impeached"
        " Governor Pim Halvorsen over his pressure on the mayors to open inquiries into his rival as he"
        " withheld state aid from their towns."
    )
    withheld = [e for e in events_of(nlp, text) if e.trigger == "withheld aid"]
    assert withheld and withheld[0].actors == ["Pim Halvorsen"]
    with rules.switched_off(["owner_chains"]):
        withheld = [e for e in events_of(nlp, text) if e.trigger == "withheld aid"]
        assert withheld[0].actors != ["Pim Halvorsen"]
