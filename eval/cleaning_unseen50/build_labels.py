"""Write labels.jsonl from raw.jsonl and hand_labels.txt (the hand reading, one article a line).

hand_labels.txt names, per article index, the lines read as furniture, heading or mixed (and news
lines of a named kind, "news:tweet" for an embedded post); every
other line was read as news. Labels: news (a sentence of the story), furniture (page furniture:
captions, credits, ads, promos, related links, newsletter/app prompts, bios, update headings,
widgets, tags, copyright), heading (a sub-heading or an attribution line, not a sentence: cutting it
loses no sentence, keeping it feeds events), mixed (a news line with furniture printed inside it;
`fragment` is a piece of that furniture which should be gone after cleaning).
"""

import json
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    marks: dict[int, dict[int, tuple[str, str, str | None]]] = {}
    for line in (HERE / "hand_labels.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        index, rest = line.split(" ", 1)
        per = marks.setdefault(int(index), {})
        # items are "i:label:kind" or, for mixed, "i:mixed:kind|fragment" (fragment may hold spaces)
        for item in _items(rest):
            i, label, kind = item.split(":", 2)
            fragment = None
            if "|" in kind:
                kind, fragment = kind.split("|", 1)
            per[int(i)] = (label, kind, fragment)
    rows = [json.loads(line) for line in (HERE / "raw.jsonl").open(encoding="utf-8")]
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for k, row in enumerate(rows):
            per = marks.get(k, {})
            lines = []
            for i, text in enumerate(row["lines"]):
                label, kind, fragment = per.get(i, ("news", "news", None))
                item = {"i": i, "label": label, "kind": kind, "text": text}
                if fragment:
                    item["fragment"] = fragment
                lines.append(item)
            out.write(json.dumps({"id": row["id"], "outlet": row["outlet"], "lines": lines}, ensure_ascii=False) + "\n")


def _items(rest: str) -> list[str]:
    """Split on spaces that start a new "i:label:" item (a mixed item's fragment holds spaces)."""
    items: list[str] = []
    for word in rest.split(" "):
        head = word.split(":")
        if len(head) >= 3 and head[0].isdigit() and head[1] in {"furniture", "heading", "mixed", "news"}:
            items.append(word)
        else:
            items[-1] += " " + word
    return items


if __name__ == "__main__":
    main()
