"""Word roles: the parse's part of speech and dependency label of content words, kept with the
article so the comparison can read them without a parse."""

import json
import re

from newsprism.nlp.word_roles import word_roles
from newsprism.pipeline import analyze
from newsprism.store.store import Store


def test_content_words_keep_their_part_of_speech_and_label_and_names_do_not(nlp):
    text = "The defiant mayor of Dunmore was furious after the vote."
    found = word_roles(nlp(text))
    roles = {re.match(r"\w+", text[start:]).group(): (pos, dep) for start, pos, dep, _ in found}
    assert roles["defiant"] == ("ADJ", "amod")
    assert roles["furious"] == ("ADJ", "acomp")
    assert roles["mayor"][0] == "NOUN"
    assert "Dunmore" not in roles and "The" not in roles


def test_a_predicate_keeps_its_head_and_its_subject_is_kept_whatever_its_part_of_speech(nlp):
    text = "She was furious, and his reply was curt."
    found = {
        re.match(r"\w+", text[start:]).group(): (dep, head) for start, _, dep, head in word_roles(nlp(text))
    }
    assert found["She"][0] == "nsubj" and found["his"][0] == "poss"
    assert found["his"][1] == text.index("reply")  # the possessor points at what it owns
    assert found["furious"][1] == found["She"][1]  # predicate and subject share their verb


def test_an_analysed_article_is_stored_with_its_word_roles_and_lists_none(settings, tmp_path):
    text = "The reckless councillor vetoed the budget on Tuesday. Residents were angry."
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "r1", "outlet": "Daily Example", "text": text}) + "\n", "utf-8")
    store = Store(settings.db)
    try:
        analyze([str(source)], store, settings)
        article = next(store.articles(ids=["r1"]))
    finally:
        store.close()
    starts = {start: (pos, dep) for start, pos, dep, _ in article.word_roles}
    assert starts[text.index("reckless")] == ("ADJ", "amod")
    assert starts[text.index("vetoed")][0] == "VERB"
    assert "word_roles" not in article.to_json()  # parse detail, no reader's field
