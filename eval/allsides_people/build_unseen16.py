"""Rebuilds unseen16.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A seventeenth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors):
the George Zimmerman verdict and its aftermath (2013-07-01 - 07-31), the Trump-Kim Singapore summit
(2018-06-01 - 06-20) and Hurricane Maria in Puerto Rico (2017-09-20 - 10-15); 10 distractors from each
window. No earlier people set used these windows or seeds. The people, their forms, the masks and the
per-article decisions below were written by reading the articles (every bare form grepped in context)
BEFORE newsprism was run on them. Run: PYTHONPATH=src python3 eval/allsides_people/build_unseen16.py
(writes unseen16.json next to it). The counting rule is the one of build_dev.py / README.md (longest
non-overlapping case-sensitive matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "zimmerman_verdict_2013": (
        ("2013-07-01", "2013-07-31"),
        r"Zimmerman|Trayvon",
        4,
        r"Zimmerman|Trayvon|Martin|Florida",
        2026124301,
    ),
    "singapore_summit_2018": (
        ("2018-06-01", "2018-06-20"),
        r"Kim Jong|Singapore|Pyongyang",
        4,
        r"Kim|Korea|Singapore",
        2026124302,
    ),
    "hurricane_maria_2017": (
        ("2017-09-20", "2017-10-15"),
        r"Puerto Ric|Hurricane Maria",
        4,
        r"Puerto|Maria",
        2026124303,
    ),
}
selected, TEXTS, event, distractors = select_events(EVENTS, 10)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Michelle Obama",
    "Obama administration",
    "Obama Administration",
    "Melania Trump",
    "Ivanka Trump",
    "Barron Trump",
    "Donald Trump Jr.",
    "Trump administration",
    "Trump Administration",
    "Trump Tower",
    "Bill Clinton",
    "Clinton administration",
    "Martin Luther King",
    "Mackenzie Ryan",
    "David Jackson",
    "King Solomon",
    "Kim Jong Il",
    "Kim Il Sung",
    "Sen. Bernie Sanders",
    # Added after the first run (an annotation slip): the firm's name holds "Albright" but is not her.
    "Albright Stonebridge Group",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname may be theirs too, so it is not scored.
OBAMA_SKIP = having(r"Michelle|Malia")
TRUMP_SKIP = having(r"Melania|Ivanka|Trump Jr|Eric Trump|Barron|Ms\. Trump")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Mr\. Clinton|Chelsea|Clinton administration")
# George Zimmerman's brother Robert Zimmerman Jr. is quoted as "Zimmerman said" in one of these.
ZIMMERMAN_SKIP = having(r"Robert Zimmerman")
FULTON_SKIP = having(r"Jahvaris")  # Trayvon Martin's mother Sybrina and brother Jahvaris Fulton
KIM_SKIP = having(r"Kim Yong Chol|Kim Jong Il|Kim Il Sung")  # "Kim" may be another Kim there
MOON_SKIP = having(r"Chung-in Moon")  # the adviser Moon Chung-in beside President Moon Jae-in
SANDERS_SKIP = having(r"Bernie")  # "Sanders said" is Bernie Sanders in one of these, Sarah in others
JACKSON_SKIP = having(r"David Jackson")

PEOPLE = {
    # The Zimmerman verdict, July 2013
    "Trayvon Martin": (
        ["Trayvon Martin", "Trayvon Benjamin Martin", "Travyon Martin", "Trayvon", "Martin"],
        {},
    ),
    "Tracy Martin": (["Tracy Martin"], {}),
    "Sybrina Fulton": (["Sybrina Fulton", "Fulton"], {"Fulton": FULTON_SKIP}),
    "Jahvaris Fulton": (["Jahvaris Fulton"], {}),
    "George Zimmerman": (["George Zimmerman", "Zimmerman"], {"Zimmerman": ZIMMERMAN_SKIP}),
    "Robert Zimmerman Jr.": (["Robert Zimmerman Jr.", "Robert Zimmerman"], {}),
    "Barack Obama": (["Barack Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Eric Holder": (["Eric Holder", "Holder"], {}),
    "Jesse Jackson": (["Jesse Jackson", "Jackson"], {"Jackson": JACKSON_SKIP}),
    "Al Sharpton": (["Al Sharpton", "Sharpton"], {}),
    "Mark O'Mara": (["Mark O'Mara", "Mark O’Mara", "O'Mara", "O’Mara"], {}),
    "Rachel Jeantel": (["Rachel Jeantel", "Jeantel"], {}),
    "Benjamin Crump": (["Benjamin Crump", "Crump"], {}),
    "Benjamin Jealous": (["Benjamin Jealous", "Benjamin Todd Jealous", "Ben Jealous", "Jealous"], {}),
    "Debra Nelson": (["Debra Nelson", "Nelson"], {}),
    "Angela Corey": (["Angela Corey", "Corey"], {}),
    "Steve King": (["Steve King", "King"], {}),
    "Rodney King": (["Rodney King"], {}),
    "Emmett Till": (["Emmett Till"], {}),
    "Cindy Lenzen": (["Cindy Lenzen", "Lenzen"], {}),
    "Andrew Perkins": (["Andrew Perkins", "Perkins"], {}),
    "Chris Bay": (["Chris Bay", "Bay"], {}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Diane Rodham Clinton", "Clinton"],
        {"Clinton": CLINTON_SKIP},
    ),
    # The Singapore summit, June 2018
    "Kim Jong Un": (
        ["Kim Jong Un", "Kim Jong-un", "Kim Jong un", "Kim"],
        {"Kim": KIM_SKIP},
    ),
    "Kim Yong Chol": (["Kim Yong Chol"], {}),
    "Donald Trump": (["Donald Trump", "Donald J. Trump", "Trump"], {"Trump": TRUMP_SKIP}),
    "Mike Pompeo": (["Mike Pompeo", "Pompeo"], {}),
    "Moon Jae-in": (["Moon Jae-in", "Moon Jae-In", "Moon"], {"Moon": MOON_SKIP}),
    "Moon Chung-in": (["Chung-in Moon"], {}),
    "Larry Kudlow": (["Larry Kudlow", "Kudlow"], {}),
    "Justin Trudeau": (["Justin Trudeau", "Trudeau"], {}),
    "Ronald Reagan": (["Ronald Reagan", "Reagan"], {}),
    "Robert Gallucci": (["Robert L. Gallucci", "Robert Gallucci", "Gallucci"], {}),
    "Madeleine Albright": (["Madeleine Albright", "Albright"], {}),
    "John Bolton": (["John R. Bolton", "John Bolton", "Bolton"], {}),
    # Hurricane Maria, September - October 2017
    "Carmen Yulín Cruz": (
        ["Carmen Yulín Cruz", "Carmen Yulin Cruz", "Yulín Cruz", "Yulin Cruz", "Cruz"],
        {},
    ),
    "Ricardo Rosselló": (["Ricardo Rosselló", "Ricardo Rossello", "Rosselló", "Rossello"], {}),
    "Kenneth Mapp": (["Kenneth Mapp", "Mapp"], {}),
    "Brock Long": (["Brock Long", "Long"], {}),
    "Elaine Duke": (["Elaine Duke", "Duke"], {}),
    "Paul Ryan": (["Paul Ryan", "Paul D. Ryan", "Ryan"], {}),
    "John McCain": (["John McCain", "McCain"], {}),
    "Mike Lee": (["Mike Lee", "Lee"], {}),
    "John Kelly": (["John Kelly", "Kelly"], {}),
    "Sarah Huckabee Sanders": (
        ["Sarah Huckabee Sanders", "Sarah Sanders", "Sanders"],
        {"Sanders": SANDERS_SKIP},
    ),
    "Bernie Sanders": (["Bernie Sanders"], {}),
    "Mick Mulvaney": (["Mick Mulvaney", "Mulvaney"], {}),
    "Steven Mnuchin": (["Steven Mnuchin", "Mnuchin"], {}),
    "Chuck Schumer": (["Chuck Schumer", "Charles Schumer", "Schumer"], {}),
    "Jeffrey Buchanan": (["Jeffrey Buchanan", "Buchanan"], {}),
    "Lin-Manuel Miranda": (["Lin-Manuel Miranda", "Miranda"], {}),
    "Sharyl Attkisson": (["Sharyl Attkisson", "Attkisson"], {}),
}
# These people's bare surname is also another person's name or a common word: an article counts for
# them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Trayvon Martin": r"Trayvon|Travyon",
    "Jesse Jackson": r"Jesse Jackson",
    "Benjamin Jealous": r"Jealous",
    "Debra Nelson": r"Debra Nelson",
    "Steve King": r"Steve King",
    "Chris Bay": r"Chris Bay",
    "Hillary Clinton": r"Hillary",
    "Moon Jae-in": r"Moon Jae",
    "Ronald Reagan": r"Reagan",
    "Brock Long": r"Brock Long",
    "Elaine Duke": r"Elaine Duke",
    "Paul Ryan": r"Paul (?:D\. )?Ryan",
    "Mike Lee": r"Mike Lee",
    "John Kelly": r"John Kelly",
    "Sarah Huckabee Sanders": r"Sarah (?:Huckabee )?Sanders",
    "Carmen Yulín Cruz": r"Yul[ií]n",
    "Lin-Manuel Miranda": r"Lin-Manuel",
    "Kim Jong Un": r"Kim Jong",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen16", "Seventeenth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
