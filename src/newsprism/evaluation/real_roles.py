"""Roles on real news (issue 17 item 5): which roles each listed person's main entity carries.

A people set may list, per person, ``role_words``: phrases of the person's own titles and
descriptions, read in the set's articles before any run. A role of the person's main entity is right
when, with its owners' words left out ("X's son-in-law" -> "son-in-law", "head of the president's
council" -> "head of the council"), it contains one of them as whole words (case-insensitive);
anything else (an honorific, a fragment such as "First", another person's title, a place) is wrong.
The check reads the entities output, the contract a reader sees.
"""

from __future__ import annotations

import re

from newsprism.models import Entity

_OWNER = re.compile(r"[^\s]+['’]s?(?=\s)")  # "president's", "China’s", "the Joneses'"


def role_right(role: str, words: list[str]) -> bool:
    """Whether ``role`` is one of the person's own: a phrase of ``words`` in it, owners left out."""
    head = _OWNER.sub(" ", role.lower())
    return any(re.search(rf"(?<![\w.-]){re.escape(w.lower())}(?![\w-])", head) for w in words)


def role_check(gold: dict, rows: list[dict], entities: dict[str, Entity]) -> dict:
    """Right and wrong roles over the listed people's main entities (each role text once per entity)."""
    words = {p["name"]: p.get("role_words") for p in gold["people"]}
    right, wrong = 0, []
    for row in rows:
        entity = entities.get(row.get("main_id") or "")
        if entity is None or not words.get(row["name"]):
            continue
        for role in sorted(set(entity.roles)):
            if role_right(role, words[row["name"]]):
                right += 1
            else:
                wrong.append((row["name"], role))
    total = right + len(wrong)
    share = right / total if total else 1.0
    return {"roles": total, "roles_right": right, "role_share": share, "wrong": wrong}
