"""stories.compare_labels.top_phrases: labels tied in count are listed by their words, so the
compare output is the same in every process (a set's order changes with the hash seed)."""

from __future__ import annotations

from collections import Counter

from newsprism.stories.compare_labels import top_phrases


def test_tied_labels_come_in_the_order_of_their_words_whatever_order_they_were_met():
    met_one_way = Counter(["former Vice President", "Vice President", "candidate", "candidate"])
    met_other_way = Counter(["Vice President", "candidate", "former Vice President", "candidate"])
    expected = {"candidate": 2, "Vice President": 1, "former Vice President": 1}
    assert list(top_phrases(met_one_way, None).items()) == list(expected.items())
    assert list(top_phrases(met_other_way, None).items()) == list(expected.items())
    assert list(top_phrases(met_other_way, 2)) == ["candidate", "Vice President"]
