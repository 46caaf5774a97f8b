"""Who a lead is about, to tell a storyline's days apart.

A storyline's developments share their actors and background (the nominee, the committee, the
inquiry), so words alone join the hearing of one day to the hearing of another. An editor tells
them apart by the day and by who is new in the lead: the witness of Friday is not in Wednesday's
report. So each article stores, beside its terms, the surnames of the people it names
(``PEOPLE`` marks: 2 when named in the lead, 1 elsewhere); a link between articles telling of
different days is the storyline's, not the story's, when one lead names someone the other
article never names (``names_newcomer``).
"""

from __future__ import annotations

from newsprism.stories.features import ArticleInfo, lead_end, normalised_words

PEOPLE = "#who:"  # prefix of the stored people marks (read by neither the vectors nor the leads)
IN_LEAD = 2.0


def people_marks(item: ArticleInfo, lead_words: int) -> dict[str, float]:
    """The surnames of the people the article names, as stored marks: ``IN_LEAD`` for those its
    first ``lead_words`` words name, 1.0 for the others (empty when ``lead_words`` is 0)."""
    if lead_words <= 0:
        return {}
    end = lead_end(item.text, lead_words)
    marks: dict[str, float] = {}
    for label, name, _entity_id, start in item.mentions:
        words = normalised_words(name) if label == "PERSON" else []
        if words:
            key = PEOPLE + words[-1]
            marks[key] = max(marks.get(key, 0.0), IN_LEAD if start < end else 1.0)
    return marks


def names_newcomer(terms_a: dict[str, float], terms_b: dict[str, float], both: bool = False) -> bool:
    """Whether either article's lead (``both``: each) names a person the other never names."""
    if both:
        return _newcomer(terms_a, terms_b) and _newcomer(terms_b, terms_a)
    return _newcomer(terms_a, terms_b) or _newcomer(terms_b, terms_a)


def _newcomer(terms: dict[str, float], other: dict[str, float]) -> bool:
    if not any(key.startswith(PEOPLE) for key in other):
        return False  # the other names no one (or was stored without marks): nothing to compare
    return any(k.startswith(PEOPLE) and n >= IN_LEAD and k not in other for k, n in terms.items())
