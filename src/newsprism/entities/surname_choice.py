"""Which person of the article a bare surname is, inside one article: by the mention's cues,
the person introduced first, and who the article is about.

``entities.mentions`` groups an article's mentions; a one-word person name ("Trump", "Mrs. Velt")
goes to one of the people the article names in full (``resolve_short_name``), or is left to the
linker, which reads the corpus. Relatives sharing a surname are the hard case: a relative
introduced by kinship takes the bare surname only when the article is about them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsprism.entities.short_forms import short_form_owners
from newsprism.nlp import lexicon
from newsprism.nlp.entity_cleaning import name_text_at
from newsprism.people import dictionary, names, role_words


@dataclass
class Person:
    """A person named in full in the article, with what its mentions say about it."""

    group: int
    name: names.PersonName
    first_seen: int
    genders: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    kin: bool = False  # introduced as somebody's relative ("Trump's daughter Ivanka Trump")
    owned: bool = False  # a kin role says whose relative: "Navalny's mother", "his daughter"
    named: int = 0  # mentions by full name


def join_names_without_surname(doc: Doc, found: list, persons: list[Person]) -> None:
    """ "Hillary Rodham" beside "Hillary Rodham Clinton" in one article: a two-word name whose words
    are the given and only middle name of a three-word name the article writes (a maiden or middle
    name written without the surname) is that person, unless introduced as a relative or ever
    written right before a capitalised word (a longer name cut short: "Lee Hsien" of a brother
    "Lee Hsien Yang" beside "Lee Hsien Loong"); its mentions join that name's group."""
    for short in list(persons):
        name = short.name
        if (
            name.is_single
            or name.middles
            or name.suffix
            or short.kin
            or any(map(names.is_regnal_title, short.titles))
        ):
            continue  # "Pope John Paul" is not John Paul Stevens
        whole = [p for p in persons if p.name.first == name.first and p.name.middles == (name.last,)]
        whole = [p for p in whole if not p.name.suffix and p is not short and _surname_shaped(p.name.last)]
        own = [item for item in found if item.group == short.group]
        if len(whole) != 1 or any(item.end < len(doc) and doc[item.end].is_title for item in own):
            continue
        for item in found:
            if item.group == short.group:
                item.group = whole[0].group
        whole[0].named += short.named
        whole[0].first_seen = min(whole[0].first_seen, short.first_seen)
        whole[0].genders |= short.genders
        whole[0].titles |= short.titles
        persons.remove(short)


def _surname_shaped(word: str) -> bool:
    """A folded last word that can be a surname: letters only, and a listed surname or no dictionary
    word ("Comey" of a headline's "James Comey Misunderstand" is no middle name; nor "King" of
    "Larry King Vanishes")."""
    words = dictionary.common_words()
    stems = (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else "")
    in_dictionary = any(stem in words for stem in stems if stem)  # "Riots", "Vanishes"
    return word.isalpha() and (not in_dictionary or word in names.listed_surnames())


def learn(person: Person, roles: list[str]) -> None:
    genders, titles = role_words.role_cues(roles)
    person.genders |= genders
    person.titles |= titles


def _other_role(roles: list[str], titles: set[str], known: set[str]) -> bool:
    """The mention's role is none the person was introduced with: its titles differ, or a role
    that is no title ("President") holds none of the person's titles ("first lady")."""
    if titles:
        return not titles & known
    written = [r.lower() for r in roles if not role_words.role_cues([r])[0]]  # "Mrs." fits anyone female
    return bool(written) and not any(t in role for role in written for t in known)


