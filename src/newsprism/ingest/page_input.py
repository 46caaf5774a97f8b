"""The raw page before cleaning: its size checked against the limits, and an HTML page's main
text and metadata read with trafilatura."""

from __future__ import annotations

from typing import Any

import trafilatura

from newsprism.errors import InputError
from newsprism.models import RawArticle


def check_size(raw: RawArticle, limits: dict[str, Any]) -> None:
    """InputError when the raw text is longer, or has more lines, than the limits allow."""
    size, most = len(raw.raw_text), limits["max_input_chars"]
    if size > most:
        problem = f"input too long to clean ({size} characters; the max_input_chars limit is {most})"
        raise InputError(raw.location, problem)
    lines, most = raw.raw_text.count("\n") + 1, limits["max_lines"]
    if lines > most:
        problem = f"input has too many lines to clean ({lines}; the max_lines limit is {most})"
        raise InputError(raw.location, problem)


def extract_html(source: str, html: str) -> tuple[str, dict[str, Any]]:
    """Main text (one paragraph a line) and metadata (title, sitename, date, url) of an HTML page."""
    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, include_images=False
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(source, f"cannot parse HTML: {type(exc).__name__}") from exc
    if document is None:
        raise InputError(source, "no article text found in the HTML page")
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = found.get("text") or ""
    if not text.strip():
        raise InputError(source, "no article text found in the HTML page")
    return text, found
