"""Score ``same_weekday45.jsonl``: which day "will/would ... <the publication weekday>" is read as.

For every row whose weekday a will/would governs (``governed``), two readers of the same text:
the events stage (the events of the sentence, or its main clause without one, whose date text
names the weekday) and the lead reader of the stories stage (``tense_before`` + ``resolve_date``
on plain text). Each is counted as the publication day, a week ahead, another day, or the weekday
not used. Needs newsprism on PYTHONPATH and the spaCy model.

    PYTHONPATH=src python3 eval/allsides_events/same_weekday_score.py
"""

import json
from collections import Counter
from datetime import date
from pathlib import Path

from newsprism.config import Settings
from newsprism.events.dates import find_date_expressions, resolve_date, tense_before
from newsprism.events.extract import clause_date, extract_events
from newsprism.models import Article
from newsprism.nlp.model import load_model

ROWS = Path(__file__).with_name("same_weekday45.jsonl")


def verdict(got, row):
    if got is None:
        return "not used"
    shift = (date.fromisoformat(got) - date.fromisoformat(row["published"])).days
    return "same day" if shift == 0 else "week ahead" if shift == 7 else f"{shift:+d} days"


def events_read(doc, row):
    article = Article(
        article_id=f"w{row['pick']}", source="weekday", text=doc.text, published=row["published"]
    )
    for event in extract_events(doc, article):
        if event.date_text and row["weekday"] in event.date_text and event.date_granularity == "day":
            return event.date
    for sent in doc.sents:
        day, granularity, text = clause_date(sent, row["published"])
        if text and row["weekday"] in text and granularity == "day":
            return day
    return None


def lead_read(row):
    text = row["sentence"]
    for found in find_date_expressions(text):
        if row["weekday"] in found.text:
            day, granularity = resolve_date(found.text, row["published"], tense_before(text, found.start))
            return day if granularity == "day" else None
    return None


def main():
    rows = [json.loads(line) for line in ROWS.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r["governed"]]
    nlp = load_model(Settings.load().model)
    events, lead = Counter(), Counter()
    for row, doc in zip(rows, nlp.pipe(r["sentence"] for r in rows), strict=True):
        e, s = verdict(events_read(doc, row), row), verdict(lead_read(row), row)
        events[e] += 1
        lead[s] += 1
        if e != "same day" or s != "same day":
            print(f"#{row['pick']} events: {e}; lead: {s} | {row['sentence']}")
    print(f"{len(rows)} governed rows, all meant the publication day")
    print("events stage:", dict(sorted(events.items())))
    print("lead reader:", dict(sorted(lead.items())))


if __name__ == "__main__":
    main()
