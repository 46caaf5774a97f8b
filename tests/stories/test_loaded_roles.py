"""Loaded words weighed by how they stand in their sentence (the stored parse): a noun that is
the sentence's subject names its topic and seldom frames an actor."""

from newsprism.nlp.word_roles import word_roles
from newsprism.stories.compare_text import sentences
from newsprism.stories.loaded import ArticleWords, evaluative_lexicon, loaded_words
from newsprism.stories.loaded_roles import ROLE_WEIGHT, WordRoles


def _scores(nlp, text: str, parsed: bool = True, actor: str = "") -> dict[str, dict]:
    lexicon = evaluative_lexicon()
    at = text.find(actor) if actor else -1
    actors = [(at, at + len(actor), actor, "E1")] if at >= 0 else []
    words = ArticleWords("a", text, sentences("a", text), [], actors, [], lexicon.matches(text))
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


def test_a_predicate_adjective_weighs_less_said_of_a_thing_than_of_an_actor_or_their_act(nlp):
    # Invented sentences: the same adjective after "was", said of a plan, of a named main actor,
    # of a person by pronoun, and of what an actor owns.
    plan = _scores(nlp, "The harbour plan was reckless, the council said on Monday.")["reckless"]
    named = _scores(nlp, "Mayor Quill was reckless, the council said on Monday.", actor="Quill")["reckless"]
    pronoun = _scores(nlp, "She was reckless, the council said on Monday.")["reckless"]
    owned = _scores(nlp, "Her plan was reckless, the council said on Monday.")["reckless"]
    assert plan["score"] < 0.5 * named["score"] and "not of a main actor" in plan["why"]
    for item in (named, pronoun, owned):
        assert "not of a main actor" not in item["why"], item


def test_roles_stored_without_heads_read_as_before():
    old = WordRoles([[0, "NOUN", "nsubj"], [9, "ADJ", "acomp"]], [], "Plans are rash.")
    assert old.predicate_subject(9, 13) is None and old.weak(9, 13) == ""
    new = WordRoles(
        [[0, "NOUN", "nsubj", 6], [6, "AUX", "ROOT", 6], [10, "ADJ", "acomp", 6]], [], "Plans are rash."
    )
    assert new.predicate_subject(10, 14) == "" and new.weak(10, 14)
