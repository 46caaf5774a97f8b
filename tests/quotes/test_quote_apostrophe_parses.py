"""Quote rules that hold on both parses the model gives a sentence with a curly apostrophe: the
one it gave before ``nlp.apostrophes`` and the one it gives with the straight spelling's features
(invented sentences, parses given by hand)."""

from __future__ import annotations

from newsprism.ingest.layout import Layout
from newsprism.quotes import rules
from newsprism.quotes.cues import cue_subject
from newsprism.quotes.speakers import _pronoun_of_unnamed_relative

WORDS = "Vocal Parents for Ohio ’s Ms. Drane said it was fine .".split()
POS = ["PROPN", "PROPN", "ADP", "PROPN", "PART", "PROPN", "PROPN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"]
ENTS = [(0, 4, "ORG"), (5, 7, "PERSON")]
TAIL_HEADS, TAIL_DEPS = [9, 7, 7, 7], ["nsubj", "ccomp", "acomp", "punct"]


def test_a_person_possessed_by_a_body_speaks_when_the_name_hangs_inside_the_body(hand_parse):
    # the parse with the straight spelling's features: "Ohio ’s" possesses "Drane", which is the
    # object of "for" inside the body's phrase
    heads = [1, 7, 1, 6, 3, 6, 2, 7, *TAIL_HEADS]
    deps = ["compound", "nsubj", "prep", "poss", "case", "compound", "pobj", "ROOT", *TAIL_DEPS]
    doc = hand_parse(WORDS, heads, deps, POS, ENTS)
    assert cue_subject(doc[7], Layout()) == doc[6]
    with rules.switched_off(["possessed_name_last"]):
        assert cue_subject(doc[7], Layout()) == doc[1]


def test_a_person_apposed_to_a_possessive_body_speaks_without_a_role_noun(hand_parse):
    # the older parse: "’s" marks the body's head, the person its apposition, an honorific before it
    heads = [1, 7, 1, 2, 1, 6, 1, 7, *TAIL_HEADS]
    deps = ["compound", "nsubj", "prep", "pobj", "case", "compound", "appos", "ROOT", *TAIL_DEPS]
    doc = hand_parse(WORDS, heads, deps, POS, ENTS)
    assert cue_subject(doc[7], Layout()) == doc[6]
    with rules.switched_off(["possessed_name_last"]):
        assert cue_subject(doc[7], Layout()) == doc[1]


def test_a_speaker_whose_phrase_ends_in_someone_elses_name_still_speaks(hand_parse):
    # "the lawyer for Ohio’s Ms. Drane said": the lawyer is no body's name; the lawyer speaks
    words = "The lawyer for Ohio ’s Ms. Drane said it was fine .".split()
    pos = ["DET", "NOUN", *POS[2:]]
    heads = [1, 7, 1, 6, 3, 6, 2, 7, *TAIL_HEADS]
    deps = ["det", "nsubj", "prep", "poss", "case", "compound", "pobj", "ROOT", *TAIL_DEPS]
    doc = hand_parse(words, heads, deps, pos, [(3, 4, "GPE"), (5, 7, "PERSON")])
    assert cue_subject(doc[7], Layout()) == doc[1]


def test_a_name_right_after_a_tags_verb_speaks_when_the_parse_hung_it_on_a_later_clause(hand_parse):
    # "“It works,” says Rowan Doyle of Civic Bridges, a group that’s divided evenly.": with "’s"
    # read as an auxiliary the parse gave "says" no subject and made the name the subject of "divided"
    words = "“ It works , ” says Rowan Doyle of Civic Bridges , a group that ’s divided evenly .".split()
    heads = [2, 2, 5, 5, 5, 5, 7, 16, 7, 10, 8, 10, 13, 16, 16, 16, 5, 16, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "compound", "nsubjpass", "prep",
            "compound", "pobj", "punct", "det", "nsubjpass", "nsubj", "auxpass", "ccomp", "advmod",
            "punct"]  # fmt: skip
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "ADP", "PROPN",
           "PROPN", "PUNCT", "DET", "NOUN", "PRON", "AUX", "VERB", "ADV", "PUNCT"]  # fmt: skip
    doc = hand_parse(words, heads, deps, pos, [(6, 8, "PERSON"), (9, 11, "ORG")])
    doc[5].lemma_ = "say"
    assert cue_subject(doc[5], Layout()) == doc[7]
    with rules.switched_off(["tag_name_hung_away"]):
        assert cue_subject(doc[5], Layout()) != doc[7]


def test_a_tags_pronoun_before_the_relative_word_is_outside_the_relative_clause(hand_parse):
    # "to oppose Vance — a man, she said, who “doesn’t ...”": the parse hung "she said" on the
    # relative clause of "man"; "she" comes before "who", so she is not the man
    words = "to oppose Vance — a man , she said , who does n’t care .".split()
    heads = [1, 1, 1, 2, 5, 2, 8, 8, 13, 8, 13, 13, 13, 5, 1]
    deps = ["aux", "ROOT", "dobj", "punct", "det", "appos", "punct", "nsubj", "parataxis", "punct",
            "nsubj", "aux", "neg", "relcl", "punct"]  # fmt: skip
    pos = ["PART", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "PRON",
           "AUX", "PART", "VERB", "PUNCT"]  # fmt: skip
    doc = hand_parse(words, heads, deps, pos, [(2, 3, "PERSON")])
    for token in doc:
        token.tag_ = {"man": "NN", "who": "WP"}.get(token.text, token.tag_)
    assert not _pronoun_of_unnamed_relative(doc[7])
    with rules.switched_off(["tag_before_relative"]):
        assert _pronoun_of_unnamed_relative(doc[7])


def test_a_participle_after_rather_than_is_the_main_clauses_speakers(hand_parse):
    # "urged shoppers to donate rather than throwing it away, insisting that ...": the parse hung
    # "insisting" on "throwing", the object of "than"; the one who urged insists
    words = "Dana Pell urged shoppers to donate rather than throwing it away , insisting that it was fine .".split()
    heads = [1, 2, 2, 2, 5, 2, 7, 5, 7, 8, 8, 8, 8, 15, 15, 12, 15, 2]
    deps = ["compound", "nsubj", "ROOT", "dobj", "aux", "xcomp", "advmod", "cc", "pcomp", "dobj", "prt",
            "punct", "advcl", "mark", "nsubj", "ccomp", "acomp", "punct"]  # fmt: skip
    pos = ["PROPN", "PROPN", "VERB", "NOUN", "PART", "VERB", "ADV", "SCONJ", "VERB", "PRON", "ADP",
           "PUNCT", "VERB", "SCONJ", "PRON", "AUX", "ADJ", "PUNCT"]  # fmt: skip
    doc = hand_parse(words, heads, deps, pos, [(0, 2, "PERSON")])
    for token in doc:
        if token.text.endswith("ing"):
            token.tag_ = "VBG"
    doc[12].lemma_ = "insist"
    assert cue_subject(doc[12], Layout()) == doc[1]
    with rules.switched_off(["rather_than_clause"]):
        assert cue_subject(doc[12], Layout()) != doc[1]
