"""Loaded words weighed by how they stand in their sentence (the stored parse): a noun that is
the sentence's subject names its topic and seldom frames an actor."""

from newsprism.nlp.word_roles import word_roles
from newsprism.stories.compare_text import sentences
from newsprism.stories.loaded import ArticleWords, evaluative_lexicon, loaded_words
from newsprism.stories.loaded_roles import ROLE_WEIGHT, WordRoles


def _scores(nlp, text: str, parsed: bool = True) -> dict[str, dict]:
    lexicon = evaluative_lexicon()
    words = ArticleWords("a", text, sentences("a", text), [], [], [], lexicon.matches(text))
    words.word_roles = word_roles(nlp(text)) if parsed else None
    return {item["text"]: item for item in loaded_words(words, lambda key: 0.0, {}, lexicon, limit=None)}


def test_a_noun_the_sentence_is_about_weighs_less_than_the_same_noun_as_an_object(nlp):
    subject = _scores(nlp, "A firestorm followed the mayor's remarks about the harbour.")["firestorm"]
    verb_object = _scores(nlp, "The mayor's remarks about the harbour started a firestorm.")["firestorm"]
    assert subject["score"] < verb_object["score"] * 0.5
    assert "subject" in subject["why"] and "subject" not in verb_object["why"]


def test_an_adjective_keeps_its_weight_before_a_noun_and_after_was(nlp):
    before = _scores(nlp, "A defiant mayor closed the old library on Friday.")["defiant"]
    after = _scores(nlp, "The mayor was defiant and closed the old library on Friday.")["defiant"]
    assert "subject" not in before["why"] and "subject" not in after["why"]


def test_an_article_stored_without_roles_ranks_as_before(nlp):
    text = "A firestorm followed the mayor's remarks about the harbour."
    plain = _scores(nlp, text, parsed=False)["firestorm"]
    assert "subject" not in plain["why"]
    assert plain["score"] > _scores(nlp, text)["firestorm"]["score"]


def test_a_phrase_takes_the_role_of_its_last_word():
    roles = WordRoles([[10, "ADV", "advmod"], [17, "NOUN", "nsubj"], [40, "NOUN", "dobj"]])
    assert roles.last_word(10, 30) == ("NOUN", "nsubj")
    assert roles.weak(10, 30) and not roles.weak(40, 45)
    assert roles.last_word(0, 9) is None
    assert 0 < ROLE_WEIGHT < 1