def resolve_short_name(
    text: str,
    roles: list[str],
    persons: list[Person],
    written: list[str],
    regnal_words: set[str],
    uses: SurnameUses | None = None,
    pronoun: str | None = None,
    last_named: Person | None = None,
) -> int:
    """The person a bare surname (or "Xi", "Trump Jr.") refers to; -1 when none.

    Among several people of one surname: those the mention's own title fits ("Mrs.", "Chief"), then
    the one the article introduced first (its main subject). A person introduced as a relative
    ("his daughter Ivanka Trump") takes the bare surname only when a cue of the mention fits them
    alone or the article opens the surname with them (``_opens_surname``), and nobody takes it
    against the gender of their given name ("Mr. Trump" is no Ivanka);
    otherwise the bare name is left to the linker, which gives it to the bearer the corpus knows best.
    ``pronoun`` is the gender of the pronoun the mention's own clause refers back to it with ("Venn
    said he would ..."; ``own_pronoun_gender``): a cue only when it fits one bearer of the surname
    and every other bearer is known to be of the other gender.
    ``last_named`` is the one bearer the mention's paragraph names before it, if one: an office
    holder so named takes an untitled bare surname from a relative the article is about ("Her
    husband, President Gregory Venn, ... Venn signed the bill" in a story on the first lady).
    """
    parsed = names.parse_person(text)
    if not parsed.is_single or regnal(roles):
        return -1  # "King Salman", "Pope Francis": the name reigned under, left to the linker
    full = [p for p in persons if not p.name.is_single and p.name.suffix == (parsed.suffix or p.name.suffix)]
    matches = [p for p in full if p.name.last == parsed.last]
    if not matches:
        given = names.name_rules()["nickname_of"].get(parsed.last, parsed.last)
        matches = [p for p in full if p.name.first == given and _short_form_of_given(text, written, p)]
    if not matches and len(parsed.last) > 2:  # "Rodham" of "Hillary Rodham Clinton": a name she went by
        matches = [p for p in full if p.name.middles == (parsed.last,) and _surname_shaped(p.name.last)]
    if not matches:
        matches = short_form_owners(text, full, written, regnal_words)  # "MBS", "Salman" of "bin Salman"
    if not matches:
        return -1
    genders, titles = role_words.role_cues(roles)
    fits = [p for p in matches if pronoun in p.genders] if pronoun and not genders else []
    if len(fits) == 1 and all(p.genders and pronoun not in p.genders for p in matches if p is not fits[0]):
        matches, genders = fits, {pronoun}  # "Venn said he ..." beside first lady Marla Venn
    if len(matches) > 1 and len(genders) == 1:
        fitting = [p for p in matches if p.genders <= genders]  # no cue against it
        matches = fitting or matches
    if len(matches) > 1 and titles:
        fitting = [p for p in matches if p.titles & titles]
        matches = fitting or matches
    cued = bool(genders or titles) and all(p.genders <= genders and p.titles >= titles for p in matches)
    bearers = matches
    if not cued:  # "Trump" after "Trump's daughter Ivanka Trump"; not the article's own subject
        opener = _opens_surname(matches, parsed.last, uses)
        matches = [p for p in matches if not p.kin or p is _subject(matches) or p is opener]
    offices = role_words.offices(titles)  # "the son of ...": the junior's, no office
    if len(matches) > 1 and offices and not any(p.titles & offices for p in matches):
        return -1  # "President Trump" where no Trump named in full holds the office: the linker's
    if not matches:
        return -1
    chosen = min(matches, key=lambda p: p.first_seen)
    if not cued and _office_holder_named_last(chosen, last_named, bearers):
        chosen = last_named
    if chosen.name.suffix and not parsed.suffix and offices and not chosen.titles & offices:
        return -1  # "President Trump" beside "Donald Trump Jr.": the namesake's title, the linker's
    if chosen.titles and _other_role(roles, titles, chosen.titles):
        return -1  # "President Trump" is not "first lady Melania Trump": left to the linker
    if not cued and _unheld_sole_office(offices, chosen):
        return -1  # "President Trump" beside "Ivanka Trump", "President Clinton" beside "Hillary Clinton"
    given_gender = names.gender_of(chosen.name)
    if genders and given_gender and given_gender not in genders:
        return -1  # "Mr. Trump" is not Ivanka Trump, the only Trump named in full: the linker's
    learn(chosen, roles)
    return chosen.group


