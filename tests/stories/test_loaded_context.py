"""Loaded words read with their neighbours: a fixed plain term ("brand new", "pleaded guilty")."""

from newsprism.stories.compare_text import sentences
from newsprism.stories.loaded import ArticleWords, evaluative_lexicon, loaded_words
from newsprism.stories.loaded_context import fixed_term


def _words(text: str) -> ArticleWords:
    lexicon = evaluative_lexicon()
    return ArticleWords("a", text, sentences("a", text), [], [], [], lexicon.matches(text))


def _term(text: str, word: str) -> str:
    start = text.index(word)
    return fixed_term(text, start, start + len(word))


def test_a_word_inside_a_fixed_term_is_found_through_its_inflections():
    assert _term("The vendor must write brand new firmware.", "brand") == "brand new"
    assert _term("The clerk pleaded guilty on Tuesday.", "pleaded") == "pleaded guilty"
    assert _term("She will plead the Fifth tomorrow.", "plead") == "plead the Fifth"
    assert _term("Bills piled up in the lame-duck session.", "lame-duck") == "lame-duck session"
    assert _term("The motion was voted down outright, as expected.", "outright") == "voted down outright"


def test_the_same_word_standing_alone_or_in_another_sense_is_no_term():
    assert _term("The harbour board pleaded for a delay.", "pleaded") == ""
    assert _term("A lame-duck mayor signed it.", "lame-duck") == ""
    assert _term("It is a new brand of politics.", "brand") == ""
    assert _term("The outright winner was named.", "outright") == ""


def test_a_lexicon_word_in_a_fixed_term_ranks_below_the_same_word_alone():
    lexicon = evaluative_lexicon()
    term = "The clerk pleaded guilty to the charge on Monday."
    alone = "The clerk pleaded with the council on Monday."
    low = loaded_words(_words(term), lambda key: 0.0, {}, lexicon, limit=None)
    high = loaded_words(_words(alone), lambda key: 0.0, {}, lexicon, limit=None)
    low_word = [i for i in low if i["text"] == "pleaded"]
    high_word = [i for i in high if i["text"] == "pleaded"]
    assert low_word and high_word, (low, high)
    assert low_word[0]["score"] < high_word[0]["score"]
    assert "plain term “pleaded guilty”" in low_word[0]["why"]
    assert "plain term" not in high_word[0]["why"]
