"""The people package: name folding and matching (names), the per-article index (index), and the
data they stand on (the lexicon loader, patterns, entity repairs, the article layout)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsprism.errors import NewsprismError
from newsprism.ingest.layout import dateline_place, find_dateline, headline_lines, layout_of
from newsprism.models import Article
from newsprism.nlp import lexicon, patterns
from newsprism.nlp.entity_repairs import (
    COMPONENT,
    SPAN_GROUP,
    entity_label,
    entity_span_of,
    repaired_entities,
)
from newsprism.people import names, place_names, role_words
from newsprism.people.index import PeopleIndex, index_article
from newsprism.people.tokens import names_a_role_holder, role_holder_names
from newsprism.pipeline import extract_facts
from newsprism.quotes.extract import extract_quotes

# ---- names: pure functions of strings ------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "first", "last", "suffix"),
    [
        ("Joseph R. Biden Jr.", "joseph", "biden", "jr"),
        ("Ursula von der Leyen", "ursula", "vonderleyen", ""),
        ("Putin", "", "putin", ""),
        ("Bobby Kennedy", "Robert", "kennedy", ""),  # a nickname folds to the given name
    ],
)
def test_parse_person_splits_given_name_surname_and_suffix(written, first, last, suffix):
    parsed = names.parse_person(written)  # parts come folded: "Kennedy" -> "kenedy"
    expected = (names.fold_word(first) if first else "", names.fold_word(last), suffix)
    assert (parsed.first, parsed.last, parsed.suffix) == expected


def test_transliteration_variants_fold_to_one_word():
    assert names.fold_word("Zelenskiy") == names.fold_word("Zelensky")
    assert names.plain("Zélensky’s  Office!") == "zelenskys office"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Jen Psaki", "Psaki", True),
        ("John F. Kennedy", "John Kennedy", True),
        ("J. Smith", "John Smith", True),
        ("John Smith", "Jane Smith", False),
        ("Donald Trump", "Donald Trump Jr.", False),
        ("John A. Smith", "John B. Smith", False),
    ],
)
def test_compatible_names_are_one_person_only_when_nothing_disagrees(a, b, same):
    assert names.compatible(names.parse_person(a), names.parse_person(b)) is same


def test_lookup_keys_of_people_organisations_and_places():
    assert names.person_keys(names.parse_person("Xi Jinping")) == ["pfl:xi jinping|", "pl:jinping|", "pf:xi|"]
    assert "oa:ccp" in place_names.name_keys("Chinese Communist Party", "ORG")
    assert place_names.name_keys("NATO", "ORG") == ["oa:nato"]
    assert place_names.name_keys("U.S.", "GPE")[0] == place_names.name_keys("United States", "GPE")[0]


def test_acronyms_possessives_places_and_demonyms():
    assert names.is_acronym("U.N.") and names.is_acronym("NATO") and not names.is_acronym("Nato")
    assert names.acronym_of("Food and Drug Administration") == "fda"
    assert names.strip_possessive("Putin's") == "Putin" and names.strip_possessive("Jones’") == "Jones"
    assert place_names.demonym_place("Ukrainians") == "Ukraine"
    assert place_names.canonical_place("the U.S.") == place_names.canonical_place("United States")
    assert place_names.is_known_place("Jordan")


def test_role_cues_read_gender_and_titles_from_the_head_of_a_role():
    genders, titles = role_words.role_cues(["Mrs.", "son of former Attorney General Eric Holder"])
    assert genders == {"female", "male"}  # "Mrs." and "son"; the general is someone else's title
    assert "general" not in titles
    assert role_words.role_cues(["first lady"])[1] >= {"first lady"}


def test_given_names_of_one_gender_only():
    assert names.given_name_gender("Margaret") == "female"
    assert names.given_name_gender("Robert") == "male"
    assert names.gender_of(names.parse_person("Putin")) is None


# ---- the one lexicon loader and the patterns ------------------------------------------------


def test_one_speech_verb_list_serves_quotes_framing_and_events():
    quote, frame, event = (lexicon.speech_verbs(use) for use in ("quote", "frame", "event"))
    assert {"say", "tell", "according"} & quote == {"say", "tell"}
    assert "call" in frame and "call" not in quote  # 'called the plan "reckless"' frames a phrase
    assert "say" in event and "believe" in event and "believe" not in quote
    with pytest.raises(NewsprismError):
        lexicon.speech_verbs("no such use")


def test_lexicon_loader_reads_lists_tables_and_refuses_missing_files():
    assert "minister" in lexicon.words("roles.txt")
    assert lexicon.pairs("demonyms.tsv")["ukrainian"] == "Ukraine"
    with pytest.raises(NewsprismError, match="no_such_file"):
        lexicon.lines("no_such_file.txt")


def test_every_pattern_in_the_data_file_compiles(nlp):
    doc = nlp("A test.")
    for section in ("matcher", "dependency"):
        for name in patterns.definitions()[section]:
            assert patterns.match(name, doc) == []


def test_age_pattern_finds_names_followed_by_an_age(nlp):
    doc = nlp("Maeve Donnelly, 41, grew up in Cork. The budget, 2024, was cut. Ortiz, 130, is a robot.")
    aged = [doc[start].text for start, _ in patterns.match("age_after_name", doc)]
    assert aged == ["Donnelly"]


def test_matches_are_found_once_a_document_and_afresh_for_a_changed_one(nlp):
    """The stages ask for one sentence's matches again for each name in it: the same answer, and
    a fresh one for a new document or one retokenised since (the token offsets moved)."""
    doc = nlp("Maeve Donnelly, 41, grew up in Cork. Ortiz, 52, spoke.")
    first = patterns.match("age_after_name", doc)
    assert patterns.match("age_after_name", doc) == first == [(1, 5), (10, 14)]
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[0], ["Ma", "eve"], heads=[(doc[0], 1), doc[1]])
    assert patterns.match("age_after_name", doc) == [(2, 6), (11, 15)]
    other = nlp("Ortiz, 52, spoke.")
    assert patterns.match("age_after_name", other) == [(0, 4)]


# ---- entity repairs, once, in the pipeline ---------------------------------------------------


def test_entity_repairs_run_in_the_pipeline_and_write_one_span_group(nlp):
    assert COMPONENT in nlp.pipe_names
    doc = nlp(
        "White House press secretary Jen Psaki spoke on Monday. Later, Psaki said the talks would go on."
    )
    repaired = [(s.text, s.label_) for s in doc.spans[SPAN_GROUP]]
    assert ("Jen Psaki", "PERSON") in repaired
    assert ("Psaki", "PERSON") in repaired  # the surname is the person's, whatever the model said
    assert all(not s.text.startswith("secretary") for s in doc.spans[SPAN_GROUP])
    assert repaired_entities(doc) == list(doc.spans[SPAN_GROUP])


def test_a_body_named_with_the_keeps_its_label_though_a_person_shares_a_word(nlp):
    """A person's name never takes "the": "the White House" stays a body after "Mark White", while
    a bare "White" after him is his."""
    doc = nlp("Mark White, a senator, spoke on Monday. The White House declined to comment, White said.")
    repaired = [(s.text, s.label_) for s in repaired_entities(doc)]
    assert ("White House", "PERSON") not in repaired
    assert ("White", "PERSON") in repaired


def test_token_labels_are_read_from_the_repaired_entities(nlp):
    """Stages ask a token's label and entity through the repairs: the model's "Psaki" label does
    not leak through, a trimmed title carries none, and labels repairs do not cover stay."""
    doc = nlp("White House press secretary Jen Psaki spoke on Monday. Later, Psaki said the talks went on.")
    psaki = [t for t in doc if t.text == "Psaki"]
    assert all(entity_label(t) == "PERSON" for t in psaki)
    assert [entity_span_of(t).text for t in psaki] == ["Jen Psaki", "Psaki"]
    assert entity_label(next(t for t in doc if t.text == "secretary")) == ""
    monday = next(t for t in doc if t.text == "Monday")
    assert entity_label(monday) == monday.ent_type_ == "DATE"
    assert entity_span_of(monday).text == "Monday"
    assert entity_span_of(next(t for t in doc if t.text == "talks")) is None


def test_a_name_particle_before_a_hyphen_stays_on_the_name(nlp):
    """ "al-Sistani" is one name; only prefixes like "pro-" are glued words."""
    doc = nlp("Ayatollah Ali al-Sistani spoke. Earlier on Friday, al-Sistani said parliament should act.")
    assert ("al-Sistani", "PERSON") in [(s.text, s.label_) for s in repaired_entities(doc)]


def test_a_company_short_name_the_model_called_a_person_stays_the_company(nlp):
    """After "Kestrel Brands", a bare "Kestrel" is the company's short name, and the company is
    no person, unless someone in the article has that word in their full name."""
    doc = nlp(
        "Brightwater Foods and Kestrel Brands said Monday they had agreed to merge. "
        "Dana Whitfield, Kestrel's chief executive, said the deal was good. Kestrel said it was glad."
    )
    repaired = [(s.text, s.label_) for s in repaired_entities(doc)]
    assert ("Kestrel Brands", "PERSON") not in repaired
    assert ("Kestrel", "PERSON") not in repaired


# ---- layout: datelines and headline lines, found once in cleaning ---------------------------


def test_layout_finds_the_headline_lines_and_the_dateline():
    text = "Mayor Vows Quick Repairs After Flood\nDES MOINES, Iowa — The city said on Monday it would pay."
    headlines = headline_lines(text)
    assert headlines == [(0, 36)]
    dateline = find_dateline(text, headlines)
    assert text[dateline[0] : dateline[1]] == "DES MOINES, Iowa —"
    assert dateline_place(text, dateline) == "Des Moines"
    assert layout_of("No dateline here. Just words.").dateline is None


# ---- the per-article index -------------------------------------------------------------------


def _indexed(nlp, text: str):
    doc = nlp(text)
    facts = extract_facts(doc, Article(article_id="a1", source="-", text=text))
    return doc, facts, PeopleIndex(facts.mentions, doc=doc)


def test_index_finds_the_mention_at_a_token_and_a_pronoun_antecedent(nlp):
    text = (
        "Marta Solis, the trade minister, opened the talks in Lisbon on Monday.\n\n"
        "She said the agreement was close."
    )
    doc, _, index = _indexed(nlp, text)
    solis = next(t for t in doc if t.text == "Solis")
    assert index.mention_at(solis).local_name == "Marta Solis"
    she = next(t for t in doc if t.text == "She")
    assert index.antecedent_at(she).local_name == "Marta Solis"
    assert index.mention_at(next(t for t in doc if t.text == "agreement")) is None


def test_a_pronoun_never_goes_to_a_name_of_the_other_gender(nlp):
    """'She' with only a man named before it has no antecedent; a given name written first as the
    surname ("Kim Jong Un" ... "Kim") does not rule its bearer out."""
    text = "Robert Haller opened the talks in Lisbon on Monday.\n\nShe said the agreement was close."
    doc, _, index = _indexed(nlp, text)
    assert index.antecedent_at(next(t for t in doc if t.text == "She")) is None
    text = (
        "Kim Jong Un opened the talks in Pyongyang on Monday. Kim spoke for an hour.\n\n"
        "He said the agreement was close."
    )
    doc, _, index = _indexed(nlp, text)
    assert index.antecedent_at(next(t for t in doc if t.text == "He")).local_name == "Kim Jong Un"


def test_quotes_keep_the_id_of_their_speakers_mention(nlp):
    text = (
        "Anna Petrova, the agency's spokeswoman, briefed reporters on Monday.\n\n"
        '"We are ready," she said. "The rest is up to them," Petrova added.'
    )
    _, facts, index = _indexed(nlp, text)
    by_id = {m.mention_id: m for m in facts.mentions}
    spoken = [q for q in facts.quotes if q.speaker == "Anna Petrova"]
    assert len(spoken) == 2
    for quote in spoken:  # "she" and "Petrova" both lead to a mention of Anna Petrova
        assert by_id[quote.speaker_mention_id].local_name == "Anna Petrova"
        assert "speaker_mention_id" in quote.to_json()
    assert all(q.speaker_mention_id is None for q in facts.quotes if not q.speaker)


def test_analyze_keeps_the_dateline_and_links_speakers_through_their_mention(tmp_path, settings):
    from newsprism.pipeline import analyze
    from newsprism.store.store import Store

    path = tmp_path / "story.txt"
    path.write_text(
        "Mayor Vows Quick Repairs After Flood\n\n"
        "ASHBY — Mayor Ann Kerr toured the flooded streets on Monday. The city said it would pay "
        "for the repairs.\n\n“We will rebuild every house,” Kerr said.",
        "utf-8",
    )
    store = Store(settings.db)
    summary = analyze([str(path)], store, settings)
    assert summary.ok
    article = next(store.articles())
    start, end = article.dateline
    assert article.text[start:end] == "ASHBY —"
    quote = next(q for q in store.quotes() if q.text.startswith("We will rebuild"))
    mention = next(
        m
        for m in store.mentions(article_ids=[article.article_id])
        if m.mention_id == quote.speaker_mention_id
    )
    assert mention.local_name == "Ann Kerr"
    assert quote.speaker_entity_id is not None and quote.speaker_entity_id == mention.entity_id


def test_speaker_resolution_names_the_speakers_mention(nlp):
    """A role noun, a pronoun and a continued turn each carry the id of the mention their speaker
    resolved to, out of resolution itself (the index is built before the quote stage)."""
    text = (
        "Maria Lopez, the mayor of Ashby, met Carlos Lopez, a farmer, on Tuesday.\n\n"
        '"We will rebuild the bridge," the mayor said. "It will take a year."\n\n'
        'Carlos Lopez disagreed. "Nobody asked us," he said.'
    )
    doc = nlp(text)
    index = index_article(doc, "a2")
    found = extract_quotes(doc, "a2", index=index)
    by_id = {m.mention_id: m for m in index.mentions}
    speakers = [(q.speaker, by_id[q.speaker_mention_id].local_name) for q in found if q.speaker]
    assert speakers == [
        ("Maria Lopez", "Maria Lopez"),
        ("Maria Lopez", "Maria Lopez"),
        ("Carlos Lopez", "Carlos Lopez"),
    ]


def test_a_name_fronted_before_a_pronoun_is_not_its_antecedent(nlp):
    """'Of Reyes, he said': the pronoun speaks about the fronted name; the person just quoted is
    still the speaker."""
    text = (
        "Tomas Brandt, the party's leader, spoke in Hamburg on Friday.\\n\\n"
        '"We will win," Brandt said. He said the campaign was going well.\\n\\n'
        'Of Carla Reyes, he said, "She has never run anything."'
    )
    found = extract_quotes(nlp(text), "a3")
    last = next(q for q in found if q.text.startswith("She has never"))
    assert last.speaker == "Tomas Brandt"


def test_the_role_apposition_pattern_finds_names_set_beside_a_role(nlp):
    doc = nlp(
        "Valentina Ortuzar, Chile's trade minister, spoke first. Later the minister, Rafael Duarte, "
        "spoke. Corvin Foods, a company in Ohio, stayed silent."
    )
    holders = {doc[i].text for i in role_holder_names(doc)}
    assert {"Ortuzar", "Duarte"} <= holders
    assert "Foods" not in holders
    assert names_a_role_holder(next(t for t in doc if t.text == "Ortuzar"))


# ---- the patterns the repairs read: shapes, on documents with a given parse ------------------


def _parsed(nlp, words, pos, heads, deps, ents=None):
    """A document with the tags, parse and entities given, so a pattern test checks the shape
    the pattern describes rather than one model's parse of one sentence."""
    return Doc(
        nlp.vocab, words=words, pos=pos, heads=heads, deps=deps, ents=ents, lemmas=[w.lower() for w in words]
    )


