"""Named actors per outlet: whom only one outlet names, and whom most name but one leaves out.

A name there must be an actor, not debris: an outlet's own name or another's ("Reuters", "Fox
News" for "Fox Online News", "Post" for "Capitol Post") is a byline or a credit; a single
capitalised word the story's texts write at least twice as often inside a longer capitalised name
as alone ("Hill" of "Capitol Hill", "State" of "Secretary of State" and "State Department") is a
fragment of those names, not somebody else, while "Facebook", which a story also writes alone
besides "Facebook Inc.", stays. A link or a photo credit ("REUTERS/Jane Roe") is no name at all.

A name is compared by what the texts write, not only by the entities the parser linked: an outlet
that writes "President Clinton" does not leave out "Bill Clinton", one that names "Russian Tor"
does not leave out "Tor", and "House Nancy Pelosi" (a mention that took in the word before it) is
no name only one outlet uses. A person is carried by the surname (the last word of the name),
anything else by the whole name in any case ("Conservative party"), as a word of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsprism.models import Mention
from newsprism.nlp.lexicon import lines
from newsprism.nlp.lexicon import words as word_set
from newsprism.people.words import ROLE_ABBREVIATIONS
from newsprism.stories.compare_debris import has_link
from newsprism.stories.compare_text import WORD, most_others_carry
from newsprism.stories.features import stopwords

ACTOR_NAME_LABELS = ("PERSON", "ORG")
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w.’'&-]*(?:(?:\s+(?:of|the|and|for|de|la))?\s+[A-Z][\w.’'&-]*)*"
)  # "Secretary of State Lena Ortiz", "The State Department"
_POSSESSIVE = re.compile(r"['’]s?$")
INSIDE_RATIO = 2  # a word written this many times as often inside longer names as alone is their fragment
_OUTLET_KIND = re.compile(r"\s*(?:\([^)]*\)|\s-\s.*)$")  # "CNN (Web News)", "New York Times - News"


def outlet_words(outlets) -> set[str]:
    """The lower-cased words of the outlets' names, without their kind ("(Web News)", "- Opinion")."""
    found: set[str] = set()
    for outlet in outlets:
        found.update(w.lower() for w in WORD.findall(_OUTLET_KIND.sub("", outlet)))
    return found


def fragments(mentions: list[Mention], outlets, name_of, texts=()) -> set[str]:
    """Lower-cased names that are no actor: every word in an outlet's name, a link, a handle
    ("@StateDept"), a photo credit (a name the texts write only glued to a slash), somebody's
    thing ("Vox's Facebook"), a title with no name ("Police Superintendent"), or one
    capitalised word ``texts`` write at least twice as often inside a longer capitalised name
    as alone ("State" of "Secretary of State", not "Facebook" of "Facebook Inc.")."""
    of_outlets = outlet_words(outlets)
    names = {name_of(m) for m in mentions}
    single = {  # one capitalised word, not an acronym ("ATF" is a name of its own)
        name for name in names if name[:1].isupper() and not name.isupper() and len(WORD.findall(name)) == 1
    }
    inside, alone = _capitalised_uses(texts, single)
    slashes = [(text, at) for text in texts for at in _positions(text, "/")]
    found = set()
    for name in names:
        words = [w.lower() for w in WORD.findall(name)]
        credit = "/" in name and all(w in of_outlets for w in WORD.findall(name.split("/")[0].lower()))
        if not words or all(w in of_outlets for w in words) or credit or has_link(name) or "@" in name:
            found.add(name.lower())
        elif _credited_only(name, texts, slashes) or _possessed_thing(name) or _title_only(name):
            found.add(name.lower())
        elif _media_or_clock(name) or _dateline_only(name, texts):
            found.add(name.lower())
        elif name in single and inside[name] >= INSIDE_RATIO * max(1, alone[name]):
            found.add(name.lower())
    return found


