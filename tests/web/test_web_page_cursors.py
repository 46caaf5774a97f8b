"""The HTML pages' lists go on by ``after=`` cursors: following "Next" from the first page shows
every item of the whole list once, in its order, and the position line keeps counting."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from newsprism.web import routes_pages

NEXT = re.compile(r'<a href="([^"]+)" rel="next">')
ITEMS = {
    "/quotes": re.compile(r"<blockquote>(.*?)</blockquote>", re.S),
    "/search?q=barrier": re.compile(r'<li class="hit (.*?)</li>', re.S),
    "/?window=all&sort=newest": re.compile(r'class="story-title" href="([^"]+)"'),
    "/entities/Petra%20Holm": re.compile(r"<blockquote>(.*?)</blockquote>", re.S),
}


def shown(client: TestClient, url: str) -> list[str]:
    return ITEMS[url].findall(client.get(url).text)


@pytest.mark.parametrize("url", list(ITEMS))
def test_next_links_carry_cursors_through_the_whole_list(client: TestClient, monkeypatch, url: str):
    whole = shown(client, url)
    assert len(whole) >= 2, url  # the corpus must give this list more than one page of one
    monkeypatch.setattr(routes_pages, "PAGE", 1)
    monkeypatch.setattr(routes_pages, "SEARCH_PAGE", 1)
    seen, page_url = [], url
    for position in range(1, len(whole) + 2):
        body = client.get(page_url).text
        seen += ITEMS[url].findall(body)
        if position > 1:
            assert f"{position}–{position} of" in body and 'rel="first"' in body
        found = NEXT.search(body)
        if not found:
            break
        page_url = html.unescape(found.group(1))
        assert "after=" in page_url and "offset=" not in page_url
    assert seen == whole, url


def test_an_old_offset_link_still_works_and_goes_on_by_cursor(client: TestClient, monkeypatch):
    whole = shown(client, "/quotes")
    monkeypatch.setattr(routes_pages, "PAGE", 1)
    body = client.get("/quotes", params={"offset": 1}).text
    assert ITEMS["/quotes"].findall(body) == whole[1:2] and 'rel="prev"' in body
    following = html.unescape(NEXT.search(body).group(1))
    assert ITEMS["/quotes"].findall(client.get(following).text) == whole[2:3]
