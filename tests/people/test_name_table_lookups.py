"""The people table's lookups made once (speed49): the same answers as the plain definitions."""

from newsprism.people import role_words
from newsprism.people.name_keys import NameKeys
from newsprism.quotes import rules


def _ends_in_title_plainly(words: list[str]) -> bool:
    """``ends_in_title`` as first written: every title tried in turn."""
    whole = f" {' '.join(words)}"
    return any(
        (" " not in title and words[-1] == title) or (" " in title and whole.endswith(f" {title}"))
        for title in role_words.titles()
        if title.split()[-1] == words[-1]
    )


def test_ends_in_title_reads_titles_by_last_word():
    phrases = [
        "former trade minister",
        "secretary of state",
        "the iowa state",
        "first lady",
        "lady",
        "national security council spokesman",
        "rear adm.",
        "dr.",
        "harbour master plan",
        "chief",
    ]
    for phrase in phrases:
        words = phrase.split()
        assert role_words.ends_in_title(words) == _ends_in_title_plainly(words), phrase
    assert role_words.ends_in_title("deputy secretary of state".split())
    assert not role_words.ends_in_title("secretary of state farm".split())
    assert not role_words.ends_in_title([])


def test_word_set_folds_as_the_table_keys_do():
    assert NameKeys.word_set("Dara O’Lenny") == frozenset({"dara", "o'lenny"})
    assert NameKeys.word_set("Dara O'Lenny") == NameKeys.word_set("Dara O’Lenny")
    with rules.switched_off(["apostrophe_names"]):
        assert NameKeys.word_set("Dara O’Lenny") == frozenset({"dara", "o’lenny"})
