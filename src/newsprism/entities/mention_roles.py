"""The roles a named mention is given in its article: titles before the name ("National Security
Council spokesman"), descriptive appositives on either side ("John Kirby, the White House
spokesman"), "X was identified as the suspect", and a generation's kin word beside a "Jr." name.
A coordinated descriptor after coordinated names pairs with them in order ("X and Y, his daughter
and son-in-law"); names after a singular title and coordinated with others are a list, not the
title's apposition ("The president, first lady X and their son").
``entities.mentions`` reads them for every mention it extracts.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsprism.entities.found import Found
from newsprism.entities.role_filters import (
    after_copula,
    bare_title,
    lower_title,
    named_subject,
    no_role,
    past_tense_verb,
    quoted,
    title_start,
)
from newsprism.nlp import lexicon, patterns
from newsprism.nlp.document_memo import sentence_of
from newsprism.nlp.entity_cleaning import name_text_at, relative_clause_subject
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people import dictionary, role_words
from newsprism.people.kin import generation_kin_beside
from newsprism.people.tokens import longer_title_start
from newsprism.people.words import TENSED_TAGS

MAX_ROLE_TOKENS = 14
_TITLE_POS = {"PROPN", "NOUN", "ADJ", "ADP", "PART", "CCONJ", "NUM"}
_WH_TAGS = {"WP", "WP$", "WDT"}  # "whose", "which": a relative clause's word, never a role's
_DROP_DEPS = {"relcl", "acl", "advcl", "punct", "cc", "conj"}


def mention_roles(doc: Doc, item: Found) -> list[str]:
    """Titles before the name, and descriptive appositives on either side of it."""
    span = doc[item.start : item.end]
    root = span.root
    roles = [r for r in item.roles if not _name_part_kin_word(r)]
    before = title_phrase(doc, item.start, root)
    if (
        before
        and not _hypothetical_office(doc, item.start, before)
        and not (lower_title(before) and after_copula(doc, _start_of(doc, item.start, before)))
    ):
        roles.append(before)
    conjuncts = [c.i for c in root.children if c.dep_ == "conj" and c.i >= item.end]  # "X and Y, the ..."
    after = [
        c
        for c in root.children
        if c.dep_ == "appos"
        and c.i >= item.end
        and c.pos_ == "NOUN"
        and not any(k < c.i for k in conjuncts)
        and not _contrasted(doc, item.end, c)
        and _next_listed_name(doc, c) is None  # "X, his son-in-law, Y, and Z": Y's, not X's
    ]
    listed = _listed_names(root)
    respective = _respective_role(doc, root, listed) if len(listed) > 1 else None
    if respective is not None:  # "X and Y, his daughter and son-in-law": each name its own
        roles.append(respective)
    elif after:  # the first descriptor only; "co-director" comes parsed as two
        phrase = _phrase(doc, after[0], exclude=None)
        end = after[0].i + 1
        if len(after) > 1 and end + 1 < len(doc) and doc[end].text == "-" and not after[0].whitespace_:
            phrase = doc[after[0].i : end + 1].text + _phrase(doc, after[1], exclude=None)
        heads = {after[0].lower_, after[-1].lower_ if len(after) > 1 else after[0].lower_}
        if heads & role_words.title_words() and _kept(doc, after[0].i, phrase):  # not "a think tank"
            roles.append(phrase)
    # a title the name is an appositive of, or a title and a comma before the name (the
    # ``title_apposition`` and ``title_before_name`` patterns), when the title is a noun
    head = root.head
    described = (
        root.dep_ == "appos"
        and any(match == (root.i, head.i) for match in patterns.match("title_apposition", sentence_of(root)))
        and not relative_clause_subject(span)  # "the ISIS leader Trump had killed"
        and not _list_after_title(root)
    )
    if described and head.i < item.start and head.pos_ == "NOUN":
        phrase = _phrase(doc, root.head, exclude=root)
        if _kept(doc, head.left_edge.i, phrase):
            roles.append(phrase)
    elif (
        item.start >= 2
        and doc[item.start - 1].text == ","  # the match asked for is the pattern's comma form
        and (item.start - 2, item.start + 1)
        in patterns.match("title_before_name", doc[item.start - 2 : item.start + 1])
    ):
        title = doc[item.start - 2]
        governing = title
        while governing.dep_ == "conj" and governing.head.i < governing.i:  # "of everyone but his mother"
            governing = governing.head
        opening = governing.dep_ in ("pobj", "dobj") and root.dep_ in (
            "nsubj",
            "nsubjpass",
        )  # "with the minister, Trump sang"; "everyone but possibly his mother, McCown took"; an
        # object ending an opening clause: "where he became the first to meet a Danish leader, X said"
        phrase = _phrase(doc, title, exclude=root)
        if (
            title.pos_ == "NOUN"
            and not opening
            and not (title.dep_ == "attr" and named_subject(title.head))
            and _kept(doc, title.left_edge.i, phrase)
        ):
            roles.append(phrase)  # "his Ukrainian counterpart, Volodymyr Zelenskiy"; not "X is a Y, Z"
    # "X was identified as the suspect" (asked only where the document has the pattern's words)
    named_as = patterns.can_match("named_as_role", doc) and patterns.match("named_as_role", sentence_of(root))
    for match in named_as or ():
        if match[1] == root.i:
            role = doc[match[3]]
            first = role.left_edge.i + (role.left_edge.dep_ in ("det", "poss"))  # "the prime suspect"
            roles.append(doc[min(first, role.i) : role.i + 1].text)
    roles.append(_appositive_of_listed_name(doc, item.start))
    kin = generation_kin_beside(span, name_text_at(doc, item.start, item.end))  # "X Jr. ... his father"
    roles.append(kin or "")
    name = name_text_at(doc, item.start, item.end)
    return [r for r in dict.fromkeys(roles) if r and "\n" not in r and not no_role(r, name)]


def _next_listed_name(doc: Doc, appos: Token) -> int | None:
    """ "Sam Roe Jr., his son-in-law, Ed Vale, and a lawyer": in a list of names, an appositive set
    between commas right before the next name describes that name (the start of which is returned);
    None when no listed name follows it (the list goes on with "and"/"or" after that name)."""
    at = appos.right_edge.i + 1
    if at + 1 >= len(doc) or doc[at].text != "," or doc[at + 1].pos_ != "PROPN":
        return None
    end = at + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end < len(doc) and doc[end].text == ",":
        end += 1
    return at + 1 if end < len(doc) and doc[end].lower_ in ("and", "or") else None


def _appositive_of_listed_name(doc: Doc, start: int) -> str:
    """The descriptor ``_next_listed_name`` gives the name starting at ``start`` ("" when none)."""
    if start < 3 or doc[start - 1].text != ",":
        return ""
    for token in doc[max(0, start - MAX_ROLE_TOKENS) : start - 1]:
        if token.dep_ == "appos" and token.pos_ == "NOUN" and token.right_edge.i == start - 2:
            if token.head.pos_ == "PROPN" and _next_listed_name(doc, token) == start:
                phrase = _phrase(doc, token, exclude=None)
                if phrase and _kept(doc, token.left_edge.i, phrase):
                    return phrase
    return ""


def _start_of(doc: Doc, end: int, phrase: str) -> int:
    """The token where ``phrase``, written right before token ``end``, starts."""
    for start in range(end - 1, max(-1, end - MAX_ROLE_TOKENS - 2), -1):
        if doc[start:end].text == phrase:
            return start
    return end - 1


def _kept(doc: Doc, start: int, role: str) -> bool:
    """A descriptor that is not the speaker's words inside a quotation (a bare title stays), nor a
    lower-case title a copula gives its subject ("Trump is an eccentric candidate, Clinton ...").
    A title written before the name is kept inside a quotation ("“Former director X would ...”")."""
    if quoted(doc, start) and not bare_title(role):
        return False
    return not (lower_title(role) and after_copula(doc, start))


def _hypothetical_office(doc: Doc, start: int, title: str) -> bool:
    """ "in the cross hairs of a President Romney": an office one person holds at a time
    (``sole_offices``) after "a" is what the person might become, not a title they hold."""
    at = start - len(title.split()) - 1
    sole = set(lexicon.rules("person_name_repair.yaml").get("sole_offices", []))
    return at >= 0 and doc[at].lower_ in ("a", "an") and title.lower() in sole


def _listed_names(root: Token) -> list[Token]:
    """The names coordinated with this one ("X and Y"), in order; [] when the list holds a noun."""
    top = root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    chain, todo = [top], [top]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj" and child.i > child.head.i:
                chain.append(child)
                todo.append(child)
    if len(chain) == 1:  # "[Ann Fox and] Ben Ode" parsed with "Fox" a modifier of "Ode", "and" under it
        if root.pos_ == "PROPN" and root.head.pos_ == "PROPN" and root.head.i > root.i and _joined(root):
            chain = [root, root.head]
        else:
            chain += [c for c in root.children if c.i < root.i and c.pos_ == "PROPN" and _joined(c)][:1]
    chain.sort(key=lambda t: t.i)
    return chain if all(t.pos_ == "PROPN" for t in chain) else []


def _joined(token: Token) -> bool:
    """A name token carrying the "and" that joins it to the name after it."""
    return token.dep_ in ("nmod", "compound") and any(
        c.dep_ == "cc" and c.i == token.i + 1 for c in token.children
    )


def _respective_role(doc: Doc, root: Token, listed: list[Token]) -> str | None:
    """ "X and Y, Z's daughter and son-in-law": a coordinated descriptor after a list of names pairs
    with the names in order (Y is Z's son-in-law) when the later ones share the first one's
    determiner; "" when the counts differ (no one's role is known), None when no such descriptor
    follows the list or each has its own ("Y, his daughter and an adviser": Y's own two)."""
    appos = next(
        (
            c
            for t in listed
            for c in t.children
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > listed[-1].i
        ),
        None,
    )
    if appos is None:
        return None
    descriptors = [
        appos,
        *(c for c in appos.subtree if c.dep_ == "conj" and c.pos_ == "NOUN" and c.head.pos_ == "NOUN"),
    ]
    descriptors = sorted({d.i: d for d in descriptors}.values(), key=lambda t: t.i)
    if any(c.dep_ in ("det", "poss") for d in descriptors[1:] for c in d.children):
        return None  # "Y, the president's daughter and a White House adviser": Y's two descriptors
    if len(descriptors) == 1 and appos.tag_ == "NNS":  # "X and Y, the mayor's aides": both
        descriptors = descriptors * len(listed)
    if len(descriptors) != len(listed):
        return ""
    mine = descriptors[[t.i for t in listed].index(root.i)]
    if not {mine.lower_, mine.lemma_} & role_words.title_words() and not role_words.is_kin_role(mine.lower_):
        return ""
    phrase = _phrase(doc, mine, exclude=None)
    owner = next((c for c in appos.children if c.dep_ == "poss"), None)
    if mine.i != appos.i and owner is not None and not any(c.dep_ in ("det", "poss") for c in mine.children):
        first = owner.left_edge.i + (owner.left_edge.dep_ == "det")
        phrase = doc[first : appos.i].text_with_ws + phrase  # "Z's" said of both
    return phrase


def _list_after_title(root: Token) -> bool:
    """ "The president, Jane Roe and her son spent": a name and others after one singular title
    are a list of people, not the title's apposition."""
    return root.head.tag_ == "NN" and any(c.dep_ == "conj" for c in root.children)


def title_phrase(doc: Doc, start: int, root: Token) -> str:
    """The words in front of a name that depend on it: "National Security Council spokesman"."""
    i = start - 1
    sent_start = sentence_of(root).start
    while i >= sent_start:
        token = doc[i]
        if _joining_hyphen(token) and i - 1 >= sent_start:
            i -= 1  # "first-term Sen.", "two-term Democratic Sen.": a word written with a hyphen
            continue
        participle = token.is_lower and token.lower_ in lexicon.words("title_participles.txt")
        if (
            token.is_punct
            or token.is_space
            or token.dep_ == "det"
            or (token.pos_ not in _TITLE_POS and not participle)
        ):
            break  # "ranking member X", "acting director X": the participle is the title's
        if token.pos_ == "CCONJ" or entity_label(token) == "PERSON":  # "President Obama and first lady"
            break
        if token.ent_type_ in ("DATE", "TIME"):  # "Yesterday President Trump": a date, no title
            break
        if _outside_title(token):
            break
        if not any(a.i == root.i for a in token.ancestors):
            break
        i -= 1
    longer = longer_title_start(doc, i, start) if i >= sent_start else None
    if longer is not None and start - longer <= MAX_ROLE_TOKENS:
        return doc[longer:start].text  # "Counselor to the President", not "President"
    first = i + 1
    while first + 1 < start and _joining_hyphen(doc[first]):  # "first-term": no title in the rest
        title = doc[first + 1].is_title and doc[first + 1].lower_ in role_words.title_words()
        first += 1 if title else 2  # "then-Attorney General": the title after the hyphen
    while first < start and doc[first].pos_ in ("ADP", "CCONJ", "PART"):
        first += 1
    first = title_start(doc, first, start)
    words = doc[first:start]
    if any(_count_number(t) for t in words):  # "80 angered President": a count, not a title
        kept = start
        while kept > first and doc[kept - 1].lower_ in role_words.title_words():
            kept -= 1
        words = doc[kept:start]
    if not len(words) or len(words) > MAX_ROLE_TOKENS:
        return ""
    if not role_words.ends_in_title([t.lower_ for t in words]) or _name_part_kin_word(words[-1].text):
        return ""  # the word next to the name is the title, and no "Mother" of "Mother Jones"
    if (
        words[-1].lower_ in role_words.address_forms()
        and words[-2:][0].lower_ not in role_words.title_words()
    ):
        return words[-1].text  # "disciplinary action Mrs. Conway": only "Mrs."; "first lady" stays
    if len(words) > 1 and words[-1].lower_ in role_words.address_forms() and words[-1].text.endswith("."):
        return words[:-1].text.strip()  # "Navy Rear Adm. Dr. X": the rank, not the honorific after it
    return words.text.strip()


def _outside_title(token: Token) -> bool:
    """A word a title in front of a name is never written with: a verb the tagger took for a noun
    or a name ("voted to impeach President Trump") or a preposition other than a title's own
    ("go head-to-head with President Trump"; "Secretary of State" keeps its "of")."""
    if token.pos_ in ("PROPN", "NOUN") and token.is_lower and dictionary.only_a_verb(token.text):
        return True
    if token.pos_ in ("PROPN", "NOUN") and token.is_lower and past_tense_verb(token.text):
        return True  # "X jabbed House Speaker Y": the verb tagged a noun
    if _opens_quotation(token) and dictionary.is_verb(token.text):  # a slogan: "“Defeat President Trump”"
        return token.lower_ not in role_words.title_words()
    prepositions = lexicon.rules("person_name_repair.yaml")["title_prepositions"]
    return token.pos_ == "ADP" and token.lower_ not in prepositions


def _opens_quotation(token: Token) -> bool:
    """The first word inside an opening quotation mark."""
    return token.i > 0 and token.nbor(-1).text in ("“", '"', "‘") and not token.nbor(-1).whitespace_


def _count_number(token: Token) -> bool:
    """A number that counts something ("80", "8.3 billion"), not a year ("2020 presidential
    candidate") nor an ordinal: in front of a title it ends a clause's words, not a role."""
    if token.i + 1 < len(token.doc) and _joining_hyphen(token.nbor()):
        return False  # "two-term": a number inside a word that describes
    return token.like_num and not (token.is_digit and len(token.text) == 4) and token.ent_type_ != "ORDINAL"


def _joining_hyphen(token: Token) -> bool:
    """A hyphen written with no space on either side, inside a compound word."""
    return (
        token.text in ("-", "–") and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_
    )


def _contrasted(doc: Doc, end: int, noun: Token) -> bool:
    """ "the loan was meant for Parnas, not his wife": an appositive after a negation names
    somebody else, it does not describe the name."""
    return any(t.dep_ == "neg" or t.lower_ in ("not", "nor") for t in doc[end : noun.i])


def owned_kin(role: str) -> bool:
    """A kin role that says whose relative: "Navalny's mother", "his daughter" (not "first lady")."""
    words = f" {role.lower()} "
    return role_words.is_kin_role(role) and (
        any(p in words for p in (" his ", " her ", " their ", " its ")) or bool(re.search(r"['’]s?\s", words))
    )


def _name_part_kin_word(word: str) -> bool:
    """ "Mother Jones" (a magazine), "Sister Ardeth": a kin word written with a capital right
    before a name is part of a name or a religious title; kinship is written "his mother, X"."""
    return word[:1].isupper() and " " not in word and role_words.is_kin_role(word)


def _speaking(token: Token) -> bool:
    """A tensed verb, or a speech verb in any form: "..., tweeted Pence's spokeswoman, Katie Miller"
    puts the verb before the role ("elected official" keeps its participle)."""
    return token.tag_ in TENSED_TAGS or (
        token.tag_ == "VBN" and token.lemma_ in lexicon.speech_verbs("quote")
    )


def _phrase(doc: Doc, head: Token, exclude: Token | None) -> str:
    """A descriptor's own words: its subtree, minus the name it describes and any clause."""
    skip = set()
    for child in head.children:
        if _joining_hyphen(child):  # "son-in-law" is one word: without the hyphens only "son" is left
            continue
        if child.dep_ in _DROP_DEPS or (exclude is not None and child.i == exclude.i):
            skip.update(t.i for t in child.subtree)
    if exclude is not None:
        skip.update(t.i for t in exclude.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    while tokens and (
        tokens[0].dep_ == "det"
        or tokens[0].is_punct
        or tokens[0].pos_ == "PRON"
        or tokens[0].tag_ in _WH_TAGS  # "Franklin Graham, whose father, the Rev. Billy Graham"
        or _speaking(tokens[0])
    ):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens or len(tokens) > MAX_ROLE_TOKENS:
        return ""
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):  # keep only a contiguous phrase
        first = tokens[0].i
        tokens = [t for n, t in enumerate(tokens) if t.i == first + n]
    return doc[tokens[0].i : tokens[-1].i + 1].text