def _positions(text: str, mark: str) -> list[int]:
    """Every offset of ``mark`` in ``text``."""
    found, at = [], text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def _media_or_clock(name: str) -> bool:
    """A news agency, network or paper cited as a source or credit ("Associated Press", "AP",
    ``media_names.txt``) or a time zone ("CDT", ``time_zone_names.txt``): no actor."""
    return name.lower() in word_set("media_names.txt") or name in lines("time_zone_names.txt")


def _dateline_only(name: str, texts) -> bool:
    """Whether the texts write an all-capitals name only opening a line before a dash: a dateline
    ("JERUSALEM — Hamas ..."), not somebody the story is about."""
    if not name.isupper() or len(name) < 3:
        return False
    seen = False
    for text in texts:
        for found in re.finditer(re.escape(name), text):
            opens = found.start() == 0 or text[found.start() - 1] == "\n"
            if not opens or not _DATELINE_TAIL.match(text, found.end()):
                return False
            seen = True
    return seen


_DATELINE_TAIL = re.compile(r"(?:,[^\n—–]{1,40})?\s*[—–-]")  # ", Texas —"


def _possessed_thing(name: str) -> bool:
    """A name with a possessive before its last word names somebody's thing ("Vox's Facebook",
    "Lena Ortiz's State of the City"), not an actor of its own."""
    return any(_POSSESSIVE.search(w) for w in name.split()[:-1])


def _title_only(name: str) -> bool:
    """A capitalised title with no name after it ("Harbour Police Superintendent", "AG"): its last
    word is a role (``roles.txt``) or it is an office's initials, so it names an office, not who
    holds it."""
    words = WORD.findall(name)
    if len(words) == 1:  # an office's initials ("AG", ``role_abbreviations.txt``)
        return name.isupper() and name.lower() in ROLE_ABBREVIATIONS
    if words[-2].lower() == "of":  # "Department of Justice" is a body
        return False
    return words[-1].lower() in _role_ends() or words[-1].lower() + "." in ROLE_ABBREVIATIONS  # "Army Col"


@lru_cache(maxsize=1)
def _role_ends() -> frozenset[str]:
    """The last words of the roles ("superintendent", "officer"), not of "X of Y" roles ("state")."""
    return frozenset(line.split()[-1].strip(".").lower() for line in lines("roles.txt") if " of " not in line)


def _credited_only(name: str, texts, slashes: list[tuple[str, int]] | None = None) -> bool:
    """Whether the texts write the name only glued to a slash: a photo credit ("Jane Roe/AFP/Getty
    Images", "REUTERS/Jane Roe"), not someone the story is about. ``slashes``: (text, offset) of
    every slash in the texts, when the caller has found them (a story asks for each of its names)."""
    if slashes is not None and not any(
        text.startswith(name, at + 1) or text.endswith(name, 0, at) for text, at in slashes
    ):
        return False  # glued to none of the texts' few slashes: not scanned for
    seen = False
    for text in texts:
        for found in re.finditer(re.escape(name), text):
            if text[found.start() - 1 : found.start()] != "/" and text[found.end() : found.end() + 1] != "/":
                return False
            seen = True
    return seen


def _capitalised_uses(texts, single: set[str]) -> tuple[Counter, Counter]:
    """How often each of the ``single`` words stands inside a longer capitalised name in the texts,
    and how often alone (a leading stop word, "The Kremlin", does not make a name longer)."""
    inside, alone = Counter(), Counter()
    if not single:
        return inside, alone
    stop = stopwords()
    for text in texts:
        for run in _CAPITALISED_RUN.finditer(text):
            words = run.group().split()
            while len(words) > 1 and words[0].lower() in stop:
                words.pop(0)
            for word in (_POSSESSIVE.sub("", w).rstrip(".,") for w in words):
                if word in single:
                    (inside if len(words) > 1 else alone)[word] += 1
    return inside, alone


