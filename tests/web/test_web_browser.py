"""The pages in a real headless Chromium, served by `newsprism serve` on a free port.

Skipped, with the reason, only when Chromium or its driver is not installed.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from test_web import HOSTILE_TITLE, build_corpus, serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def server(tmp_path_factory, nlp):
    """`newsprism serve` in a subprocess over a database built by the real pipeline."""
    with serving(build_corpus(tmp_path_factory.mktemp("browser"))) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # CSP violations land there
    profile = tempfile.mkdtemp(prefix="newsprism-chromium-")
    for flag in FLAGS + [f"--user-data-dir={profile}", "--window-size=1280,900"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def by_css(driver, selector):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def wait_for_url(driver, part: str) -> None:
    """Wait until a navigation (a click, a submitted form) has reached a URL containing ``part``."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(expected_conditions.url_contains(part))
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")


def assert_no_alert(driver) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018  (reading it is the check)


def flood_story(server: str) -> dict:
    with urllib.request.urlopen(server + "/api/stories") as answer:
        return next(s for s in json.load(answer)["items"] if "hp-flood-1" in s["articles"])


def open_flood_story(server: str, browser) -> dict:
    """Go from the home page to the flood story by clicking its link."""
    story = flood_story(server)
    browser.get(server + "/")
    links = [
        a for a in by_css(browser, "a.story-title") if a.get_attribute("href").endswith(story["story_id"])
    ]
    assert len(links) == 1 and links[0].text == story["title"]
    links[0].click()
    wait_for_url(browser, "/stories/")
    return story


def test_home_page_leads_to_the_story_with_outlets_side_by_side(server: str, browser):
    browser.set_window_size(1280, 900)
    story = open_flood_story(server, browser)
    assert browser.find_element("css selector", "h1").text == story["title"]
    columns = by_css(browser, "section.outlet")
    assert [c.find_element("css selector", "h3").text for c in columns] == ["Harbour Post", "Valley Courier"]
    assert columns[0].location["y"] == columns[1].location["y"]  # side by side on a laptop
    assert columns[0].location["x"] < columns[1].location["x"]
    assert len(by_css(browser, "svg.chart")) == 2
    assert by_css(browser, "svg.chart circle") and by_css(browser, "svg.chart rect.bar")
    # quoted by one outlet; with two outlets nothing is "left out by most others" (issue 18)
    shown = [c.get_attribute("innerText") for c in columns]  # as painted (Selenium's .text takes any
    # <details> content for hidden, though the laptop's stylesheet shows these open)
    assert "Karl Wendt" in shown[1] and "Nothing most other outlets carry" in shown[0]


def test_columns_stack_on_a_phone(server: str, browser):
    open_flood_story(server, browser)
    browser.set_window_size(390, 844)
    try:
        first, second = by_css(browser, "section.outlet")
        assert second.location["y"] > first.location["y"] + first.size["height"] - 1
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= browser.execute_script("return window.innerWidth") + 1  # no sideways scrolling
    finally:
        browser.set_window_size(1280, 900)


def test_story_charts_fit_a_400_px_screen_without_clipping_a_label(server: str, browser):
    open_flood_story(server, browser)
    browser.set_window_size(400, 844)
    try:
        inner = browser.execute_script("return window.innerWidth")
        for chart in by_css(browser, "svg.chart"):
            assert chart.location["x"] >= 0 and chart.location["x"] + chart.size["width"] <= inner + 1
        outside = browser.execute_script(
            """const cut = [];
            for (const svg of document.querySelectorAll('svg.chart')) {
              const box = svg.viewBox.baseVal;
              for (const label of svg.querySelectorAll('text')) {
                const b = label.getBBox();
                if (b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5) cut.push(label.textContent);
              }
            }
            return cut;"""
        )
        assert outside == []
    finally:
        browser.set_window_size(1280, 900)


def test_each_outlet_block_fits_one_phone_screen_with_long_lists_folded(server: str, browser):
    """Issue 18: the story page shows one screen per outlet; what runs longer (names only it
    uses, every quote only it carries, labels) is folded until asked for."""
    open_flood_story(server, browser)
    browser.set_window_size(400, 844)
    try:
        screen = browser.execute_script("return window.innerHeight")
        blocks = by_css(browser, "section.outlet")
        assert blocks and all(block.size["height"] < 80 for block in blocks)  # one line each, folded
        opened = browser.execute_script(
            """for (const d of document.querySelectorAll('section.outlet > details')) d.open = true;
            return [...document.querySelectorAll('section.outlet')].map(b => b.getBoundingClientRect().height);"""
        )
        assert all(80 < height <= screen for height in opened), opened
        unfolded = browser.execute_script(
            """return [...document.querySelectorAll('section.outlet ul.chips')]
              .filter(ul => !ul.closest('details') && !ul.matches('.loaded, .omissions')).length"""
        )
        assert unfolded == 0
        folded = by_css(browser, "section.outlet .folds details")
        assert folded and not any(d.get_attribute("open") for d in folded)
    finally:
        browser.set_window_size(1280, 900)


def test_quote_search(server: str, browser):
    browser.get(server + "/quotes")
    box = browser.find_element("css selector", "form.filters input[name=q]")
    box.send_keys("engineers")
    box.submit()
    wait_for_url(browser, "q=engineers")
    assert browser.find_element("id", "quote-count").text == "1 quote"
    item = browser.find_element("css selector", ".quote-item")
    assert "Our engineers followed every national guideline" in item.text and "Petra Holm" in item.text
    item.find_element("css selector", ".meta a[href^='/articles/']").click()
    wait_for_url(browser, "/articles/")
    assert "Lindmark Mayor Defends" in browser.find_element("css selector", "h1").text
    marked = [m.text for m in by_css(browser, "#article-text mark.quote")]
    assert "Our engineers followed every national guideline" in marked


