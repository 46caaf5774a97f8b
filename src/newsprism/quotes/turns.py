"""Turns: a quotation without a cue of its own continues a speaker's turn, or takes the speaker a
nearby sentence names ("the statement said", the lede's unnamed source named a paragraph later)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from newsprism.ingest.clean import is_debris_line
from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_span_of
from newsprism.people.article import ArticlePeople, fits_gender, full_name, in_headline
from newsprism.people.tokens import clean_name
from newsprism.people.words import PRONOUN_GENDER, ROLE_WORDS, SPEECH_NOUNS, SUBJECT_DEPS
from newsprism.quotes import rules
from newsprism.quotes.documents import data_owner, document_noun, document_owner, it_is_the_document
from newsprism.quotes.marks import doc_text, paragraph_bounds
from newsprism.quotes.speakers import resolve


def carry_speakers(
    article: ArticlePeople, found: list[tuple[Quote, int]], unresolved: dict[int, str]
) -> None:
    """A quotation with no cue continues the turn of the speaker just before it; one whose speaker
    mention was left unresolved (``unresolved``: its offset -> "it", "they", "statement" or a role
    noun) may be the speaker just quoted."""
    chain_speaker: dict[int, Quote] = {}
    for quote, chain in found:
        if quote.speaker_mention is not None and chain >= 0:
            chain_speaker.setdefault(chain, quote)
    previous: Quote | None = None
    for quote, chain in found:
        participle = _subjectless_participle(article, quote)
        if quote.speaker_mention is None and (quote.cue is None or participle):
            carry = rules.enabled("turn_carry_over")
            source = chain_speaker.get(chain) if chain >= 0 and carry else None
            if source is None and (quote.kind == "direct" or participle) and previous is not None and carry:
                if nothing_between(article, previous, quote):
                    source = previous
            if source is not None:
                quote.speaker = source.speaker
                quote.speaker_type = source.speaker_type
                if chain >= 0:
                    chain_speaker.setdefault(chain, source)
            elif (
                quote.kind == "direct"
                and chain_speaker.get(chain) is None
                and rules.enabled("nearby_speaker")
            ):
                # '"The door is open." The warning came from X, ...' - named in the next sentence;
                # else 'Asked about it, he laughed. "Ask me in a week."' - the person the sentence
                # just before, in the same paragraph, was about.
                named_after = _named_just_after(article, quote)
                quote.speaker = named_after or _subject_just_before(article, quote.start)
                quote.speaker_type = "PERSON" if quote.speaker else None
        role = unresolved.get(quote.speaker_start or -1)
        if not rules.enabled("statement_issuer" if role == "statement" else "unresolved_continues"):
            role = None
        if role == "statement" and quote.speaker is None and _issuer_named_before(article, quote, found):
            role = None  # "a Police Department report" ... "the police report says": the department
        if role == "it" and quote.speaker is None and previous is not None and previous.speaker:
            # 'The company said ... It said ...' - an organisation goes on speaking.
            body = previous.speaker_type in ("ORG", "GPE", "NORP") or _mistyped_body(article, previous)
            if body and nothing_between(article, previous, quote):
                quote.speaker, quote.speaker_type = previous.speaker, previous.speaker_type
        elif role == "they" and quote.speaker is None and previous is not None and previous.speaker:
            # '"...," Ferreira said. They added that ...': a singular they, the person just quoted
            if previous.speaker_type == "PERSON" and nothing_between(article, previous, quote):
                if not _plural_subject_before(article, quote):
                    quote.speaker, quote.speaker_type = previous.speaker, previous.speaker_type
        elif role == "statement" and quote.speaker is None:
            # 'Corvin said ... "...," the statement said.' - the statement just reported; else
            # 'In a statement, the embassy went further. "...," the statement said.'
            if (
                previous is not None
                and previous.speaker
                and nothing_between(article, previous, quote)
                and not _talked_about_before(article, previous, quote)
            ):
                quote.speaker, quote.speaker_type = previous.speaker, previous.speaker_type
            else:
                quote.speaker, quote.speaker_type = _statement_issuer(article, quote, [q for q, _ in found])
        elif role and quote.speaker is None and previous is not None and previous.speaker_type == "PERSON":
            # '"...," says Jones. "...," the senator continues.' - the same speaker, unless the
            # article introduced someone else with that role.
            if nothing_between(article, previous, quote) and _may_hold(article, previous.speaker, role):
                if not _role_of_other_body(article, previous.speaker, quote):
                    quote.speaker = previous.speaker
        if quote.speaker is None and document_noun(quote):  # "the report said", its issuer named before
            quote.speaker, quote.speaker_type = document_owner(article, quote, [q for q, _ in found])
        if quote.speaker is None:  # "Numbers from TRAC said ..."
            quote.speaker, quote.speaker_type = data_owner(article, quote)
        if it_is_the_document(quote, previous) and nothing_between(article, previous, quote):
            quote.speaker, quote.speaker_type = previous.speaker, previous.speaker_type
        if previous is not None and _pronoun_goes_on_turn(article, previous, quote):
            quote.speaker, quote.speaker_type = previous.speaker, previous.speaker_type
            quote.speaker_mention_id = None  # the resolver's pick is gone; named again from the table
        if quote.speaker is not None or quote.speaker_mention is not None:
            previous = quote
        elif quote.kind == "direct":
            previous = None


def _issuer_named_before(article: ArticlePeople, quote: Quote, found: list[tuple[Quote, int]]) -> bool:
    """A document the article introduced with its issuer ("according to a Miami Beach Police
    Department report") speaks for that issuer, not for whoever spoke or handed it over just before."""
    if not rules.enabled("issuer_before_noun") or not document_noun(quote):
        return False
    quote.speaker, quote.speaker_type = document_owner(article, quote, [q for q, _ in found])
    return quote.speaker is not None


def _mistyped_body(article: ArticlePeople, previous: Quote) -> bool:
    """'Twitter said ... Many of the accounts, it said, ...': a one-word speaker the model typed
    PERSON, with no gender the article teaches, that "it" goes on with, is a body."""
    if not rules.enabled("it_mistyped_body") or previous.speaker_type != "PERSON" or not previous.speaker:
        return False
    return " " not in previous.speaker.strip() and not article.genders.get(previous.speaker)


ASKING_CUES = frozenset({"ask", "asks", "asked", "asking", "question", "questions", "questioned"})


def _pronoun_goes_on_turn(article: ArticlePeople, previous: Quote, quote: Quote) -> bool:
    """'“A,” said Terry O’Neill, the head of ... “B,” ..., she said.': in one paragraph, with
    nothing of the writer's between, "he"/"she" is the person just quoted by name, unless what the
    article knows of that person's gender contradicts the pronoun."""
    pronoun = (quote.speaker_mention or "").lower()
    if not rules.enabled("pronoun_turn") or pronoun not in ("he", "she") or quote.kind == "indirect":
        return False
    if previous.speaker_type != "PERSON" or not previous.speaker or previous.speaker == quote.speaker:
        return False
    if (previous.speaker_mention or "").lower() in PRONOUN_GENDER or previous.speaker_mention is None:
        return False  # only a speaker the previous quote named
    if _asks(previous):
        return False  # '“Why?” asked Smith. “Because,” she said.': the other side of an exchange
    text = doc_text(article.doc)
    if paragraph_bounds(text, previous.start)[0] != paragraph_bounds(text, quote.start)[0]:
        return False
    return nothing_between(article, previous, quote) and fits_gender(
        article, previous.speaker, PRONOUN_GENDER[pronoun]
    )


def _asks(quote: Quote) -> bool:
    return quote.text.rstrip(" ,").endswith("?") or (quote.cue or "").lower() in ASKING_CUES


def unname_askers_answers(article: ArticlePeople, quotes: list[Quote]) -> None:
    """After the exchanges rule gave answers to the ones asked: an answer a pronoun still gives to
    the asker of the question right before it is left unnamed rather than wrong."""
    for previous, quote in zip(quotes, quotes[1:], strict=False):
        if _pronoun_answers_own_question(article, previous, quote):
            quote.speaker, quote.speaker_type, quote.speaker_mention_id = None, None, None


def _pronoun_answers_own_question(article: ArticlePeople, previous: Quote, quote: Quote) -> bool:
    """'“Will you resign?” asked Paul Dunne. “Not today,” she said.': the pronoun answering a
    question, right after it, is the one asked, never the asker; unnamed rather than wrong."""
    pronoun = (quote.speaker_mention or "").lower()
    if not rules.enabled("not_the_asker") or pronoun not in ("he", "she", "they"):
        return False
    if not _asks(previous) or not previous.speaker or previous.speaker != quote.speaker:
        return False
    if (previous.speaker_mention or "").lower() in PRONOUN_GENDER:
        return False  # "“...?” he asked. “...,” he said": one person may ask and answer
    return nothing_between(article, previous, quote) and not _goes_on(article, quote)


def _goes_on(article: ArticlePeople, quote: Quote) -> bool:
    """'X asked himself: “...?” He goes on to say: “...”': a cue of going on
    (``quote_going_on_cues.txt``) is the speaker's own turn, not an answer (``going_on_not_answer``)."""
    if quote.cue_start is None or not rules.enabled("going_on_not_answer"):
        return False
    cue = article.doc.char_span(quote.cue_start, quote.cue_start + 1, alignment_mode="expand")
    if cue is None:
        return False
    verb = cue[0].head if cue[0].dep_ == "xcomp" else cue[0]
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    cues = lexicon.words("quote_going_on_cues.txt")
    return verb.lemma_.lower() in cues or f"{verb.lemma_.lower()} {particle}" in cues


def _subjectless_participle(article: ArticlePeople, quote: Quote) -> bool:
    """'“...,” adding that ...': a speech participle with no speaker of its own, right after a
    closing quotation mark, goes on with the turn of the one quoted before ("Trump tweeted ...,
    calling it “...”" is not such a case: the participle hangs on a clause of its own)."""
    cue = (quote.cue or "").lower()
    if not rules.enabled("participle_turn") or not cue.endswith("ing") or quote.cue_start is None:
        return False
    before = doc_text(article.doc)[: quote.cue_start].rstrip(" ,\n")
    return before.endswith(("”", '"', "’", "'"))


def lede_source_named_next(article: ArticlePeople, quotes: list[Quote], unresolved: dict[int, str]) -> None:
    """'The leader of Zambia's main opposition party said ...' opening the story, then in the next
    paragraph '"...," said Moses Chanda, who ...': a lede often names its source one paragraph
    late. Only for the story's first paragraph, and only a person first named there."""
    starts, text = article.paragraph_starts, doc_text(article.doc)
    body = [i for i, start in enumerate(starts) if text[start:].strip() and not in_headline(article, start)]
    if len(body) < 2:
        return
    lede_start, next_start = starts[body[0]], starts[body[1]]
    next_end = starts[body[1] + 1] if body[1] + 1 < len(starts) else len(text)
    in_next = [q for q in quotes if next_start <= q.start < next_end]
    named = [q for q in in_next if q.speaker and q.speaker_type == "PERSON"]
    if named and (named[0].speaker_mention or "").strip():
        person = named[0].speaker
    else:  # "A Republican candidate ... was caught saying ..." then "Michelle Steel is ...": her
        person = _subject_opening(article, next_start) if rules.enabled("lede_subject_named_next") else None
        quotes = [q for q in quotes if (q.speaker_mention or "").lower().startswith(("a ", "an "))]
        for quote in quotes:
            role = (quote.speaker_mention or "").split()[-1]
            if (
                person
                and lede_start <= quote.start < next_start
                and quote.speaker is None
                and is_role_word(role)
            ):
                quote.speaker, quote.speaker_type = person, "PERSON"
        return
    if person is None:
        return
    introduced = [o for o, n in article.full_names.get(person.split()[-1].lower(), []) if n == person]
    if not introduced or min(introduced) < next_start:
        return  # named before: the lede's role would have found them
    for quote in quotes:
        if not lede_start <= quote.start < next_start or quote.speaker is not None:
            continue
        role = unresolved.get(quote.speaker_start if quote.speaker_start is not None else -1)
        if role and role not in ("it", "they", "statement"):
            quote.speaker, quote.speaker_type = person, "PERSON"


def is_role_word(word: str) -> bool:
    return word.lower() in ROLE_WORDS


def _subject_opening(article: ArticlePeople, start: int) -> str | None:
    """The person named as the subject of the sentence that opens a paragraph."""
    first = article.doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None:
        return None
    root = first[0].sent.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    entity = entity_span_of(subject)
    if entity is None and subject.pos_ == "PROPN":  # a name the recogniser missed
        entity = subject.doc[subject.left_edge.i : subject.i + 1]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in entity):
            return None
    elif entity is None or entity.label_ != "PERSON":
        return None
    if len(entity) < 2 or subject.text.lower() not in article.full_names:
        return None
    return full_name(article, clean_name(entity), entity.start_char)


