"""Small invented news articles for the scale-out tests: a few stories, each told by several
outlets, with quotes, people, organisations, places and dates (all made up for the project)."""

from __future__ import annotations

import json
from pathlib import Path

OUTLETS = ["Harbour Herald", "Inland Courier", "Valley Post"]

STORIES = [
    (
        "Port Maren ferry terminal opens after two-year delay",
        "The new ferry terminal in Port Maren opened on {day} after a two-year delay, the Maren Port "
        "Authority said. Port director Ilse Voorhees cut the ribbon in front of about two hundred people.\n\n"
        "\u201cThis terminal will carry a million passengers a year,\u201d Voorhees said. "
        "\u201cIt was worth the wait.\u201d\n\n"
        "Critics, including city councillor Tomas Brenner, said the project had cost twice its budget. "
        "Brenner said the council would ask for an audit next month.",
    ),
    (
        "Estavia and Norland sign river water treaty",
        "Estavia and Norland signed a treaty on {day} that divides the water of the Kaldor river, ending "
        "a decade of disputes. Foreign minister Amara Okonkwo of Estavia signed for her government.\n\n"
        "\u201cToday our farmers can plan again,\u201d Okonkwo told reporters in the capital. "
        "Norland's prime minister, Lukas Feld, called the treaty fair to both sides.\n\n"
        "The United Nations Water Council praised the agreement and promised to monitor it.",
    ),
    (
        "Strike closes Veltria Steel plant",
        "Workers at the Veltria Steel plant in Ostberg walked out on {day}, halting production for the "
        "first time in twenty years. The Ostberg Metalworkers Union called the strike over pay.\n\n"
        "\u201cWe will stay out until the company makes a real offer,\u201d said union leader Petra Lind. "
        "Veltria Steel chief executive Marco Dessi said the company had already offered a raise.\n\n"
        "Police said the picket line outside the plant was peaceful.",
    ),
]


def invented_articles(count: int, first: int = 0) -> list[dict]:
    """``count`` articles numbered from ``first``; article i tells story i % 3 in outlet i % 3's words."""
    articles = []
    for i in range(first, first + count):
        title, body = STORIES[i % len(STORIES)]
        outlet = OUTLETS[(i // len(STORIES)) % len(OUTLETS)]
        day = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][i % 5]
        articles.append(
            {
                "id": f"inv-{i:04d}",
                "title": f"{title} ({outlet}, edition {i})",
                "text": body.format(day=day) + f"\n\nThis is report number {i} from {outlet}.",
                "outlet": outlet,
                "published": f"2025-06-{1 + i % 20:02d}",
            }
        )
    return articles


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
