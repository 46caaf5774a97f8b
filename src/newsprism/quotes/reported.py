"""Reported speech without quotation marks: "X said (that) ...", "..., X said", "according to X, ..."."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.ingest.layout import Layout
from newsprism.models import Quote
from newsprism.nlp import lexicon, patterns
from newsprism.nlp.document_memo import sentence_of
from newsprism.people.article import ArticlePeople
from newsprism.people.tokens import is_cue, speech_particle
from newsprism.people.words import CUE_VERBS, RELATIVE_PRONOUNS, SUBJECT_DEPS
from newsprism.quotes import rules
from newsprism.quotes.according import according_to_a_measure, according_to_a_relay, finding
from newsprism.quotes.cue_subjects import clausal_subject, idle_phrasal
from newsprism.quotes.cues import cue_subject
from newsprism.quotes.marks import doc_text, paragraph_bounds, wrapped_in_marks
from newsprism.quotes.nested import relay_tag_only, relays_a_report
from newsprism.quotes.run_on import narration_cut
from newsprism.quotes.split_reports import (
    but_continuation,
    conjunct_after_quoted,
    conjunct_after_tag,
    small_clause,
    wh_complement,
)
from newsprism.quotes.tags import (
    after_parenthetical_tag,
    before_quoted_conjunct,
    before_quoted_participle,
    before_quoted_that_clause,
    fronted_phrase,
    opens_adverbial,
)

# "declined to say ...": verbs whose infinitive speech verb reports nothing
WITHHELD = lexicon.words("quote_withheld_verbs.txt")


def reported_speech(article: ArticlePeople, article_id: str, inside) -> list[tuple[Quote, Token]]:
    """'X said (that) ...', '..., X said', 'according to X, ...' with no quotation marks in them."""
    doc = article.doc
    found: list[tuple[Quote, Token]] = []
    covered_until = -1
    for token in article.speech_cues:
        if token.idx < covered_until or inside(token.idx):
            continue
        if any(c.dep_ == "neg" for c in token.children):
            continue
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in WITHHELD:
            continue  # "declined to say", "refused to comment": nothing was reported
        if finding(token) or according_to_a_measure(token) or according_to_a_relay(token, article):
            continue
        if clausal_subject(token) or idle_phrasal(token):  # "Moving the vote to May signals that ..."
            continue
        content = _reported_content(token, article.layout)
        if content is not None and _inverted_tag(token, content, inside):
            content = None  # '“...,” said the website set up to ...': the tag's subject, no report
        if content is not None and relay_tag_only(content):
            content = None  # '“...,” Ortiz said Friday, the Ledger reported': no report of its own
        if content is not None and relays_a_report(content, token, article):
            continue  # 'X noted that the Ministry has said that ...': the inner cue reports it
        after_tag = after_parenthetical_tag(token)  # 'A, X said, B.': B too
        conjunct = conjunct_after_tag(token) if after_tag is None else None
        if conjunct is not None:  # 'A, X notes, but B': A and B
            content, after_tag = content or conjunct[0], conjunct[1]
        if content is not None and content.end <= token.i and opens_adverbial(content):
            if sentence_of(content[0]).root not in content:  # the adverbial clause alone, not its sentence
                content = None  # "If these were legal, X argues, ...": it states nothing alone
        if after_tag is not None and (content is None or content.end <= after_tag.start):
            if content is not None and len(content) >= 3:
                found.append((_indirect(article_id, content, token, para_bounds(doc, token)), token))
            content = after_tag
        if content is None and rules.enabled("relative_reports"):
            content = _relative_report(token)
        if content is not None:
            para_start, para_end = paragraph_bounds(doc_text(doc), token.idx)
            content = strip_punct(
                doc.char_span(
                    max(content.start_char, para_start),
                    min(content.end_char, para_end),
                    alignment_mode="contract",
                )
            )
        if content is not None and article.layout.in_dateline(content.start_char):
            after = [t for t in content if t.idx >= article.layout.dateline[1]]  # "GALVEN, Selunia — ..."
            if len(after) > 2:
                content = content[after[0].i - content.start :]
        if content is not None and len(content) > 3 and content[0].lower_ == "that":
            if content[0].tag_ in ("IN", "WDT"):  # the clause as reported, without its "that"
                content = content[1:]
        if content is not None and any(inside(t.idx) for t in content):
            # 'said X had "..." and that Y': the quoted words are a quote of their own; Y is not;
            # 'said he had won 61 percent, a result his rival called "a fraud"': the aside is not
            content = (
                _unquoted_that_clause(content, inside)
                or _before_quoted_aside(content, inside)
                or before_quoted_that_clause(token, content, inside)
                or before_quoted_participle(token, content, inside)
                or before_quoted_conjunct(token, content, inside)
                or conjunct_after_quoted(content, inside)
            )
        elif content is not None:  # "there is no charge sheet and the story[ “seems ...”]"
            content = before_quoted_conjunct(token, content, inside) or content
        if (
            content is None
            or len(content) < 3
            or wrapped_in_marks(doc_text(doc), content.start_char, content.end_char)
        ):
            continue
        fronted = fronted_phrase(token, content)  # "In the 1950s, he writes, B": that phrase too
        if fronted is not None:
            found.append((_indirect(article_id, fronted, token, (para_start, para_end)), token))
        found.append((_indirect(article_id, content, token, (para_start, para_end)), token))
        covered_until = max(covered_until, content.end_char)
    return found


def para_bounds(doc, token: Token) -> tuple[int, int]:
    return paragraph_bounds(doc_text(doc), token.idx)


def _indirect(article_id: str, content: Span, cue: Token, paragraph: tuple[int, int]) -> Quote:
    """An indirect quote of ``content``, with the cue's sentence (within its paragraph)."""
    around = sentence_of(cue)
    sentence = content.doc.char_span(
        max(around.start_char, paragraph[0]), min(around.end_char, paragraph[1]), alignment_mode="expand"
    )
    return Quote(
        article_id=article_id,
        text=content.text,
        start=content.start_char,
        end=content.end_char,
        kind="indirect",
        sentence=sentence.text,
        sentence_start=sentence.start_char,
        sentence_end=sentence.end_char,
    )


