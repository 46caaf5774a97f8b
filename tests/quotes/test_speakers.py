"""Speaker and cue resolution, through the public functions of quotes and people: which token a
cue's speaker is, whom a pronoun, a role noun or "the company" refers to, and the named rule
groups that can be switched off."""

from __future__ import annotations

import json

import pytest
from spacy.tokens import Doc
from typer.testing import CliRunner

from newsprism.cli.main import app
from newsprism.config import Settings
from newsprism.errors import UsageError
from newsprism.ingest.layout import layout_of
from newsprism.models import Quote
from newsprism.nlp import patterns
from newsprism.people.pronouns import pronoun_antecedent, resolve_pronoun
from newsprism.people.salience import read_article
from newsprism.quotes import rules
from newsprism.quotes.attach import attach_cue
from newsprism.quotes.cues import cue_subject
from newsprism.quotes.extract import extract_quotes
from newsprism.quotes.marks import inside_marks, quotations
from newsprism.quotes.speakers import resolve


def _table(nlp, text: str):
    doc = nlp(text)
    return doc, read_article(doc, inside_marks(quotations(text)))


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        ("Maria Lopez said the plan would fail.", "said", "Lopez"),
        ("“The plan will fail,” said Maria Lopez.", "said", "Lopez"),
        ("The plan will fail, according to Maria Lopez.", "according", "Lopez"),
        ("Maria Lopez, a senior economist at the bank, told reporters the plan would fail.", "told", "Lopez"),
        ("The plan, Maria Lopez warned, would fail.", "warned", "Lopez"),
        ("The ministry said in a statement that the plan would fail.", "said", "ministry"),
        ("Senator Tom Penrose, R-Ga., told reporters the bill would pass.", "told", "Penrose"),
    ],
)
def test_cue_subject_is_the_speaker_token_whatever_the_word_order(nlp, sentence, cue, speaker):
    doc = nlp(sentence)
    found = cue_subject(_token(doc, cue), layout_of(sentence))
    assert found is not None and found.text == speaker


def test_a_dateline_is_never_the_speaker(nlp):
    text = "WASHINGTON — President Ana Ruiz defended the program on Friday, saying Congress was briefed."
    doc = nlp(text)
    found = cue_subject(_token(doc, "saying"), layout_of(text))
    assert found is None or found.text != "WASHINGTON"


def test_pronouns_and_role_nouns_resolve_to_the_person_introduced_before(nlp):
    text = (
        "Maria Lopez, the health minister, visited the hospital on Tuesday.\n\n"
        "She said the new wing would open in May. The minister said staff had been hired."
    )
    doc, table = _table(nlp, text)
    she = resolve(table, _token(doc, "She"))
    assert (she.name, she.type, she.mention.text) == ("Maria Lopez", "PERSON", "She")
    minister = resolve(table, _token(doc, "minister", 1))
    assert minister.name == "Maria Lopez"


def test_an_ambiguous_role_gets_no_speaker(nlp):
    text = (
        "Reporters questioned Maria Lopez, the health minister, and John Carter, the finance minister, "
        "on Tuesday.\n\nThe minister said the budget was agreed."
    )
    doc, table = _table(nlp, text)
    assert resolve(table, _token(doc, "minister", 2)).name is None  # two ministers: no guess
    assert resolve(table, _token(doc, "Lopez")).name == "Maria Lopez"


def test_the_company_and_it_are_the_organisation_named_before(nlp):
    text = (
        "Corvin Pharmaceuticals is recalling two batches of its allergy tablets. It said the batches "
        "were made in March.\n\nThe company said no patient had been harmed."
    )
    doc, table = _table(nlp, text)
    assert resolve(table, _token(doc, "company")).name == "Corvin Pharmaceuticals"
    it = resolve(table, _token(doc, "It"))
    assert (it.name, it.type) == ("Corvin Pharmaceuticals", "ORG")


def test_finding_an_antecedent_reads_the_table_and_resolving_records_the_gender(nlp):
    text = "Jordan Ellery chaired the hearing on Monday.\n\nShe said the inquiry would go on."
    doc, table = _table(nlp, text)
    she = _token(doc, "She")
    table.genders.pop("Jordan Ellery", None)  # reading the article already resolved "She"
    found = pronoun_antecedent(table, she)
    assert found.name == "Jordan Ellery" and found.gender == "f"
    assert "Jordan Ellery" not in table.genders  # finding changes nothing
    assert resolve_pronoun(table, she) == "Jordan Ellery"
    assert table.genders["Jordan Ellery"] == "f"  # resolving records what the pronoun showed


def test_attach_cue_returns_the_mention_it_left_unresolved(nlp):
    text = "Officials gathered on Monday.\n\n“We will rebuild,” the spokeswoman said."
    doc, table = _table(nlp, text)
    quote = Quote(article_id="t", text="We will rebuild", start=31, end=46, kind="direct")
    left_open = attach_cue(table, quote, _token(doc, "said"))
    assert quote.speaker is None and quote.speaker_mention == "the spokeswoman"
    assert left_open == (quote.speaker_start, "spokeswoman")


