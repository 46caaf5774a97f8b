"""The noun-table prefilter (verb_words._key_words) answers as the full walk does: a noun whose
forms head no key names nothing, and compound, "X of Y" and hyphenated keys are still found."""

from newsprism.events import verb_words
from newsprism.events.verb_words import noun_entry

TABLE = {
    "border skirmish": ("FIGHT", None),
    "wave of arrests": ("COERCE", "arrest"),
    "teach-in": ("PROTEST", "demo"),
    "walkout": ("PROTEST", "strike"),
}
TEXT = (
    "Dorvan Pell said a border skirmish near Ostrava followed the wave of arrests, and students "
    "held a teach-in before the walkout at the Kelmar plant."
)


def _walked(noun, table):
    """noun_entry with every noun's forms let through the prefilter (the walk alone)."""
    saved = verb_words._key_words
    verb_words._key_words = lambda _table: frozenset({noun.lemma_.lower(), noun.lower_})
    try:
        return noun_entry(noun, table)
    finally:
        verb_words._key_words = saved


def test_prefilter_answers_as_the_walk(nlp):
    doc = nlp(TEXT)
    found = {}
    for token in doc:
        assert noun_entry(token, TABLE) == _walked(token, TABLE), token.text
        if noun_entry(token, TABLE):
            found[token.lower_] = noun_entry(token, TABLE)
    assert found.get("skirmish") == ("FIGHT", None)  # a compound key, by its last word
    assert found.get("walkout") == ("PROTEST", "strike")


def test_key_words_hold_every_part():
    words = verb_words._key_words(TABLE)
    assert {"border", "skirmish", "wave", "of", "arrests", "teach-in", "teach", "in"} <= words
