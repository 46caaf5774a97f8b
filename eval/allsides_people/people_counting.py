"""The counting step the unseen people sets share: which articles name each listed person, and
how often each of their forms occurs there (build_dev.py / README.md's rule: longest
non-overlapping case-sensitive matches, masks count for nobody)."""

import re

from newsprism.evaluation import real_people


def occurrences(text: str, strings: set[str]) -> list[tuple[int, int, str]]:
    """Longest non-overlapping case-sensitive matches: the set's scorer's own rule."""
    return [(o.start, o.end, o.form) for o in real_people.occurrences(text, strings)]


def count_people(
    texts: dict[str, str],
    event: list[str],
    people: dict[str, tuple[list[str], dict[str, list[str]]]],
    masks: list[str],
    needs_full: dict[str, str],
) -> list[dict]:
    """The gold entry of each listed person: an article names them with a full form, or with a
    bare form only in an event article (never a distractor) and, for ``needs_full`` people, only
    where its pattern is found; ``skips`` (form -> article ids) drop a form's matches there."""
    strings = set(masks) | {f for forms, _ in people.values() for f in forms}
    found = {i: occurrences(t, strings) for i, t in texts.items()}
    entries = []
    for name, (forms, skips) in people.items():
        full = [f for f in forms if " " in f]
        articles = []
        for article_id, text in texts.items():
            named = [o for o in found[article_id] if o[2] in forms]
            if not named:
                continue
            if name in needs_full and not re.search(needs_full[name], text):
                continue
            bare_only = not any(o[2] in full for o in named)
            if bare_only and article_id not in event:
                continue
            if all(article_id in skips.get(o[2], ()) for o in named):
                continue
            articles.append(article_id)
        counts: dict[str, int] = {}
        for article_id in articles:
            for _, _, form in found[article_id]:
                if form in forms and article_id not in skips.get(form, ()):
                    counts[form] = counts.get(form, 0) + 1
        person = {
            "name": name,
            "type": "PERSON",
            "forms": forms,
            "ambiguous_forms": [],
            "articles": sorted(articles),
            "mention_counts": counts,
            "ambiguous_mention_counts": {},
        }
        if any(skips.values()):
            person["skip_form_articles"] = {form: ids for form, ids in skips.items() if ids}
        entries.append(person)
    return entries