def test_rule_groups_switch_off_by_name(nlp):
    text = "Maria Lopez visited the hospital on Tuesday.\n\n“It is a good day,” she said."
    doc = nlp(text)
    assert extract_quotes(doc, "t")[0].speaker == "Maria Lopez"
    with rules.switched_off(["pronoun_antecedents"]):
        assert extract_quotes(doc, "t")[0].speaker is None
    assert extract_quotes(doc, "t")[0].speaker == "Maria Lopez"
    with pytest.raises(UsageError):
        rules.checked(["no_such_group"])


def test_rule_groups_are_switched_off_through_the_settings():
    settings = Settings.load(environ={"NEWSPRISM_QUOTES_DISABLED_RULES": "lede_source,self_mention"})
    assert rules.checked(settings.quotes["disabled_rules"]) == {"lede_source", "self_mention"}
    assert Settings.load(environ={}).quotes["disabled_rules"] == []


def test_eval_quotes_ablate_reports_every_rule_group(tmp_path):
    text = (
        "Maria Lopez visited the hospital on Tuesday.\n\n“It is a good day,” she said. "
        "The minister said the new wing would open in May."
    )
    record = {
        "id": "g1",
        "text": text,
        "quotes": [
            {"text": "It is a good day", "kind": "direct", "speaker": "Maria Lopez"},
            {"text": "the new wing would open in May", "kind": "indirect", "speaker": "Maria Lopez"},
        ],
    }
    gold = tmp_path / "tiny.jsonl"
    gold.write_text(json.dumps(record) + "\n", "utf-8")
    result = CliRunner().invoke(
        app, ["eval", "quotes", "--ablate", "--gold", str(gold), "--data", str(tmp_path / "none")]
    )
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line.split()[1:] for line in result.output.splitlines() if line.strip()}
    assert set(rules.GROUPS) <= set(lines)
    assert lines["pronoun_antecedents"][0].startswith("+")  # without it "she" has no speaker
    assert lines["party_tag"] == ["0"]


def test_rare_speech_verbs_and_a_short_dialogue_tag_name_the_speaker_not_the_one_before(nlp):
    from newsprism.quotes.extract import extract_quotes

    text = (
        '"That is the worst plan I have seen," Senator Ann Cole scoffed on Monday.\n\n'
        '"We will see," Mayor Bill Dunn deadpanned.\n\n'
        '"Nobody reads those," Cole quipped.\n\n'
        "Dunn posted:\n\nThe city budget passed tonight with a big majority.\n"
    )
    found = [(q.text, q.speaker) for q in extract_quotes(nlp(text), "a")]
    assert found == [
        ("That is the worst plan I have seen", "Ann Cole"),
        ("We will see", "Bill Dunn"),  # a verb the lexicon lacks; never the speaker before
        ("Nobody reads those", "Ann Cole"),
        ("The city budget passed tonight with a big majority.", "Bill Dunn"),
    ]


def test_words_blamed_on_someone_and_phrases_framed_by_belief_or_thanks_are_theirs(nlp):
    from newsprism.quotes.extract import extract_quotes

    text = (
        'Rice criticized President Trump for saying "you can never really think" it could happen.\n\n'
        'Despite some "near-term uncertainty" for the industry, analyst Dan Ives believes the clash '
        'could act as a catalyst for "more technology innovation."\n\n'
        'Speaking late Tuesday, Sanders thanked supporters for being "part of the political revolution."\n'
    )
    found = {q.text: q.speaker for q in extract_quotes(nlp(text), "a")}
    assert found["you can never really think"] == "Trump"  # the one criticized said it, not Rice
    assert found["near-term uncertainty"] == "Dan Ives"
    assert found["part of the political revolution."] == "Sanders"


def test_a_poll_or_report_named_by_its_body_speaks_for_the_body(nlp):
    from newsprism.quotes.extract import extract_quotes

    text = (
        "Crime fell in most cities, according to a Gallup poll in October.\n\n"
        "A Pentagon report said the designs were stolen.\n"
    )
    found = {q.text: q.speaker for q in extract_quotes(nlp(text), "a")}
    assert found["Crime fell in most cities"] == "Gallup"
    assert found["the designs were stolen"] == "Pentagon"


# ---- the name-after-role patterns, on documents with a given parse ------------------------


def _parsed(nlp, words, pos, heads=None, deps=None, ents=None):
    """A document with the tags, parse and entities given: the tests check the shape a pattern
    describes, not one model's parse of one sentence."""
    lemmas = [w.lower() for w in words]
    return Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps, ents=ents, lemmas=lemmas)


