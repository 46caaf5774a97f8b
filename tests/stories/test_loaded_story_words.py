"""A noun labelling a person that most of the story's outlets write ("accuser" for the women making
the allegations, two outlets of three) is the story's word for that kind of actor, not one outlet's
framing: it stays in the full list, below the default view's floor. An evaluative adjective most
outlets write ("testy") is still each one's characterisation, and a label noun only a minority of
the outlets write still counts as theirs."""

from newsprism.stories.compare_text import sentences
from newsprism.stories.loaded import SHOWN_FLOOR, ArticleWords, evaluative_lexicon, loaded_words

TEXT = "A third accuser came forward on Monday after a testy hearing before the committee."


def _items(outlets: int, elsewhere: float) -> dict[str, dict]:
    lexicon = evaluative_lexicon()
    words = ArticleWords("a", TEXT, sentences("a", TEXT), [], [], [], lexicon.matches(TEXT))
    words.outlets = outlets
    return {
        item["text"]: item for item in loaded_words(words, lambda key: elsewhere, {}, lexicon, limit=None)
    }


def test_a_label_noun_most_outlets_write_is_the_story_word():
    most = _items(3, 0.5)  # this outlet and one of the two others: two of three
    assert "the story's word" in most["accuser"]["why"], most
    assert most["accuser"]["score"] < SHOWN_FLOOR
    assert "the story's word" not in most["testy"]["why"]
    few = _items(5, 0.25)  # this outlet and one of the four others: two of five
    assert "the story's word" not in few["accuser"]["why"]
    assert few["accuser"]["score"] > most["accuser"]["score"]
    assert "the story's word" not in _items(0, 0.5)["accuser"]["why"]  # outlets not known