def surnames_of_an_unnamed_bearer(doc: Doc, found: list, persons: list[Person]) -> set[str]:
    """Surnames the article writes bare, before it names anyone of them in full, under a cue that
    rules out every bearer it names in full ("Mr. Obama ... Mr. Obama's lead ... voters preferred
    Michelle Obama"): the article speaks of another bearer it never names in full, so an untitled
    bare surname there is not surely the one named in full (``resolve_short_name`` is not asked;
    the linker, which knows who held the office, decides)."""
    sole = set(lexicon.rules("person_name_repair.yaml").get("sole_offices", []))
    surnames = set()
    for item in found:
        if item.label != "PERSON" or item.end - item.start > 3:
            continue
        parsed = names.parse_person(name_text_at(doc, item.start, item.end))
        if not parsed.is_single or parsed.last in surnames:
            continue
        bearers = [p for p in persons if not p.name.is_single and p.name.last == parsed.last]
        if not bearers or item.start > min(p.first_seen for p in bearers):
            continue
        genders, titles = role_words.role_cues(item.roles)
        ours = role_words.offices(titles) & sole
        if (genders or ours) and all(_ruled_out(p, genders, ours) for p in bearers):
            surnames.add(parsed.last)
    return surnames


def _ruled_out(person: Person, genders: set[str], offices: set[str]) -> bool:
    """A gender cue against the person's given name, or a sole office the article never gives them."""
    given = names.gender_of(person.name)
    return bool(genders and given and given not in genders) or bool(offices and not person.titles & offices)


def _short_form_of_given(text: str, written: list[str], person: Person) -> bool:
    """A lone word reaches a full name through the nickname table only as the given name written
    or a shorter form of it ("Bernie" of "Bernard Sanders"): a longer formal twin ("Jefferson"
    beside "Jeff Flake") is a surname or another person's name, no way to call him."""
    full = written[person.group] if 0 <= person.group < len(written) else ""
    words = names.plain(full).split()
    word = names.plain(text)
    return not words or word == words[0] or len(word) <= len(words[0])


def _unheld_sole_office(offices: set[str], chosen: Person) -> bool:
    """A bare surname under the title of an office one person holds at a time ("President X";
    ``sole_offices``) that the one person the article names in full under that surname is never
    written with there: the title may be a namesake's (the father, the husband), so the article
    does not decide and the linker, which knows who held the office, does."""
    sole = set(lexicon.rules("person_name_repair.yaml").get("sole_offices", []))
    ours = offices & sole
    return bool(ours) and not chosen.titles & ours


_SUBJECT_PRONOUNS = {"he": "male", "she": "female"}
_REPORTED_CLAUSES = ("ccomp", "advcl")


def own_pronoun_gender(doc: Doc, start: int, end: int) -> str | None:
    """ "Venn said on Monday that he would sign", "Venn told reporters she hoped": the gender of the
    subject pronoun of a clause the mention's own verb introduces, where the mention is that verb's
    subject and no other person is named between the two; None otherwise."""
    root = doc[start:end].root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for clause in root.head.children:
        if clause.dep_ not in _REPORTED_CLAUSES or clause.i < end:
            continue
        for subject in clause.children:
            gender = _SUBJECT_PRONOUNS.get(subject.lower_) if subject.dep_ == "nsubj" else None
            if gender and not any(t.ent_type_ == "PERSON" for t in doc[end : subject.i]):
                return gender
    return None


def last_named_bearer(
    text: str, doc: Doc, found: list, item, persons: list[Person], paragraphs: list[int]
) -> Person | None:
    """Of two or more people named in full under the surname a bare mention writes (``text``, the
    mention's name), the one its paragraph names (in full or by a mention already resolved) before
    it, when that is one person; ``paragraphs``: the article's paragraph starts (characters)."""
    parsed = names.parse_person(text)
    if not parsed.is_single or not parsed.last:
        return None
    bearers = {p.group: p for p in persons if not p.name.is_single and p.name.last == parsed.last}
    if len(bearers) < 2:
        return None
    at = doc[item.start].idx
    paragraph = paragraphs[bisect_right(paragraphs, at) - 1]
    seen = {
        f.group
        for f in found
        if f.group in bearers and f.label == "PERSON" and paragraph <= doc[f.start].idx < at
    }
    return bearers[seen.pop()] if len(seen) == 1 else None


