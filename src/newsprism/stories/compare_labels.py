"""Labels: the words an outlet puts before an actor's name ("Chinese communist leader Xi" against
"Chinese President Xi"), and the role phrases the entity stage found for each mention.

A label must end in a role (``roles.txt``) or a label noun (``label_nouns.txt``), so honorifics
("Mr."), possessives ("NPR's"), capitalised debris ("WATCHED", "Despite") and bylines are never
labels; nor is a verb form, adverb or number right before a title ("urged Attorney General",
"learning President", "2018 President"), unless the evaluative lexicon lists it ("embattled"),
nor a plain word that does not describe the holder ("no doubt President", "We salute Director":
only modifiers, role words, evaluative words and adjective endings such as "communist" stay).
Before a title participle ("acting"), only a listed modifier (``title_participle_modifiers.txt``)
or an -ly adverb continues the label, so "met acting Attorney General" gives "acting Attorney
General". A lower-case word after "to" or a modal (``label_verb_markers.txt``) is a verb and ends
the label too ("to hurt President", "would force President", "to investigate Democratic rival"),
unless ``label_modifiers.txt`` lists it ("to former President"); so is an evaluative verb form
after a plain word ("hopefuls denounced President", "about defeating President"), where after a
determiner it describes ("the embattled Secretary"). A role phrase drops the stop word it opens
with ("whose leader", "time" of a cut "two-time") unless it describes the holder ("former"), and
the 80-character window never reads the cut word it starts in. A label of a mention inside a
quotation or an embedded post is the speaker's word: it is kept apart, with whose word it is
(``quoted_labels``), never shown as the outlet's.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any

from newsprism.models import Article, Mention
from newsprism.nlp.lexicon import lines, speech_verb_forms, words
from newsprism.people.tokens import TITLE_LINKS
from newsprism.people.words import POSSESSIVE_S
from newsprism.stories.compare_text import stem
from newsprism.stories.features import stopwords
from newsprism.stories.loaded import evaluative_lexicon

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
_LABEL_WORDS = 4  # at most this many words before a mention are read as its label
LABEL_DIFFERENCES = 10  # entities listed in label_differences by default
DESCRIPTOR_STRENGTH = 0.5  # a verb form the evaluative lexicon lists this strongly is a descriptor


@lru_cache(maxsize=1)
def _label_ends() -> frozenset[str]:
    """Words a label may end in: last words of the roles lexicon ("minister") and label nouns ("critic")."""
    return frozenset(
        line.split()[-1].strip(".").lower()
        for name in ("roles.txt", "label_nouns.txt")
        for line in lines(name)
    )


@lru_cache(maxsize=1)
def _courtesy() -> frozenset[str]:
    """Abbreviated courtesy titles and honorifics ("mr.", "Dr"): no label, with or without the period."""
    dotted = [h for h in lines("honorifics.txt") + lines("roles.txt") if h.endswith(".")]
    return frozenset({h.lower() for h in dotted} | {h.rstrip(".").lower() for h in dotted})


def label_before(text: str, start: int) -> str:
    """The descriptor words right before a mention: "Chinese communist leader" in
    "... by Chinese communist leader Xi Jinping". The run stops at punctuation, stop words,
    honorifics and speech verbs, and must end in a role or a label noun, so "met Xi" and
    "Mr. Xi" give nothing."""
    window = text[max(0, start - 80) : start]
    words = window.split()
    if not window or not window[-1].isspace() or not words:
        return ""  # the mention is glued to something ("Xi's", "(Xi"), or starts the text
    if start > 80 and not text[start - 81].isspace() and not window[0].isspace():
        words = words[1:]  # the window cut its first word ("time" of "two-time"): not a word
    if not words or words[-1].lower() not in _label_ends():  # a link longer than the window
        return ""
    label: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        lowered = word.lower()
        if (
            not _WORD.fullmatch(word)
            # a speech verb ends the run ("said President"), capitalised only right before the
            # name: "State" of "Secretary of State Lena Ortiz" is a name's word
            or word in speech_verb_forms()
            or (lowered in speech_verb_forms() and not label)
            or lowered in stopwords()
            or lowered.endswith(POSSESSIVE_S)
        ):
            if label and _names_another_office(words, index):
                return ""  # "Counselor to the President X": a counselor, whose role says so whole
            break
        if len(word) > 1 and word.isupper():
            break  # "REUTERS", "WATCHED": a byline or a shouted caption, not a label
        if label and label[0][0].isupper() and _not_a_descriptor(word):
            break  # "urged Attorney General", "learning President", "2018 President"
        if label and label[0][0].isupper() and _plain_word_before_title(word):
            break  # "no doubt President", "We salute Director"
        if label and label[0][0].isupper() and index and _verb_after_plain_word(words[index - 1], word):
            break  # "hopefuls denounced President", "about defeating President"
        if label and _ends_participle_label(label[0], word):
            break  # "met acting Attorney General": the sentence's verb, not the label
        if label and index and _verb_after_marker(words[index - 1], word):
            break  # "to hurt President", "would force President": the sentence's verb
        label.insert(0, word)
        if len(label) == _LABEL_WORDS:
            if index and words[index - 1][:1].isupper():  # the cap cut a name: "[Trump] Organization
                while label and label[0][:1].isupper():  # chief financial officer"
                    label.pop(0)
            break
    return " ".join(label)


def _names_another_office(words: list[str], index: int) -> bool:
    """The run stopped at the "the" of "Counselor to the President": the title after it is the
    office a longer title names (``people.tokens.longer_title_start`` reads it from the parse)."""
    if words[index].lower() != "the" or index < 2 or words[index - 1].lower() not in TITLE_LINKS:
        return False
    if not all(word[:1].isupper() for word in words[index + 1 :]):
        return False  # "Aides to the outgoing adviser X": the adviser's label
    head = words[index - 2]
    return head[:1].isupper() and head.lower().strip(",.") in _label_ends()


def _not_a_descriptor(word: str) -> bool:
    """A number, or a verb form or adverb ("urged", "backing", "especially") right before a
    capitalised title: the title's sentence, not its label ("embattled" stays, as the evaluative
    lexicon lists it, and so does "acting", as ``title_participles.txt`` does)."""
    if any(ch.isdigit() for ch in word):
        return True
    if not word.islower() or not word.endswith(("ed", "ing", "ly")) or word in _label_ends():
        return False
    if word in words("title_participles.txt"):
        return False
    return evaluative_lexicon().strengths.get(stem(word), 0.0) < DESCRIPTOR_STRENGTH


def _plain_word_before_title(word: str) -> bool:
    """A plain lower-case word right before a capitalised title that does not describe its holder:
    no listed modifier ("former"), title participle, role word, -ly adverb, strong evaluative word
    ("embattled"; "doubt" is weak) nor word with an adjective's ending ("communist", "liberal":
    ``label_adjective_endings.txt``)."""
    if not word.isalpha() or not word.islower() or word.endswith("ly") or word in _label_ends():
        return False
    if word in words("label_modifiers.txt") or word in words("title_participles.txt"):
        return False
    if word.endswith(tuple(lines("label_adjective_endings.txt"))):
        return False
    return evaluative_lexicon().strengths.get(stem(word), 0.0) < DESCRIPTOR_STRENGTH


def _verb_after_plain_word(before: str, word: str) -> bool:
    """An evaluative verb form ("denounced", "defeating") right before a capitalised title is a
    descriptor only after a determiner, a possessive, an -ly adverb or punctuation ("the embattled
    Secretary", "Trump's embattled Secretary"); after any other word it is the sentence's verb."""
    if not word.islower() or not word.endswith(("ed", "ing")) or word in words("title_participles.txt"):
        return False
    if not _WORD.fullmatch(before) or before.lower().endswith((*POSSESSIVE_S, "ly")):
        return False
    return before.lower() not in words("label_determiners.txt")


def _verb_after_marker(before: str, word: str) -> bool:
    """A lower-case word after "to" or a modal is the sentence's verb ("to hurt President"), unless
    it describes the title's holder ("to former President": ``label_modifiers.txt``, a title
    participle, a role word or a strong descriptor of the evaluative lexicon)."""
    if before.lower() not in words("label_verb_markers.txt") or not word.islower():
        return False
    if (
        word in words("label_modifiers.txt")
        or word in words("title_participles.txt")
        or word in _label_ends()
    ):
        return False
    return evaluative_lexicon().strengths.get(stem(word), 0.0) < DESCRIPTOR_STRENGTH


def _ends_participle_label(first: str, word: str) -> bool:
    """A plain word before a title participle ("met", "named" before "acting") is the sentence's
    verb; an -ly adverb, a listed modifier ("former") or a strong descriptor stays in the label."""
    lowered = word.lower()
    if (
        first not in words("title_participles.txt")
        or not word.islower()
        or lowered.endswith("ly")
        or lowered in _label_ends()
    ):
        return False
    if lowered in words("title_participle_modifiers.txt"):
        return False
    return evaluative_lexicon().strengths.get(stem(lowered), 0.0) < DESCRIPTOR_STRENGTH


def _without_leading_stops(role: str) -> str:
    """A role phrase without the lower-case stop words it opens with ("whose leader" -> "leader",
    "time" of a cut "two-time"), but for the words that describe a holder ("former", "top":
    ``label_modifiers.txt``), and without a plain word before its capitalised title ("doubt
    President")."""
    found = role.strip().split()
    while (
        found
        and found[0].islower()
        and found[0] in stopwords()
        and found[0] not in words("label_modifiers.txt")
    ) or (len(found) > 1 and found[1][:1].isupper() and _plain_word_before_title(found[0])):
        found.pop(0)  # and a plain word before a capitalised title ("doubt President")
    return " ".join(found)


def labels_in(article: Article, mentions: list[Mention]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, entity id) of every label before a linked person in the article."""
    found = []
    for mention in mentions:
        if mention.label != "PERSON" or not mention.entity_id:
            continue
        label = label_before(article.text, mention.start)
        if label:
            start = article.text.rfind(label, 0, mention.start)
            if start >= 0:
                found.append((start, start + len(label), label, mention.entity_id))
    return found


def labels_by_entity(
    articles: list[Article],
    mentions_of: dict[str, list[Mention]],
    outlet_of: dict[str, str],
    said_of: dict[str, list[tuple[int, int, str]]] | None = None,
    quoted: dict[str, dict[str, Counter]] | None = None,
) -> dict[str, dict[str, Counter]]:
    """entity id -> outlet -> label phrase -> count: role phrases and descriptors before names.

    A mention inside a quotation (``said_of``: article id -> start, end and speaker of its
    quotations) is the speaker's wording ("Our very weak and ineffective leader, Paul Ryan, had a
    bad conference call"), not the outlet's label: its phrases go to ``quoted`` (entity id ->
    outlet -> (phrase, speaker) -> count) when given, never to the labels."""
    found: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for article in articles:
        outlet = outlet_of[article.article_id]
        said = (said_of or {}).get(article.article_id, [])
        for mention in mentions_of.get(article.article_id, []):
            if not mention.entity_id or mention.label != "PERSON":
                continue
            phrases = {_without_leading_stops(role) for role in mention.roles}
            phrases = {p for p in phrases if p and p.lower() not in _courtesy()}
            before = label_before(article.text, mention.start)
            if before:
                phrases.add(before)
            speakers = sorted({who for s, e, who in said if s <= mention.start and mention.end <= e})
            for phrase in phrases:
                if not speakers:
                    found[mention.entity_id][outlet][phrase] += 1
                elif quoted is not None:
                    quoted.setdefault(mention.entity_id, {}).setdefault(outlet, Counter())[
                        (phrase, speakers[-1])
                    ] += 1
    return found


def quoted_labels_json(
    quoted: dict[str, dict[str, Counter]],
    outlet: str,
    names: dict[str, str],
    actor_ids: dict[str, str],
    full: bool,
    limit: int,
) -> list[dict[str, Any]]:
    """The labels an outlet prints only inside quotations, with whose words they are (``speaker``,
    null when the quotation has none): main actors first, then the most printed."""
    rows = []
    for entity_id, by_outlet in quoted.items():
        for (phrase, speaker), count in by_outlet.get(outlet, Counter()).items():
            name = names.get(entity_id, entity_id)
            item = {"entity": name, "entity_id": entity_id, "label": phrase, "speaker": speaker or None}
            rows.append((entity_id not in actor_ids, -count, name, phrase, speaker, item | {"count": count}))
    rows.sort(key=lambda row: row[:5])
    return [row[-1] for row in (rows if full else rows[:limit])]


def top_phrases(counts: Counter, limit: int | None) -> dict[str, int]:
    """The most used phrases, ties by the words: the order the phrases were met follows a set's
    order, which changes from one process to the next."""
    ranked = sorted(counts.items(), key=lambda pc: (-pc[1], pc[0]))
    return dict(ranked if limit is None else ranked[:limit])


def label_differences(
    labels: dict[str, dict[str, Counter]], names: dict[str, str], actor_ids: dict[str, str], full: bool
) -> list[dict[str, Any]]:
    """Entities that several outlets label, with different words: main actors first."""
    rows = []
    for entity_id, by_outlet in labels.items():
        variants = {tuple(sorted(p.lower() for p in phrases)) for phrases in by_outlet.values()}
        if len(by_outlet) >= 2 and len(variants) >= 2:
            name = names.get(entity_id, entity_id)
            shown = {o: list(top_phrases(c, None if full else 3)) for o, c in sorted(by_outlet.items())}
            weight = sum(sum(c.values()) for c in by_outlet.values())
            rows.append(
                (
                    entity_id not in actor_ids,
                    -weight,
                    name,
                    {"entity": name, "entity_id": entity_id, "labels": shown},
                )
            )
    rows.sort(key=lambda r: r[:3])
    found = [r[3] for r in rows]
    return found if full else found[:LABEL_DIFFERENCES]