def _statement_issuer(
    article: ArticlePeople, quote: Quote, quotes: list[Quote]
) -> tuple[str | None, str | None]:
    """Who issued "the statement" a quotation comes from: in the nearest earlier sentence (this
    paragraph or the two before) that mentions such a statement, the speaker of a quote there,
    else the sentence's subject ("In a statement, the embassy went further.")."""
    noun = (quote.speaker_mention or "").split()[-1].lower()
    text, starts = doc_text(article.doc), article.sentence_starts
    paragraph = bisect_right(article.paragraph_starts, quote.start) - 1
    horizon = article.paragraph_starts[max(0, paragraph - 2)]
    own = bisect_right(starts, min(quote.start, quote.sentence_start or quote.start)) - 1
    for index in range(own - 1, -1, -1):
        start, end = starts[index], starts[index + 1]
        if start < horizon:
            break
        if not noun or noun not in text[start:end].lower():
            continue
        if rules.enabled("document_talked_about") and _talked_about(article, start, end, noun):
            continue  # "X said if the exit poll was accurate, “...”": X's poll is no statement of X's
        spoken = [q for q in quotes if start <= q.start < end and q.speaker]
        if spoken:
            return spoken[-1].speaker, spoken[-1].speaker_type
        first = article.doc.char_span(start, start + 1, alignment_mode="expand")
        root = first[0].sent.root if first is not None else None
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None) if root else None
        if subject is None or subject.pos_ == "PRON":
            return None, None
        speaker = resolve(article, subject)
        if speaker.name is None and rules.enabled("statement_named_before"):
            continue  # a caption's "X and Y, shown in January, released a joint statement": on back
        return speaker.name, speaker.type if speaker.name else None
    return None, None