def written_in(name: str, label: str, text: str) -> bool:
    """Whether ``text`` writes the name: a person's surname (its last word) or any other name whole,
    as a word ("President Clinton" writes "Bill Clinton", "Russian Tor" writes "Tor"), or another
    name of its group in ``name_aliases.tsv`` ("Republicans" writes "GOP", "DOJ" writes "Justice
    Department")."""
    words = [_POSSESSIVE.sub("", w) for w in WORD.findall(name)]
    if not words or not text:
        return False
    written, spaced = _text_words(text)
    if label == "PERSON":  # a surname is matched as written ("Bush", not "bush")
        return words[-1] in written or _titled(words[:-1], spaced)
    forms = _alias_groups().get(_alias_key(name), (name,))
    return any(_form_written(form, written, spaced) for form in forms + _unprefixed(forms))


def _titled(words: list[str], spaced: str) -> bool:
    """Whether the text writes an honorific before one of a person's other names: "Mr. Kim" for
    "Kim Jong Un", whose family name comes first (``honorifics.txt``)."""
    titled = _titled_words(spaced)
    return any(word.lower() in titled for word in words if word[:1].isupper())


@lru_cache(maxsize=64)
def _titled_words(spaced: str) -> frozenset[str]:
    """The words the spaced text writes right after an honorific ("kim" of "mr kim"), once per text."""
    found = _after_honorific().findall(spaced)
    return frozenset(found)


@lru_cache(maxsize=1)
def _after_honorific() -> re.Pattern[str]:
    """The honorifics as the spaced text writes them ("mr", "mrs", "dr"), each before a word."""
    titles = {t.strip(".").lower() for t in lines("honorifics.txt") if len(WORD.findall(t)) == 1}
    return re.compile(r"(?<= )(?:" + "|".join(sorted(map(re.escape, titles))) + r") (\S+)(?= )")