def _inverted_tag(cue: Token, content: Span, inside) -> bool:
    """'“...,” said the blog set up to promote the fund': a cue right after a closing mark tags
    that quotation; the clause the parser hung after it is the tag's subject, not a report ("“...,”
    adding that ..." goes on reporting)."""
    if not rules.enabled("inverted_tag") or cue.i == 0 or content.start <= cue.i or cue.tag_ == "VBG":
        return False
    before = cue.doc[cue.i - 1]
    closing = before.text == "”" or (before.text == '"' and inside(before.idx - 1))
    return closing and content[0].lower_ != "that" and not any(c.dep_ == "nsubj" for c in cue.children)


def _before_quoted_aside(content: Span, inside) -> Span | None:
    """The reported clause up to the comma that opens an aside ("X, a result his rival called
    '...'") holding the quoted words."""
    doc = content.doc
    first = next(t for t in content if inside(t.idx))
    commas = [t for t in doc[content.start : first.i] if t.text == ","]
    if not commas:
        return None
    after = doc[commas[-1].i + 1]
    aside = after  # the largest phrase that starts right after the comma
    while aside.head.i != aside.i and aside.head.left_edge.i == after.i:
        aside = aside.head
    if aside.dep_ not in ("appos", "npadvmod", "relcl", "acl") or aside.head.i > commas[-1].i:
        return None
    clause = strip_punct(doc[content.start : commas[-1].i])
    if clause is None or len(clause) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return None
    return clause