def _document_tokens(article: ArticlePeople, start: int, end: int, noun: str) -> tuple[list, list]:
    """The document noun's words in a sentence, and those of them inside a clause that someone
    states ("said if the poll was accurate", "argued that the statement was late"): such a
    sentence talks about the document; it does not say who issued it ("In a statement, the embassy
    said"), nor does "according to the poll". "pollsters" is no "poll"."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    nouns = [t for t in span or [] if noun in (t.lemma_.lower(), t.lower_)]
    stated = [
        t
        for t in nouns
        if any(a.dep_ in ("advcl", "ccomp") for a in [t, *t.ancestors] if a.i != t.sent.root.i)
        or t.head.lower_ == "to"
        and t.head.head.lower_ == "according"  # the document speaking, unissued
    ]
    return nouns, stated


def _talked_about(article: ArticlePeople, start: int, end: int, noun: str) -> bool:
    nouns, stated = _document_tokens(article, start, end, noun)
    return len(stated) == len(nouns)


def _talked_about_before(article: ArticlePeople, previous: Quote, quote: Quote) -> bool:
    """The quote just before stated something about the very document now speaking."""
    if not rules.enabled("document_talked_about") or not quote.speaker_mention:
        return False
    noun = quote.speaker_mention.split()[-1].lower()
    start, end = previous.sentence_start, max(previous.sentence_end, previous.end)
    nouns, stated = _document_tokens(article, start, end, noun)
    return bool(nouns) and len(stated) == len(nouns)


def _named_just_after(article: ArticlePeople, quote: Quote) -> str | None:
    """'"...." The warning came from Rosalind Achebe, ...': the speaker the next sentence names."""
    doc = article.doc
    first = bisect_left(article.sentence_starts, quote.end)
    next_starts = article.sentence_starts[first : first + 3]
    heads = [doc.char_span(o, o + 1, alignment_mode="expand") for o in next_starts]
    sentences = [head[0].sent for head in heads if head is not None]
    following = [sent for sent in sentences if any(t.is_alpha for t in sent)]
    if not following:
        return None
    words = [t for t in following[0] if not t.is_punct and not t.is_space]
    if len(words) < 5 or words[1].lemma_.lower() not in SPEECH_NOUNS:
        return None
    if words[2].lemma_.lower() != "come" or words[3].lower_ != "from":
        return None
    name = entity_span_of(words[4])
    if name is None or name.label_ != "PERSON":
        return None
    return full_name(article, clean_name(name), name.start_char)


def _subject_just_before(article: ArticlePeople, offset: int) -> str | None:
    """The person who was the subject of the sentence right before an offset, same paragraph."""
    starts = article.sentence_starts
    index = bisect_right(starts, offset - 1) - 1
    paragraph_start = paragraph_bounds(doc_text(article.doc), offset)[0]
    if index < 1 or starts[index - 1] < paragraph_start:
        return None
    since = starts[index - 1] if starts[index] >= offset - 1 else starts[index]
    names = [name for o, name in article.subjects if since <= o < offset]
    return names[-1] if names else None


def _may_hold(article: ArticlePeople, name: str | None, role: str) -> bool:
    """True unless the article introduced someone else with this role."""
    return bool(name) and not any(role in words and holder != name for _, holder, words in article.roles)


def _role_of_other_body(article: ArticlePeople, name: str | None, quote: Quote) -> bool:
    """'“...,” Lynch said. The head of the Civilian Complaint Review Board said ...': a role of a
    body the article never gave the person just quoted is a new source (rule group
    ``role_of_other_body``), however quickly it follows."""
    if not rules.enabled("role_of_other_body") or quote.speaker_start is None:
        return False
    doc = article.doc
    span = doc.char_span(
        quote.speaker_start, quote.speaker_end or quote.speaker_start, alignment_mode="expand"
    )
    if span is None or not len(span):
        return False
    preps = [c for c in span.root.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")]
    bodies = [entity_span_of(o) for p in preps for o in p.children if o.dep_ == "pobj"]
    words = {t.lower_ for b in bodies if b is not None and b.label_ == "ORG" for t in b if t.is_alpha}
    words -= {"the", "of", "and", "for"}
    if not words:
        return False
    return not any(holder == name and words <= held for _, holder, held in article.roles)


def nothing_between(article: ArticlePeople, previous: Quote, quote: Quote) -> bool:
    """True when no sentence of the writer's own stands between a quotation and the one before."""
    anchor = max(previous.end, previous.speaker_end or 0, (previous.cue_start or 0) + len(previous.cue or ""))
    starts = article.sentence_starts
    first = bisect_right(starts, anchor)
    own_sentence = min(quote.start, quote.sentence_start if quote.sentence_start is not None else quote.start)
    text = doc_text(article.doc)
    return all(
        start >= own_sentence - 2
        or (rules.enabled("furniture_between") and _furniture_line(text, start, article.layout.lines_judged))
        for start in starts[first : bisect_right(starts, quote.start)]
    )


def _furniture_line(text: str, start: int, judged: bool) -> bool:
    """A whole line the cleaner drops ("ADVERTISEMENT" between two paragraphs of one quotation) is
    the page's, not a sentence of the writer's that would end the speaker's turn (``judged``: the
    text's lines are cleaning's, ``Layout.lines_judged``)."""
    if start > 0 and text[start - 1] != "\n":
        return False
    end = text.find("\n", start)
    return is_debris_line(text[start : end if end >= 0 else len(text)].strip(), judged)


def _plural_subject_before(article: ArticlePeople, quote: Quote) -> bool:
    """'Since Republicans believe ..., they contend there will be less need to produce the
    “replace” part': a plural subject earlier in the sentence is what "they" means, not the
    person quoted before (rule group ``plural_they``)."""
    if not rules.enabled("plural_they") or quote.speaker_start is None:
        return False
    pronoun = article.doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    if pronoun is None:
        return False
    sentence = pronoun[0].sent
    return any(t.tag_ in ("NNS", "NNPS") and t.dep_ in SUBJECT_DEPS for t in sentence if t.i < pronoun[0].i)
