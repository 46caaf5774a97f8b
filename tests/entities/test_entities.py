"""The entity stage: mentions inside an article, then entities across articles (real model, real SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.entities import (
    entity_profile,
    extract_mentions,
    link_articles,
    load_alias_rules,
    rebuild_entities,
)
from newsprism.errors import InputError, NotFoundError
from newsprism.models import Article, Event, Extraction, Quote
from newsprism.store.store import Store


def _mentions(nlp, text: str, article_id: str = "a1"):
    article = Article(article_id=article_id, source=f"{article_id}.txt", text=text)
    return extract_mentions(nlp(text), article)


def _persons(nlp, text: str) -> dict[str, str]:
    return {m.text: m.local_name for m in _mentions(nlp, text) if m.label == "PERSON"}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "entities.db"))


def _add(store: Store, nlp, texts: dict[str, str], aliases=None, quotes=None, events=None) -> None:
    """Parse, store and link invented articles, as the pipeline does."""
    for article_id, text in texts.items():
        article = Article(
            article_id=article_id, source=f"{article_id}.txt", text=text, outlet=f"out-{article_id}"
        )
        found = Extraction(
            mentions=extract_mentions(nlp(text), article),
            quotes=(quotes or {}).get(article_id, []),
            events=(events or {}).get(article_id, []),
        )
        store.save_article(article, found)
    link_articles(store, list(texts), aliases)


def _entity_of(store: Store, text: str, article_id: str) -> str | None:
    ids = {m.entity_id for m in store.mentions(article_ids=[article_id]) if m.text == text}
    assert len(ids) == 1, (text, ids)
    return ids.pop()


# ---- inside one article ------------------------------------------------------------------------


def test_titles_and_possessives_are_split_off(nlp):
    text = (
        "Senate Majority Leader Harold Whitcombe met Prime Minister Anneli Korhonen on Tuesday. "
        "Whitcombe's aides said the talks went well, and Mr. Whitcombe later praised Ms. Korhonen."
    )
    found = {m.text: m for m in _mentions(nlp, text) if m.label == "PERSON"}
    assert "Harold Whitcombe" in found and "Anneli Korhonen" in found
    assert "Whitcombe's" not in found and "Mr. Whitcombe" not in found
    assert any("Majority Leader" in role for role in found["Harold Whitcombe"].roles)
    assert any("Prime Minister" in role for role in found["Anneli Korhonen"].roles)
    assert found["Whitcombe"].local_name == "Harold Whitcombe"
    assert all(text[m.start : m.end] == m.text for m in _mentions(nlp, text))  # offsets hold the name
    assert found["Korhonen"].local_name == "Anneli Korhonen"


def test_appositive_descriptors_become_roles(nlp):
    text = (
        "The minister's senior adviser, Tomas Varga, said the plan was ready. "
        "Livia Marchetti, the spokeswoman for the ministry, declined to comment."
    )
    found = {m.text: m for m in _mentions(nlp, text) if m.label == "PERSON"}
    assert any("adviser" in role for role in found["Tomas Varga"].roles)
    assert any(role.startswith("spokeswoman for the ministry") for role in found["Livia Marchetti"].roles)


def test_caption_prefix_and_headline_debris_are_rejected(nlp):
    text = (
        "BORDER TALKS COLLAPSE AS MINISTERS WALK OUT\n"
        "FILE - Chinese President Xi Jinping attends a meeting in Beijing.\n"
        "Xi told reporters the talks would go on."
    )
    mentions = _mentions(nlp, text)
    texts = {m.text for m in mentions}
    assert not any("FILE" in t or "\n" in t or t.isupper() and len(t.split()) > 2 for t in texts)
    assert {m.local_name for m in mentions if m.text == "Xi"} == {"Xi Jinping"}


def test_a_hover_cards_full_name_after_a_name_is_cut_off(nlp):
    text = (
        "Leaders continued to negotiate, said Sen. Ted Cruz Rafael (Ted) Edward CruzWarren goes local.\n\n"
        "Hillary Rodham Clinton spoke later. Clinton said it was fine."
    )
    persons = _persons(nlp, text)
    assert persons["Ted Cruz"] == "Ted Cruz"
    assert not any(name.endswith("Rafael") for name in persons.values())
    assert persons["Hillary Rodham Clinton"] == "Hillary Rodham Clinton"  # no card after it
    text = (
        "Attorney General Jeff Sessions Jefferson Beauregard SessionsSessions faces grilling.\n\n"
        "Allies of Sessions have reportedly said he would stay."
    )
    assert _persons(nlp, text)["Sessions"] == "Jeff Sessions"  # the surname of the name, not the card


def test_two_people_with_one_surname_stay_apart_in_an_article(nlp):
    text = (
        "Former President George W. Bush campaigned for his brother Jeb Bush in Miami on Saturday. "
        "Jeb Bush thanked the crowd. Later, Bush told reporters he was proud of his brother."
    )
    persons = [m for m in _mentions(nlp, text) if m.label == "PERSON"]
    assert {"George W. Bush", "Jeb Bush"} <= {m.local_name for m in persons}
    last = [m for m in persons if m.text == "Bush"][-1]
    assert last.local_name == "George W. Bush"  # a bare surname: the person the article is about


def test_titles_tell_apart_people_with_one_surname(nlp):
    text = (
        "Margaret Holloway and her husband, Richard Holloway, opened the new hospital wing on Monday. "
        "Mrs. Holloway thanked the nurses, and Mr. Holloway spoke about the donors."
    )
    persons = {m.text + str(m.start): m for m in _mentions(nlp, text) if m.label == "PERSON"}
    by_text = {m.text: m.local_name for m in persons.values() if m.text == "Holloway"}
    assert by_text  # the bare surnames were found
    first, second = sorted((m for m in persons.values() if m.text == "Holloway"), key=lambda m: m.start)
    assert first.local_name == "Margaret Holloway" and second.local_name == "Richard Holloway"


def test_surname_the_model_missed_is_caught(nlp):
    text = (
        "Ukrainian President Volodymyr Zelenskiy met the envoy on Monday. "
        "Zelenskiy said the talks were useful, and Zelenskiy promised more."
    )
    persons = [m for m in _mentions(nlp, text) if m.label == "PERSON"]
    assert sum(1 for m in persons if m.local_name == "Volodymyr Zelenskiy") == 3


# ---- across articles ---------------------------------------------------------------------------


def test_transliteration_variants_merge(store, nlp):
    _add(
        store,
        nlp,
        {
            "a1": "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv. Zelenskyy thanked allies.",
            "a2": "Ukrainian President Volodymyr Zelenskiy visited the front. Zelenskiy met soldiers.",
            "a3": "President Volodymyr Zelensky addressed parliament on Friday, and Zelensky asked for aid.",
        },
    )
    ids = {_entity_of(store, t, a) for t, a in [("Zelenskyy", "a1"), ("Zelenskiy", "a2"), ("Zelensky", "a3")]}
    assert len(ids) == 1 and None not in ids
    entity = next(store.entities(ids=list(ids)))
    assert {"Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelensky"} <= set(entity.aliases)
    assert entity.articles == 3


def test_people_sharing_a_surname_never_merge(store, nlp):
    _add(
        store,
        nlp,
        {
            "b1": "Former President George W. Bush opened a library in Dallas. Bush spoke for an hour.",
            "b2": "Jeb Bush, the former governor of Florida, criticised the plan. Bush said it would fail.",
            "b3": "Donald Trump held a rally in Ohio on Monday. Trump said he would win the state.",
            "b4": "Donald Trump Jr. spoke at the convention. Trump Jr. praised his father's record.",
        },
    )
    george, jeb = _entity_of(store, "George W. Bush", "b1"), _entity_of(store, "Jeb Bush", "b2")
    assert george and jeb and george != jeb
    trump, junior = _entity_of(store, "Donald Trump", "b3"), _entity_of(store, "Donald Trump Jr.", "b4")
    assert trump and junior and trump != junior
    assert _entity_of(store, "Trump Jr.", "b4") == junior


def test_ambiguous_bare_surname_is_left_unlinked(store, nlp):
    _add(
        store,
        nlp,
        {
            "c1": "Former President George W. Bush opened a library in Dallas on Friday.",
            "c2": "Jeb Bush, the former governor of Florida, spoke in Tampa on Friday.",
        },
    )
    _add(store, nlp, {"c3": "A spokesman for Bush declined to comment, and Bush was not seen in public."})
    assert _entity_of(store, "Bush", "c3") is None


def test_bare_surname_links_to_the_only_person_of_that_name(store, nlp):
    _add(store, nlp, {"d1": "Russian President Vladimir Putin met the envoy in Moscow on Tuesday."})
    _add(store, nlp, {"d2": "The Kremlin said Mr. Putin would travel to Beijing next month."})
    assert _entity_of(store, "Putin", "d2") == _entity_of(store, "Vladimir Putin", "d1")


def test_organisations_merge_with_acronyms_and_places_with_abbreviations(store, nlp):
    _add(
        store,
        nlp,
        {
            "e1": "The Chinese Communist Party (CCP) met in Beijing. The U.S. criticised the meeting.",
            "e2": "Officials of the CCP rejected the report. The United States said it would respond.",
            "e3": "The Chinese Communist Party said America was to blame, and the US disagreed.",
        },
    )
    ccp = _entity_of(store, "CCP", "e2")
    assert ccp and ccp == _entity_of(store, "Chinese Communist Party", "e1")
    assert ccp == _entity_of(store, "Chinese Communist Party", "e3")
    us = _entity_of(store, "U.S.", "e1")
    assert us and us == _entity_of(store, "United States", "e2") == _entity_of(store, "America", "e3")
    assert next(store.entities(ids=[us])).name == "United States"


def test_demonym_is_related_to_its_place_not_merged(store, nlp):
    _add(store, nlp, {"f1": "Chinese officials met in China on Monday, and Chinese diplomats stayed home."})
    chinese, china = _entity_of(store, "Chinese", "f1"), _entity_of(store, "China", "f1")
    assert chinese != china
    entity = next(store.entities(ids=[chinese]))
    assert entity.type == "NORP" and entity.related["demonym_of"] == china


def test_ids_are_stable_when_new_articles_arrive(store, nlp):
    _add(store, nlp, {"g1": "Senator Marisol Quintero spoke in Denver. Quintero promised a vote."})
    first = _entity_of(store, "Marisol Quintero", "g1")
    _add(
        store,
        nlp,
        {
            "g2": "Marisol Quintero, the senator from Colorado, voted no. Quintero explained why.",
            "g3": "Governor Rafael Quintero signed the bill. Quintero called it historic.",
        },
    )
    assert _entity_of(store, "Marisol Quintero", "g2") == first
    assert _entity_of(store, "Rafael Quintero", "g3") not in (None, first)
    entity = next(store.entities(ids=[first]))
    assert entity.mentions == 4 and entity.articles == 2


def test_counts_follow_a_reanalysed_article(store, nlp):
    _add(
        store,
        nlp,
        {
            "g1": "Senator Marisol Quintero spoke in Denver. Quintero promised a vote.",
            "g2": "Marisol Quintero voted no. Governor Alan Pike signed the bill.",
        },
    )
    senator = _entity_of(store, "Marisol Quintero", "g1")
    assert next(store.entities(ids=[senator])).mentions == 3
    # g2 is corrected: the senator is gone from it, the governor is named twice
    _add(store, nlp, {"g2": "Governor Alan Pike signed the bill. Pike called it a good day."})
    quintero = next(store.entities(ids=[senator]))
    assert (quintero.mentions, quintero.articles) == (2, 1)
    pike = next(store.entities(ids=[_entity_of(store, "Alan Pike", "g2")]))
    assert (pike.mentions, pike.articles) == (2, 1)


def test_alias_file_forces_merge_and_split(store, nlp, tmp_path):
    rules = tmp_path / "aliases.yaml"
    rules.write_text(
        "merge:\n  - [Volodymyr Zelenskyy, Wolodymyr Selenskyj]\n"
        "split:\n  - [Anna Lindqvist, Anna M. Lindqvist]\n",
        "utf-8",
    )
    aliases = load_alias_rules(rules)
    _add(
        store,
        nlp,
        {
            "h1": "President Volodymyr Zelenskyy spoke in Kyiv on Monday.",
            "h2": "Ukrainian President Wolodymyr Selenskyj told reporters in Berlin that Selenskyj would return.",
            "h3": "Anna Lindqvist, a lawyer, filed the case in Stockholm on Monday.",
            "h4": "Anna M. Lindqvist, a judge, rejected the case in Uppsala on Friday.",
        },
        aliases=aliases,
    )
    merged = _entity_of(store, "Volodymyr Zelenskyy", "h1")
    assert merged and merged == _entity_of(store, "Wolodymyr Selenskyj", "h2")
    assert next(store.entities(ids=[merged])).name == "Volodymyr Zelenskyy"
    assert _entity_of(store, "Anna Lindqvist", "h3") != _entity_of(store, "Anna M. Lindqvist", "h4")


def test_alias_file_csv_and_errors(tmp_path):
    good = tmp_path / "aliases.csv"
    good.write_text("merge,Chinese Communist Party,CPC\nsplit,George W. Bush,George H. W. Bush\n", "utf-8")
    rules = load_alias_rules(good)
    assert rules.canonical(["CPC"]) == "Chinese Communist Party"
    assert rules.kept_apart(["George W. Bush"], ["George H. W. Bush"])
    bad = tmp_path / "bad.yaml"
    bad.write_text("merge: 5\nother: []\n", "utf-8")
    with pytest.raises(InputError):
        load_alias_rules(bad)
    with pytest.raises(InputError):
        load_alias_rules(tmp_path / "missing.yaml")


def test_quote_speakers_get_the_canonical_entity_and_profile(store, nlp):
    text = (
        "National Security Council spokesman John Kirby spoke on Friday. "
        "\u201cWe are watching closely,\u201d Kirby said."
    )
    start = text.index("We are")
    quote = Quote(
        article_id="q1",
        text="We are watching closely,",
        start=start,
        end=start + 24,
        kind="direct",
        speaker="Kirby",
        quote_id="q1:q0",
    )
    _add(store, nlp, {"q1": text}, quotes={"q1": [quote]})
    _add(store, nlp, {"q2": "John Kirby met Antony Blinken in Washington."})
    stored = next(store.quotes(article_ids=["q1"]))
    kirby = _entity_of(store, "John Kirby", "q1")
    assert stored.speaker_entity_id == kirby and stored.speaker == "John Kirby"
    profile = entity_profile(store, "kirby")
    assert profile["entity_id"] == kirby and profile["articles"] == 2
    assert len(profile["quotes"]) == 1 and profile["outlets"] == {"out-q1": 1, "out-q2": 1}
    assert "Antony Blinken" in {other["name"] for other in profile["co_occurring"]}
    with pytest.raises(NotFoundError):
        entity_profile(store, "Nobody Atall")


def test_event_actors_get_entity_ids(store, nlp):
    text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. Putin praised Xi."
    start = text.index("Putin praised")
    event = Event(
        article_id="v1",
        type="CONSULT",
        start=start,
        end=len(text),
        sentence=text[start:],
        actors=["Putin"],
        recipients=["President Xi"],
        event_id="v1:e0",
    )
    _add(store, nlp, {"v1": text}, events={"v1": [event]})
    stored = next(store.events(article_ids=["v1"]))
    assert stored.actor_entity_ids == [_entity_of(store, "Vladimir Putin", "v1")]
    assert stored.recipient_entity_ids == [_entity_of(store, "Xi Jinping", "v1")]


def test_rebuild_applies_a_new_alias_file_to_stored_articles(store, nlp, tmp_path):
    texts = {
        "r1": "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv on Monday.",
        "r2": "Ukrainian President Wolodymyr Selenskyj told reporters in Berlin that Selenskyj would return.",
    }
    _add(store, nlp, texts)
    before = _entity_of(store, "Volodymyr Zelenskyy", "r1")
    assert before != _entity_of(store, "Wolodymyr Selenskyj", "r2")
    rules = tmp_path / "aliases.csv"
    rules.write_text("merge,Volodymyr Zelenskyy,Wolodymyr Selenskyj\n", "utf-8")
    assert rebuild_entities(store, load_alias_rules(rules)) == 2
    merged = _entity_of(store, "Volodymyr Zelenskyy", "r1")
    assert merged == before == _entity_of(store, "Wolodymyr Selenskyj", "r2")
    assert next(store.entities(ids=[merged])).mentions == 3


# ---- evaluation ------------------------------------------------------------------------------


def test_gold_markup_and_b_cubed():
    from newsprism.evaluation.entities import b_cubed, parse_gold

    text, spans = parse_gold("[[Mr. Lee|lee]] met [[Ann Ray|ray]].")
    assert text == "Mr. Lee met Ann Ray."
    assert [(text[s:e], c) for s, e, c in spans] == [("Lee", "lee"), ("Ann Ray", "ray")]
    gold = {1: "a", 2: "a", 3: "b"}
    assert b_cubed(gold, {1: "x", 2: "x", 3: "y"}) == (1.0, 1.0, 1.0)
    precision, recall, _ = b_cubed(gold, {1: "x", 2: "x", 3: "x"})
    assert recall == 1.0 and precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_never_tuned_gold_split_scores_high(nlp):
    from rich.console import Console

    from newsprism.evaluation.entities import GOLD, score_gold_split

    folder = GOLD / "heldout2"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not present")
    result = score_gold_split(nlp, folder, verbose=False, console=Console(quiet=True))
    assert result["mentions"] >= 40
    assert result["b3_f1"] >= 0.9


def test_a_title_beside_a_name_is_its_role_and_another_noun_is_not(nlp):
    """The ``title_apposition`` / ``title_before_name`` patterns: "his counterpart, X" gives X the
    role; "the bridge, X said" names no role."""
    found = {
        m.text: m for m in _mentions(nlp, "Putin spoke with his counterpart, Volodymyr Zelenskiy, on Friday.")
    }
    assert any("counterpart" in role for role in found["Volodymyr Zelenskiy"].roles)
    found = {
        m.text: m for m in _mentions(nlp, "They crossed the bridge, Volodymyr Zelenskiy said on Friday.")
    }
    assert not any("bridge" in role for m in found.values() for role in m.roles)