def _unprefixed(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The forms without a country's initials before a name of two or more words ("U.S. Senate
    Intelligence Committee" -> "Senate Intelligence Committee", ``name_country_prefixes.txt``)."""
    prefixes = word_set("name_country_prefixes.txt")
    shorter = []
    for form in forms:
        first, _, rest = _initials(form).partition(" ")
        if first.lower() in prefixes and len(WORD.findall(rest)) >= 2:
            shorter.append(rest)
    return tuple(shorter)


def _initials(text: str) -> str:
    """Dotted initials written without their dots ("U.S. embassy" -> "US embassy")."""
    return _DOTTED.sub(lambda m: m.group().replace(".", ""), text)


_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")


def _form_written(form: str, written: frozenset[str], spaced: str) -> bool:
    """An all-capitals one-word name is matched as written ("ICE", not "ice"); any other whole, in
    any case ("Conservative party")."""
    words = [_POSSESSIVE.sub("", w) for w in WORD.findall(form)]
    if len(words) == 1 and form.isupper():
        return words[0] in written
    return bool(words) and f" {' '.join(w.lower() for w in words)} " in spaced


def _alias_key(name: str) -> str:
    return " ".join(_POSSESSIVE.sub("", w).lower() for w in WORD.findall(name.replace(".", "")))


def canonical_name(name: str) -> str | None:
    """The canonical name of the group ``name_aliases.tsv`` puts the name in, read without dots or
    an opening "the" ("the U.S. Supreme Court" -> "Supreme Court"), else None; an all-capitals
    alias only as written ("ICE", not "ice")."""
    key = _alias_key(name)
    key = key[4:] if key.startswith("the ") else key
    group = _alias_groups().get(key)
    if not group:
        return None
    form = next(f for f in group if _alias_key(f) == key)
    if form.isupper() and form not in name.replace(".", ""):
        return None
    return group[0]


@lru_cache(maxsize=1)
def _alias_groups() -> dict[str, tuple[str, ...]]:
    """Each name of ``name_aliases.tsv`` (by ``_alias_key``) -> every name of its group."""
    groups: dict[str, list[str]] = {}
    for line in lines("name_aliases.tsv"):
        alias, _, canonical = line.partition("\t")
        group = groups.setdefault(canonical.strip(), [canonical.strip()])
        group.append(alias.strip())
    return {_alias_key(form): tuple(group) for group in groups.values() for form in group}


@lru_cache(maxsize=64)
def _text_words(text: str) -> tuple[frozenset[str], str]:
    """The text's words without possessive endings, as a set and as one lower-cased spaced line."""
    words = [_POSSESSIVE.sub("", w) for w in WORD.findall(_initials(text))]
    return frozenset(words), " " + " ".join(w.lower() for w in words) + " "


def name_labels(mentions: list[Mention], name_of) -> dict[str, str]:
    """Lower-cased name -> its entity label (the first mention's)."""
    found: dict[str, str] = {}
    for m in mentions:
        found.setdefault(name_of(m).lower(), m.label)
    return found


def first_named(mentions: list[Mention], published_of: dict[str, str | None], name_of) -> dict[str, str]:
    """Lower-cased name -> the first day an article of the story named it (undated: "0000")."""
    found: dict[str, str] = {}
    for m in mentions:
        key, day = name_of(m).lower(), (published_of.get(m.article_id) or "0000")[:10]
        found[key] = min(found.get(key, day), day)
    return found


def named_carriers(
    mentions: list[Mention], outlet_of: dict[str, str], name_of
) -> dict[str, tuple[str, set[str]]]:
    """Lower-cased name of each person and organisation -> (display name, outlets naming it)."""
    found: dict[str, tuple[str, set[str]]] = {}
    for m in mentions:
        if m.label in ACTOR_NAME_LABELS:
            name = name_of(m)
            found.setdefault(name.lower(), (name, set()))[1].add(outlet_of[m.article_id])
    return found


def names_only_here(
    named, no_actor, mentions_of, arts, outlet, name_of, limit, other_text: str = ""
) -> list[str]:
    """People and organisations this outlet names and no other does (nor writes in its text:
    ``other_text`` is the other outlets' articles), most mentioned first."""
    mine = Counter()
    label = {}
    for a in arts:
        for m in mentions_of[a.article_id]:
            if m.label in ACTOR_NAME_LABELS:
                mine[name_of(m)] += 1
                label.setdefault(name_of(m), m.label)
    found = [
        n
        for n, _ in mine.most_common()
        if n.lower() not in no_actor
        and named.get(n.lower(), ("", {outlet}))[1] <= {outlet}
        and not written_in(n, label[n], other_text)
    ]
    return found[:limit] if limit is not None else found


def names_left_out(
    named, no_actor, mentions_of, arts, outlet_count, outlet, name_of, limit, labels=None, first_named=None
) -> list[str]:
    """Names most other outlets use (at least two of them) that this outlet never uses, nor writes
    in its text (``labels``: lower-cased name -> entity label, for the surname rule), nor could
    have: ``first_named`` (lower-cased name -> the first day an article named it) after every day
    this outlet printed on."""
    mine = {name_of(m).lower() for a in arts for m in mentions_of[a.article_id]}
    text = "\n".join(a.text for a in arts)
    labels = labels or {}
    last_day = max((a.published or "9999")[:10] for a in arts)
    others = {
        key: who - {outlet}
        for key, (name, who) in named.items()
        if key not in mine
        and key not in no_actor
        and most_others_carry(len(who - {outlet}), outlet_count)  # cheap tests before reading the text
        and last_day >= (first_named or {}).get(key, "0000")
        and not written_in(name, labels.get(key, ""), text)
    }
    display = {key: name for key, (name, _) in named.items()}
    found = list(others)
    found.sort(key=lambda k: (-len(others[k]), k))
    rows = [display[k] for k in found]
    return rows[:limit] if limit is not None else rows