def test_a_name_set_off_by_commas_after_a_role_word_is_found_without_the_parse(nlp):
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = _parsed(nlp, ["The", "spokeswoman", ",", "Marguerite", "Oyelaran", ",", "said", "."], pos)
    assert patterns.match("name_after_role", doc) == [(1, 6)]
    for words in (
        ["The", "bridge", ",", "Marguerite", "Oyelaran", ",", "fell", "."],  # no role
        ["The", "spokeswoman", ",", "marguerite", "oyelaran", ",", "said", "."],  # no capitals
    ):
        assert patterns.match("name_after_role", _parsed(nlp, words, pos)) == []
    five = ["The", "spokeswoman", ",", "Ann", "Bea", "Cy", "Di", "Ed", ",", "said"]
    assert (
        patterns.match(
            "name_after_role", _parsed(nlp, five, ["DET", "NOUN", "PUNCT", *["PROPN"] * 5, "PUNCT", "VERB"])
        )
        == []
    )


def test_a_name_hung_on_the_role_holders_employer_is_found(nlp):
    words = ["A", "spokesman", "for", "the", "governor", ",", "Piet", "Lobo", ",", "said", "."]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    heads = [1, 9, 1, 4, 2, 4, 7, 4, 4, 9, 9]
    deps = ["det", "nsubj", "prep", "det", "pobj", "punct", "compound", "appos", "punct", "ROOT", "punct"]
    found = patterns.match("name_after_employer", _parsed(nlp, words, pos, heads, deps))
    assert found == [(1, 2, 4, 7)]  # role, preposition, employer, name
    words[1] = "bridge"  # no role: nobody holds it
    assert patterns.match("name_after_employer", _parsed(nlp, words, pos, heads, deps)) == []
    plain = ["A", "spokesman", "for", "the", "governor", "said", "."]
    parse = ([1, 5, 1, 4, 2, 5, 5], ["det", "nsubj", "prep", "det", "pobj", "ROOT", "punct"])
    assert (
        patterns.match("name_after_employer", _parsed(nlp, plain, [*pos[:5], "VERB", "PUNCT"], *parse)) == []
    )


def test_a_name_hung_on_a_role_beside_a_place_is_found(nlp):
    words = ["Mirov", ",", "a", "spokesman", ",", "Ivo", "Brask", ",", "said", "."]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    heads = [8, 0, 3, 0, 3, 6, 3, 0, 8, 8]
    deps = ["nsubj", "punct", "det", "appos", "punct", "compound", "appos", "punct", "ROOT", "punct"]
    assert patterns.match("name_of_role_beside", _parsed(nlp, words, pos, heads, deps)) == [(0, 3, 6)]
    words[3] = "bridge"  # no role between the place and the name
    assert patterns.match("name_of_role_beside", _parsed(nlp, words, pos, heads, deps)) == []


def test_the_name_of_a_role_beside_a_place_speaks_unless_the_place_is_a_person(nlp):
    """The pattern's reader: "Mirov" labelled a place hands the quote to the named spokesman;
    labelled a person, Mirov speaks."""
    words = ["Mirov", ",", "a", "spokesman", ",", "Ivo", "Brask", ",", "said", "."]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    heads = [8, 0, 3, 0, 3, 6, 3, 0, 8, 8]
    deps = ["nsubj", "punct", "det", "appos", "punct", "compound", "appos", "punct", "ROOT", "punct"]
    place = ["B-GPE", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = _parsed(nlp, words, pos, heads, deps, place)
    table = read_article(doc, inside_marks(quotations(doc.text)))
    assert resolve(table, doc[0]).name == "Ivo Brask"
    person = _parsed(nlp, words, pos, heads, deps, ["B-PERSON", *place[1:]])
    table = read_article(person, inside_marks(quotations(person.text)))
    assert resolve(table, person[0]).name != "Ivo Brask"


def test_a_company_whose_short_name_the_model_calls_a_person_keeps_its_full_name(nlp):
    """ "Corvin Pharmaceuticals is recalling ..." then "Corvin said": the repairs make the first
    "Corvin" a person from the later one, yet the name the recogniser missed is still read whole."""
    text = (
        "Corvin Pharmaceuticals is recalling two batches of its allergy tablets, regulators said on "
        "Monday.\n\nPatient groups criticized the company for the delay. Corvin said the delay was "
        "needed to find the batches."
    )
    found = {q.text: q.speaker for q in extract_quotes(nlp(text), "t")}
    assert found["the delay was needed to find the batches"] == "Corvin Pharmaceuticals"


def test_the_author_of_a_writing_that_is_the_subject_is_the_next_he(quotes_of, first_quote):
    """ "Senator Arlo Penwick's column argued ...": the column's author, named in full, is the subject
    a following "He" refers to, not the editor named before him."""
    text = (
        "The editorial page editor, Marcus Dorrance, defended the decision to publish on Friday.\n\n"
        "Senator Arlo Penwick's column argued that the troops should be sent in at once.\n\n"
        "He denounced “the rioters who burn our cities” and called for order."
    )
    quote = first_quote(quotes_of(text), "the rioters")
    assert quote is not None and quote.speaker == "Arlo Penwick"
