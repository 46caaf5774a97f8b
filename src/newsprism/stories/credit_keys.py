"""Mentions that name the news, not the story: the article's own outlet ("(CNN)", "USA TODAY
reported") and a media organisation in a credit ("(AP)", "(Kevin Lamarque/Reuters)", "AP Photo").

As story keys they are shared by one outlet's unrelated articles (every lead "Seoul (CNN)" keys
``@org:cnn``; a magazine's photo credits key ``@org:reuters`` in its opinion pieces), so
``term_counts`` leaves them out with ``stories.drop_news_credits``. A media name cited as a
source ("CNN reported on Wednesday") in another outlet's text is kept: it may be what the
story is about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.nlp.lexicon import words

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_OUTLET_KIND = re.compile(r"\s*(?:\([^)]*\)|\s-\s.*)$")  # "CNN (Web News)", "New York Times - News"
_CREDIT_BEFORE = ("(", "/")  # "(AP)", "Lamarque/Reuters"
_CREDIT_AFTER = (")", "/")
_PHOTO = re.compile(r"\s+(?:photo|images?|video)\b", re.IGNORECASE)  # "AP Photo", "Getty Images"


def _name_words(name: str) -> tuple[str, ...]:
    """Lower-cased words of a name without a leading "the" ("The Hill" and "Hill" alike)."""
    found = [w.lower() for w in _WORD.findall(name)]
    return tuple(found[1:] if found[:1] == ["the"] and len(found) > 1 else found)


@lru_cache(maxsize=512)
def outlet_words(outlet: str) -> tuple[str, ...]:
    """The words of an outlet's name without its kind ("Fox Online News" -> fox online news)."""
    return _name_words(_OUTLET_KIND.sub("", outlet or ""))


def is_media_name(name: str) -> bool:
    """A news agency, network or paper of ``media_names.txt``."""
    media = words("media_names.txt")
    return name.lower() in media or " ".join(_name_words(name)) in media


def is_news_credit(name: str, text: str, start: int, outlet: str) -> bool:
    """Whether the mention at ``start`` names the article's own outlet, or is a media name
    written as a credit: inside brackets or glued to a slash, or before "Photo"."""
    found = _name_words(name)
    if not found:
        return False
    own = outlet_words(outlet)
    if found == own:
        return True
    if not is_media_name(name):
        return False
    if own and set(found) <= set(own):  # "Fox News" of "Fox Online News", "CNN" of "CNN (Web News)"
        return True
    if text[start - 1 : start] in _CREDIT_BEFORE:
        return True
    end = start + len(name)
    if text[start:end] != name:  # the stored name is not the text's spelling: no reading after it
        return False
    return text[end : end + 1] in _CREDIT_AFTER or bool(_PHOTO.match(text, end))
