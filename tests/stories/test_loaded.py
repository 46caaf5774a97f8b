"""Loaded words: candidates (lexicon words, rare adverbs, quoted words) and the default shortlist."""

from newsprism.stories.compare_text import sentences
from newsprism.stories.loaded import ArticleWords, evaluative_lexicon, loaded_words, shortlist


def _words(text: str, quotes=()) -> ArticleWords:
    lexicon = evaluative_lexicon()
    return ArticleWords("a", text, sentences("a", text), list(quotes), [], [], lexicon.matches(text))


def test_a_rare_manner_adverb_is_a_candidate_and_common_ly_words_are_not():
    lexicon = evaluative_lexicon()
    assert lexicon.rare_adverb("pityingly") and lexicon.rare_adverb("stiffly")
    for word in ("only", "family", "early", "daily", "recently", "Italy"):
        assert not lexicon.rare_adverb(word), word
    text = "The senator answered stiffly and left the room early on Monday."
    found = loaded_words(_words(text), lambda key: 0.0, {}, lexicon)
    assert [item["text"] for item in found] == ["stiffly"]


def test_words_the_others_use_rank_below_words_only_this_outlet_uses():
    text = "The governor slammed the plan and called it a disastrous giveaway."
    lexicon = evaluative_lexicon()
    alone = loaded_words(_words(text), lambda key: 0.0, {}, lexicon)
    shared = loaded_words(_words(text), lambda key: 1.0, {}, lexicon)
    assert alone and {i["text"] for i in alone} == {i["text"] for i in shared}
    assert all(a["score"] > s["score"] for a, s in zip(alone, shared, strict=True))
    assert "no other outlet uses" in alone[0]["why"]


def test_a_word_inside_a_quotation_is_kept_and_marked():
    text = "Mr. Lane said the deal was “a disastrous giveaway” to the banks."
    quote = (text.index("“"), text.index("”") + 1)
    found = loaded_words(_words(text, [quote]), lambda key: 0.0, {}, evaluative_lexicon())
    word = next(item for item in found if item["text"] == "disastrous")
    assert "quotation" in word["why"]


def test_the_shortlist_keeps_the_strongest_within_the_cap():
    items = [{"score": s} for s in (2.0, 1.5, 1.2, 1.0, 0.5, 0.2)]
    assert [i["score"] for i in shortlist(items, 10)] == [2.0, 1.5, 1.2]
    assert [i["score"] for i in shortlist(items, 2)] == [2.0, 1.5]
    assert shortlist([], 10) == []