def _office_holder_named_last(chosen: Person, last: Person | None, bearers: list[Person]) -> bool:
    """Whether the bearer named last in the paragraph holds an office and the relative the article
    is about holds none: the reader takes the surname for the one just named in that office."""
    if last is None or last is chosen or not any(p is last for p in bearers) or not chosen.kin:
        return False
    return bool(role_words.offices(last.titles)) and not role_words.offices(chosen.titles)


def regnal(roles: list[str]) -> bool:
    """A regnal title ends one of the roles: "King", "Saudi King", "Crown Prince"."""
    tails = [" ".join(r.split()[-n:]) for r in roles for n in (1, 2) if r.split()]
    return any(names.is_regnal_title(tail) for tail in tails)


@dataclass
class SurnameUses:
    """Where the article first writes each surname (in any name, of any label), and the titles
    its bare mentions are written under ("President Trump")."""

    first: dict[str, int] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)


def surname_uses(doc: Doc, found: list) -> SurnameUses:
    """``found``: the article's cleaned mentions (start, end, label, roles)."""
    uses = SurnameUses()
    for item in found:
        parsed = names.parse_person(name_text_at(doc, item.start, item.end))
        if not parsed.last:
            continue
        uses.first.setdefault(parsed.last, item.start)
        if parsed.is_single and item.label == "PERSON":
            uses.titles.setdefault(parsed.last, set()).update(role_words.role_cues(item.roles)[1])
    return uses


def _opens_surname(matches: list[Person], last: str, uses: SurnameUses | None) -> Person | None:
    """A relative who is the first bearer of the surname the article writes ("Former first lady
    Laura Bush wrote ..."; no "President Trump's" before "daughter Ivanka Trump"), whose kin role
    says nobody's relative she is ("Navalny's mother", "his daughter" do), no other bearer of which
    is a relative too, and under whom the article writes no bare surname with a title
    they do not hold: the article is about them, and "Bush said she ..." is theirs."""
    if uses is None or uses.first.get(last) is None:
        return None
    first = min(matches, key=lambda p: p.first_seen)
    if first.first_seen > uses.first[last] or not first.kin or first.owned:
        return None
    if any(p.kin for p in matches if p is not first):
        return None  # "his mother Lyudmila ... his wife Yulia": the article is about neither
    return first if uses.titles.get(last, set()) <= first.titles else None


def _subject(matches: list[Person]) -> Person | None:
    """Of several people of one surname named in full, the one introduced first and named in full
    most often: what the article is about ("Joaquin Castro", "the twin brother of Julián Castro")."""
    if len(matches) < 2:
        return None
    first = min(matches, key=lambda p: p.first_seen)
    return first if all(first.named > p.named for p in matches if p is not first) else None


def coordinated_relatives(doc: Doc, found: list) -> list[tuple[str, int]]:
    """ "Joe and Hunter Biden", "Bill or Hillary Clinton": a given name joined by "and"/"or" to a
    two-word full name shares its surname, so the article names a second person of that family
    there; not a surname the article gives someone ("Sens. Collins and Lisa Murkowski"). Each such
    full name, with where its given name is written."""
    full = [names.parse_person(name_text_at(doc, f.start, f.end)) for f in found if f.label == "PERSON"]
    surnames = {p.last for p in full if not p.is_single}  # "Warren and Bernie Sanders": two people
    joined = []
    for item in found:
        if item.label != "PERSON" or item.end - item.start != 2 or item.start < 2:
            continue
        conj, given = doc[item.start - 1], doc[item.start - 2]
        if conj.lower_ not in ("and", "or", "&") or not _lone_given_name(given):
            continue
        if names.parse_person(given.text).last in surnames or not names.common_given_name(given.text):
            continue
        surname = doc[item.end - 1].text
        if names.is_given_name(surname) or given.text == doc[item.start].text:
            continue
        joined.append((f"{given.text} {surname}", given.i))
    return joined


def _lone_given_name(token) -> bool:
    """A capitalised given name that ends no longer name ("Jim Jordan and Hunter Biden")."""
    before = token.nbor(-1) if token.i > 0 else None
    run_on = before is not None and before.is_alpha and before.text[:1].isupper()
    title = before is not None and before.lower_.rstrip(".") in role_words.title_words()
    return token.is_alpha and token.is_title and names.is_given_name(token.text) and (not run_on or title)