def test_full_text_search_from_the_header(server: str, browser):
    browser.get(server + "/")
    box = browser.find_element("css selector", "form.search input[name=q]")
    box.send_keys("barrier")
    box.submit()
    wait_for_url(browser, "q=barrier")
    assert "for “barrier”" in browser.find_element("id", "hit-count").text
    marks = {m.text.lower() for m in by_css(browser, ".hit mark")}
    assert marks == {"barrier"}
    kinds = {k.text for k in by_css(browser, ".hit .kind")}
    assert kinds == {"article", "quote"}


def test_hostile_title_shows_as_text(server: str, browser):
    browser.get(server + "/")
    assert_no_alert(browser)
    titles = [a.text for a in by_css(browser, "a.story-title")]
    assert HOSTILE_TITLE in titles
    browser.find_element("partial link text", "Orchestra Tour Cancelled").click()
    wait_for_url(browser, "/stories/")
    assert_no_alert(browser)
    assert browser.find_element("css selector", "h1").text == HOSTILE_TITLE
    headline = browser.find_element("css selector", "a.headline")
    # a click as a reader's: Selenium's own click refuses what sits in a <details> without `open`,
    # though the laptop's stylesheet shows the first outlets open
    browser.execute_script("arguments[0].click()", headline)
    wait_for_url(browser, "/articles/")
    assert_no_alert(browser)
    assert browser.find_element("css selector", "h1").text == HOSTILE_TITLE
    assert browser.execute_script("return document.scripts.length") == 0
    assert "<b>stay home</b>" in browser.find_element("id", "article-text").text
    assert not by_css(browser, "#article-text b")


def test_unknown_page_is_a_404_page(server: str, browser):
    browser.get(server + "/entities/no-such-entity")
    assert browser.find_element("css selector", "h1").text == "Not found"
    assert "no entity" in browser.find_element("id", "error-message").text


def test_api_docs_render_offline(server: str, browser):
    browser.get(server + "/docs")
    deadline = time.monotonic() + 20
    while not by_css(browser, ".opblock") and time.monotonic() < deadline:
        time.sleep(0.2)
    paths = {e.text for e in by_css(browser, ".opblock-summary-path")}
    assert {"/api/articles", "/api/quotes", "/api/search", "/api/stories/{story_id}/compare"} <= paths


def csp_violations(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]


def test_the_strict_content_security_policy_blocks_nothing_the_app_serves(server: str, browser):
    story = flood_story(server)
    browser.get_log("browser")  # start from an empty log
    for path in [
        "/",
        f"/stories/{story['story_id']}",
        "/entities/Petra%20Holm",
        "/articles/hp-flood-1",
        "/quotes",
    ]:
        browser.get(server + path)
        assert browser.find_element("css selector", "h1").text, path
        assert csp_violations(browser) == [], path
    browser.get(server + "/docs")
    deadline = time.monotonic() + 20
    while not by_css(browser, ".opblock") and time.monotonic() < deadline:
        time.sleep(0.2)
    assert by_css(browser, ".opblock") and csp_violations(browser) == []
    browser.get(server + "/")  # our stylesheet loaded and applied
    assert browser.execute_script("return document.styleSheets[0].cssRules.length") > 10


def test_home_page_sorts_and_filters_stories_by_outlets(server: str, browser):
    from selenium.webdriver.support.ui import Select

    browser.get(server + "/")
    titles = [a.text for a in by_css(browser, "a.story-title")]
    assert titles[0].startswith("Flood Barrier Fails")  # two outlets before one
    Select(browser.find_element("css selector", "form.filters select[name=sort]")).select_by_value("newest")
    browser.find_element("css selector", "form.filters button").click()
    wait_for_url(browser, "sort=newest")
    assert [a.text for a in by_css(browser, "a.story-title")][0] == HOSTILE_TITLE
    box = browser.find_element("css selector", "form.filters input[name=min_outlets]")
    box.clear()
    box.send_keys("2")
    browser.find_element("css selector", "form.filters button").click()
    wait_for_url(browser, "min_outlets=2")
    assert [a.text for a in by_css(browser, "a.story-title")] == [titles[0]]


def test_a_page_past_the_last_story_leads_back(server: str, browser):
    browser.get(server + "/?offset=200")
    message = browser.find_element("css selector", ".past-end")
    assert "No stories on this page" in message.text and "No stories yet" not in browser.page_source
    message.find_element("css selector", "a").click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda d: "offset" not in d.current_url)
    assert by_css(browser, "a.story-title")


def test_quotes_until_alone_filters_and_stays_in_the_form(server: str, browser):
    browser.get(server + "/quotes")
    until = browser.find_element("css selector", "form.filters input[name=until]")
    browser.execute_script("arguments[0].value = '2025-05-12'", until)
    until.submit()
    wait_for_url(browser, "until=2025-05-12")
    texts = " ".join(item.text for item in by_css(browser, ".quote-item"))
    assert "The barrier was not designed" in texts and "Our engineers followed" not in texts
    assert (
        browser.find_element("css selector", "form.filters input[name=until]").get_attribute("value")
        == "2025-05-12"
    )
    assert browser.find_element("css selector", "form.filters input[name=since]").get_attribute("value") == ""


def test_pages_open_by_id_prefix_and_entities_by_name(server: str, browser):
    story = flood_story(server)
    browser.get(server + "/stories/" + story["story_id"][:8])
    assert browser.find_element("css selector", "h1").text == story["title"]
    browser.get(server + "/entities/Petra%20Holm")
    assert browser.find_element("css selector", "h1").text.startswith("Petra Holm")
    assert "2 quotes" in browser.find_element("css selector", "p.muted").text
