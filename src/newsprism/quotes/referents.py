"""A second look at a speaker just resolved, before it becomes salient for the pronouns after it.

``surname_first`` (a named group, ``quotes.rules``): a bare name is a surname. "Mohammed said" in
an article about Yanar Mohammed and the reporter Mohammed Jamjoom is Yanar Mohammed: news style
calls people by their last name. Only when the one called so was named in full more recently than
the one whose first name it is, so that a name written surname first ("Kim Hyung-suk", called
"Kim") keeps the person just introduced.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsprism.models import Quote
from newsprism.people.article import ArticlePeople
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text


def second_look(article: ArticlePeople, quote: Quote) -> None:
    """Re-read the speaker of a quote whose cue was just attached."""
    if not quote.speaker or quote.speaker_type != "PERSON" or not rules.enabled("surname_first"):
        return
    if quote.speaker_start is None or quote.speaker_end is None:
        return
    mention = article.doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    if mention is not None:
        _surname_first(article, quote, mention)


def _surname_first(article: ArticlePeople, quote: Quote, mention: Span) -> None:
    words = [t for t in mention if not t.is_punct]
    if len(words) != 1 or words[0].pos_ != "PROPN":
        return
    word = words[0].text
    speaker = quote.speaker.split()
    if len(speaker) < 2 or speaker[0] != word or speaker[-1] == word:
        return  # the speaker is called by the last name already
    by_surname = [
        (offset, name)
        for offset, name in article.full_names.get(word.lower(), [])
        if len(name.split()) > 1 and name.split()[-1] == word
    ]
    if not by_surname:
        return
    text = doc_text(article.doc)
    other = max(by_surname, key=lambda item: text.rfind(item[1], 0, mention.start_char))[1]
    if text.rfind(other, 0, mention.start_char) > text.rfind(quote.speaker, 0, mention.start_char):
        quote.speaker = other  # named in full more recently than the one the first name fits
        quote.speaker_mention_id = None