def test_the_title_before_name_pattern_finds_a_title_or_a_title_and_comma(nlp):
    words = ["Foreign", "Minister", "Yang", "Jiechi", "met", "his", "counterpart", ",", "Ana", "Ruiz", "."]
    doc = Doc(nlp.vocab, words=words)
    ends = {end for _, end in patterns.match("title_before_name", doc)}
    assert {3, 9} <= ends  # "Minister Yang", "counterpart , Ana"
    plain = Doc(
        nlp.vocab, words=["Visitors", "to", "Yang", "Jiechi", "met", "the", "bridge", ",", "Ana", "Ruiz"]
    )
    assert patterns.match("title_before_name", plain) == []


def test_a_name_after_a_title_is_a_person_whatever_the_model_labelled_it(nlp):
    """The repairs relabel a name the model called a place when a title stands before it, and
    leave it a place when nothing says it is a person."""
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    heads, deps = [3, 3, 3, 4, 4, 4], ["compound", "compound", "compound", "nsubj", "ROOT", "punct"]
    titled = _parsed(
        nlp,
        ["Foreign", "Minister", "Yang", "Jiechi", "arrived", "."],
        pos,
        heads,
        deps,
        ents=["O", "O", "B-GPE", "I-GPE", "O", "O"],
    )
    assert [(s.text, s.label_) for s in repaired_entities(titled)] == [("Yang Jiechi", "PERSON")]
    untitled = _parsed(
        nlp,
        ["Across", "from", "Yang", "Jiechi", "arrived", "."],
        ["ADP", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"],
        [4, 0, 3, 1, 4, 4],
        ["prep", "prep", "compound", "pobj", "ROOT", "punct"],
        ents=["O", "O", "B-GPE", "I-GPE", "O", "O"],
    )
    assert [(s.text, s.label_) for s in repaired_entities(untitled)] == [("Yang Jiechi", "GPE")]


def test_the_title_apposition_pattern_finds_a_title_beside_a_name_either_way(nlp):
    words = ["His", "counterpart", ",", "Ana", "Ruiz", ",", "spoke", "."]
    pos = ["PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    heads = [1, 6, 1, 4, 1, 1, 6, 6]
    deps = ["poss", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"]
    doc = _parsed(nlp, words, pos, heads, deps)
    assert (4, 1) in patterns.match("title_apposition", doc)  # the name is the title's appositive
    flipped = _parsed(
        nlp,
        ["Ana", "Ruiz", ",", "the", "minister", ",", "spoke", "."],
        ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
        [1, 6, 1, 4, 1, 1, 6, 6],
        ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"],
    )
    assert (1, 4) in patterns.match("title_apposition", flipped)  # the title is the name's
    bridge = _parsed(
        nlp,
        ["The", "bridge", ",", "Ana", "Ruiz", ",", "opened", "."],
        ["DET", *pos[1:]],
        heads,
        ["det", *deps[1:]],
    )
    assert patterns.match("title_apposition", bridge) == []


def test_an_aide_titled_after_the_office_she_serves_does_not_hold_it(nlp):
    """ "Counselor to the President Jane Morrow" is no president: "the president said" is the
    president's, not hers (two presidents would leave the quote without a speaker)."""
    text = (
        "Counselor to the President Jane Morrow defended President Tom Hallow on Sunday.\n\n"
        '"We will continue to investigate," the president said.'
    )
    quotes = extract_quotes(nlp(text), "a")
    assert [q.speaker for q in quotes] == ["Tom Hallow"]