def _unquoted_that_clause(content: Span, inside) -> Span | None:
    """The words after 'and that' in a reported clause, to the end of the sentence, when they
    hold no quotation marks (the parse may hang the rest of that clause on the cue)."""
    doc = content.doc
    for word in doc[content.start : sentence_of(content[0]).end]:
        if word.dep_ != "conj":
            continue
        mark = next((c for c in word.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is None or mark.i < content.start or doc[mark.i - 1].dep_ != "cc":
            continue
        clause = strip_punct(doc[mark.i + 1 : sentence_of(mark).end])
        if clause is not None and not any(inside(t.idx) for t in clause):
            return clause
    return None


def _reported_content(cue: Token, layout: Layout) -> Span | None:
    """The reported clause of a cue: its clausal complement, or the sentence around 'according to'."""
    doc = cue.doc
    if cue.lower_ == "according":
        sentence = sentence_of(cue)
        phrase_start, phrase_end = cue.left_edge.i, cue.right_edge.i + 1
        before = doc[sentence.start : phrase_start]
        after = doc[phrase_end : sentence.end]
        # "Trade reached $6bn, according to X, most of it copper": the side with the main verb
        if sentence.root in before and len(before) > 2:
            span = before
        elif sentence.root in after and len(after) > 2:
            span = after
        else:
            span = after if len(after) >= len(before) else before
        return strip_punct(span)
    para_start = paragraph_bounds(doc_text(doc), cue.idx)[0]
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    particle = speech_particle(cue)
    if particle is not None and particle.lower_ == "notice":  # "put the boards on notice ..."
        return _on_notice_clause(cue, particle)
    if particle in clauses:  # "made it clear that he would ...": the clause, not the particle "clear"
        clauses.remove(particle)
        clauses += [c for c in particle.children if c.dep_ in ("ccomp", "advcl") and c.i > particle.i]
        clauses.sort(key=lambda c: c.i)
    if not clauses:
        clause = _misattached_clause(cue) if rules.enabled("clause_on_object") else None
        if clause is None:
            if not rules.enabled("clause_before_attribution"):
                return None
            return _clause_before_attribution(cue, para_start, layout)
        clauses = [clause]
    clause = clauses[-1] if clauses[0].i < cue.i and clauses[-1].i > cue.i else clauses[0]
    if clause.i > cue.i and clauses[0].i < cue.i and _adverbial(clause):
        clause = clauses[0]  # "A happened, the mission said, days before B": B is the writer's
    if clause.i > cue.i and (_runs_on_a_relative(cue, clause) or _day_as_subject(cue, clause)):
        return None
    start = clause.left_edge.i
    same_side = [c for c in clauses if (c.i < cue.i) == (clause.i < cue.i)]
    if len(same_side) > 1 and clause.i < cue.i:  # "A, but B, said X": two clauses, one statement
        clause = same_side[-1]
    later = [c for c in clauses if c.i > clause.i]
    if later and clause.pos_ not in ("VERB", "AUX") and later[0].left_edge.i == clause.right_edge.i + 1:
        clause = later[0]  # "said the bill['s] price tag would fall": one clause the parser split
    if clause.i < cue.i and not any(c.dep_ in SUBJECT_DEPS and c.i > clause.i for c in cue.children):
        return None  # "the aide, who ..., was a spokeswoman, wrote": the 'clause' holds the subject
    end = _past_glued_hyphen(doc, clause.right_edge.i + 1)
    for verb in clause.children:  # "said X but urged Y": the second verb is the speaker's, not X's
        if verb.dep_ == "conj" and verb.i > clause.i and is_cue(verb, CUE_VERBS) and not idle_phrasal(verb):
            if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                end = min(end, verb.left_edge.i)
                while end > clause.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                    end -= 1
    if clause.i > cue.i and rules.enabled("but_continues"):
        end = but_continuation(cue, end)
    if clause.i > cue.i:
        end = narration_cut(clause, end)
    for token in doc[start:end]:  # "the seat, which X won in 2022": the writer's aside
        if token.dep_ == "relcl" and token.right_edge.i + 1 >= end and token.left_edge.i > start:
            if doc[token.left_edge.i - 1].text == "," and token.left_edge.lower_ in ("which", "who"):
                end = token.left_edge.i - 1
                break
    span = doc[start:end]
    if len(span) and span[0].lower_ in ("whether", "if") and not _conditional(span[0], clause):
        return None  # "declined to say whether ...": a question, not a statement
    if wh_complement(cue, clause, span):
        return None  # "explained why ...": a topic, not a statement
    if not any(t.pos_ in ("VERB", "AUX") for t in span) or small_clause(cue, clause):
        return None  # "declared President X the winner", "... the group defeated": nothing reported
    while len(span) and span[0].dep_ == "mark" or len(span) and span[0].is_punct:
        span = span[1:]
    return strip_punct(span)


DASHES = frozenset({"—", "–", "--"})


def _on_notice_clause(cue: Token, notice: Token) -> Span | None:
    """'put the boards on notice: X' / 'on notice that X': what the warning says is X, the words
    after the colon to the sentence's end (the parse makes the lead-in a clause of X) or the
    that-clause hung on "notice" (rule group ``on_notice_cue``)."""
    doc = cue.doc
    end = sentence_of(cue).end
    if notice.i + 2 < end and doc[notice.i + 1].text == ":":
        return strip_punct(doc[notice.i + 2 : end])
    clause = next((c for c in notice.children if c.dep_ in ("acl", "ccomp") and c.i > notice.i), None)
    mark = doc[notice.i + 1] if notice.i + 1 < end else None
    if clause is None or mark is None or mark.lower_ != "that":
        return None
    return strip_punct(doc[mark.i + 1 : narration_cut(clause, clause.right_edge.i + 1)])


def _relative_report(cue: Token) -> Span | None:
    """'drills that North Korea claims are invasion preparations', 'policies that activists say
    unfairly target minorities': a speech verb in a relative clause reports the predicate that
    follows it (the parse seldom hangs that predicate on the verb)."""
    if cue.dep_ not in ("relcl", "acl") or cue.lower_ == "according":
        return None
    doc = cue.doc
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or cue.i + 1 >= len(doc):
        return None
    if cue.head.dep_ in SUBJECT_DEPS and cue.head.head.i > cue.i:
        return None  # "The plan that Hale wrote is the best": the main clause's verb follows
    first = doc[cue.i + 1]
    if first.pos_ not in ("AUX", "VERB", "ADV") or first.tag_ in ("VBG", "VBN") and first.pos_ == "VERB":
        return None  # 'the man she told about it', 'a plan he said, ...': no predicate follows
    end, sentence_end = cue.i + 1, sentence_of(cue).end
    while (
        end < sentence_end and doc[end].text not in (",", ";", ":", "—", "–", "(") and not doc[end].is_space
    ):
        end += 1
    span = strip_punct(doc[cue.i + 1 : end])
    if span is None or len(span) < 2:
        return None
    return span


def _misattached_clause(cue: Token) -> Token | None:
    """A reported clause the parser hung on the cue's object: 'said in a statement that ...',
    'told the council she worried ...' (a clause with its own subject, not a relative clause):
    the ``clause_on_object`` pattern, nearest the cue first."""
    if not any(t.dep_ in ("acl", "relcl") for t in cue.subtree):
        return None  # no clause hangs below the cue: the pattern cannot match (and matching costs)
    # nodes: cue, the cue's child (via), ..., the noun the clause hangs on, the clause
    found = sorted(
        (nodes[1], nodes[-2], nodes[-1])
        for nodes in patterns.match("clause_on_object", sentence_of(cue))
        if nodes[0] == cue.i
    )
    doc = cue.doc
    return next(
        (doc[c] for _, _, c in found if _has_own_subject(doc[c]) and _hangs_on_cue(doc[c], cue)), None
    )


def _conditional(opener: Token, clause: Token) -> bool:
    """'He said if Clinton runs, voters must be told ...': the "if" opens a condition inside the
    reported clause (the mark of a clause under it), not an indirect question."""
    return rules.enabled("conditional_report") and opener.head.i != clause.i and opener.head.dep_ == "advcl"


def _runs_on_a_relative(cue: Token, clause: Token) -> bool:
    """'tweeted a link to an article that gives an account of the time X was accused ...': the
    parse hung the clause on the cue, but a relative clause runs right up to it."""
    if not rules.enabled("relative_not_report"):
        return False
    between = cue.doc[cue.i + 1 : clause.left_edge.i]
    if between and between[-1].text in DASHES and rules.enabled("aside_ends_relative"):
        return False  # "told the committees probing X — A and B — that he ...": the dash closes an aside
    return any(t.dep_ in ("relcl", "acl") and t.right_edge.i + 1 == clause.left_edge.i for t in between)


def _hangs_on_cue(clause: Token, cue: Token) -> bool:
    """'will announce the new criteria, which Holder expects will lead ...', 'tweeted a link to an
    article that gives an account of the time X was accused ...': a relative clause, or a clause
    under another verb on the way to the cue, is not what the cue reports (``relative_not_report``)."""
    if not rules.enabled("relative_not_report"):
        return True
    if clause.left_edge.lower_ in RELATIVE_PRONOUNS and clause.left_edge.lower_ != "that":
        return False
    head = clause.head
    while head.i != cue.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX"):
            return False
        head = head.head
    return True


def _day_as_subject(cue: Token, clause: Token) -> bool:
    """'the activity Facebook revealed Tuesday was targeted at ...': a day right after the verb is
    when it spoke; a 'clause' whose subject is that bare day is a misparse, no report."""
    if not rules.enabled("day_not_subject"):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    adjacent = subject is not None and subject.i == cue.i + 1
    return adjacent and subject.ent_type_ == "DATE" and not subject.n_lefts


def _adverbial(clause: Token) -> bool:
    """A clause opened by 'before', 'after', 'when', 'as' ...: time or reason, not what was said."""
    return any(c.dep_ == "mark" and c.lower_ not in ("that", "whether", "if") for c in clause.children)


def _has_own_subject(clause: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    return any(
        c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS and c.tag_ not in ("WP", "WDT")
        for c in clause.children
    )


def _clause_before_attribution(cue: Token, para_start: int, layout: Layout) -> Span | None:
    """'Floods cut off nine villages, officials said on Saturday.' when the parse lost the clause."""
    doc = cue.doc
    subject = cue_subject(cue, layout)
    if subject is None or subject.i >= cue.i:
        return None
    comma = doc[subject.left_edge.i - 1] if subject.left_edge.i else None
    tail = [t for t in doc[cue.i + 1 : sentence_of(cue).end] if not t.is_space]
    if tail and tail[0].text == ":":
        return None  # "..., Severin said:" opens a quotation; what came before is scene-setting
    long_tail = len(tail) > 6 or any(t.pos_ == "VERB" for t in tail)
    if comma is None or comma.text != "," or (long_tail and cue.dep_ != "parataxis"):
        return None  # a parenthetical "..., he says, with ..." may run on after the attribution
    start = max(sentence_of(cue).start_char, para_start)
    clause = doc.char_span(start, comma.idx, alignment_mode="contract")
    main_verbs = [t for t in clause or [] if t.pos_ in ("VERB", "AUX") and t.dep_ != "relcl"]
    if clause is None or not main_verbs:
        return None  # "In a speech that was interrupted ..., X said:" - a phrase, not a statement
    opener = clause[0].pos_ in ("ADP", "SCONJ")
    if opener and rules.enabled("phrase_before_attribution") and not any(map(_has_own_subject, main_verbs)):
        return None  # "Upon entering office, X promised voters ...": a phrase with a verb, no statement
    if clause[0].lemma_.lower() == "ask":
        return None  # "Asked whether ..., X said": the question put to the speaker
    return clause


def _past_glued_hyphen(doc, end: int) -> int:
    """'open to re-entering the pact if ...': the parse may hang the word after a glued hyphen, and
    all it governs, outside the clause; the clause then goes on to that word's last dependent
    (rule group ``hyphen_glued_word``)."""
    if end + 1 >= len(doc) or doc[end - 1].whitespace_ or doc[end].text != "-" or doc[end].whitespace_:
        return end
    word = doc[end + 1]
    return max(end, word.right_edge.i + 1) if rules.enabled("hyphen_glued_word") and word.is_alpha else end


def strip_punct(span: Span | None) -> Span | None:
    if span is None:
        return None
    # a report never ends in a conjunction: "it could risk the bid[ and] the NCAA hinted ..."
    while len(span) and (span[-1].is_punct or span[-1].is_space or span[-1].dep_ == "cc"):
        span = span[:-1]
    while len(span) and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    return span if len(span) else None
