"""Rebuilds unseen15.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A sixteenth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors):
the Charlottesville rally and its aftermath (2017-08-12 - 08-25), Freddie Gray's death and the
Baltimore unrest (2015-04-19 - 05-03) and Michael Flynn's resignation (2017-02-13 - 02-24); 15
distractors from each window. No earlier people set used these windows or seeds. The people, their
forms, the masks and the per-article decisions below were written by reading the articles (every bare
form grepped in context) BEFORE newsprism was run on them. Run: PYTHONPATH=src python3
eval/allsides_people/build_unseen15.py (writes unseen15.json next to it). The counting rule is the one
of build_dev.py / README.md (longest non-overlapping case-sensitive matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "charlottesville_2017": (
        ("2017-08-12", "2017-08-25"),
        r"Charlottesville|Heyer|Fields|Kessler",
        4,
        r"Charlottesville|Heyer|Kessler|Confederate|Lee statue|white nationalis|neo-Nazi|supremacis",
        2026124201,
    ),
    "freddie_gray_2015": (
        ("2015-04-19", "2015-05-03"),
        r"Freddie Gray|Baltimore|Mosby",
        4,
        r"Freddie Gray|Baltimore|Mosby|riot|police",
        2026124202,
    ),
    "flynn_2017": (
        ("2017-02-13", "2017-02-24"),
        r"Flynn|Kislyak",
        4,
        r"Flynn|Kislyak|Russia|Putin|national security adviser",
        2026124203,
    ),
}
selected, TEXTS, event, distractors = select_events(EVENTS, 15)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Michelle Obama",
    "Malia Obama",
    "Obama administration",
    "Obama Administration",
    "Melania Trump",
    "Ivanka Trump",
    "Donald Trump Jr.",
    "Trump administration",
    "Trump Administration",
    "Trump Tower",
    "Trump Organization",
    "Bill Clinton",
    "Chelsea Clinton",
    "Clinton Foundation",
    "Clinton administration",
    "Fredericka Gray",
    "Wayne Gray",
    "Jim Gray",
    "Katie O'Malley",
    "Michael Flynn Jr.",
    "George Conway",
    "Cindy McCain",
    "USS John S. McCain",
    "Roy Cohn",
    "Franklin Graham",
    "Graham Sharpe",
    "April Ryan",
    "Ryan Young",
    "Ryan Zinke",
    "Duke Buchan",
    "Spencer Sunshine",
    "Karen R. Kelly",
    "Hillary Kelly",
    "Chrystal Miller",
    "Garrett E. Miller",
    "Brandon Scott",
    "Tim Scott",
    "Scott Walker",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname is theirs too, so it is not scored.
OBAMA_SKIP = having(r"Michelle|Malia")
TRUMP_SKIP = having(r"Melania|Ivanka|Trump Jr|Eric Trump|Barron|Ms\. Trump")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Mr\. Clinton|Chelsea")
GRAY_SKIP = having(r"Wayne Gray")  # a Baltimore resident quoted as "Gray said" beside Freddie Gray
GRAHAM_SKIP = having(r"Franklin Graham|Toya Graham")
CONWAY_SKIP = having(r"George Conway")
RYAN_SKIP = having(r"April Ryan|Ryan Young|Zinke")
COHN_SKIP = having(r"Roy Cohn")
MCCAIN_SKIP = having(r"USS John S\. McCain")

PEOPLE = {
    # Charlottesville, August 2017
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "Heather Heyer": (["Heather Heyer", "Heyer"], {}),
    "Susan Bro": (["Susan Bro"], {}),
    "James Alex Fields": (["James Alex Fields", "James Fields", "Fields"], {}),
    "Richard Spencer": (["Richard Spencer", "Spencer"], {}),
    "David Duke": (["David Duke", "Duke"], {}),
    "Jason Kessler": (["Jason Kessler", "Kessler"], {}),
    "Milo Yiannopoulos": (["Milo Yiannopoulos", "Yiannopoulos"], {}),
    "Joe Arpaio": (["Joe Arpaio", "Arpaio"], {}),
    "Jeff Flake": (["Jeff Flake", "Jeffrey (Jeff) Lane Flake", "Flake"], {}),
    "Terry McAuliffe": (["Terry McAuliffe", "McAuliffe"], {}),
    "Michael Signer": (["Michael Signer", "Mike Signer", "Signer"], {}),
    "Steve Bannon": (["Steve Bannon", "Stephen Bannon", "Bannon"], {}),
    "Stephen Schwarzman": (["Stephen Schwarzman", "Schwarzman"], {}),
    "Kenneth Frazier": (["Kenneth Frazier", "Ken Frazier", "Frazier"], {}),
    "Brian Krzanich": (["Brian Krzanich", "Krzanich"], {}),
    "Anthony Romero": (["Anthony Romero", "Romero"], {}),
    "John McCain": (["John McCain", "John Sidney McCain", "McCain"], {"McCain": MCCAIN_SKIP}),
    "Mitch McConnell": (["Mitch McConnell", "Addison (Mitch) Mitchell McConnell", "McConnell"], {}),
    "Lindsey Graham": (["Lindsey Graham", "Lindsey Olin Graham", "Graham"], {"Graham": GRAHAM_SKIP}),
    "Paul Ryan": (["Paul Ryan", "Paul Davis Ryan", "Ryan"], {"Ryan": RYAN_SKIP}),
    "Marco Rubio": (["Marco Rubio", "Marco Antonio Rubio", "Rubio"], {}),
    "Mike Pence": (["Mike Pence", "Pence"], {}),
    "Gary Cohn": (["Gary Cohn", "Cohn"], {"Cohn": COHN_SKIP}),
    "John Kelly": (["John Kelly", "Kelly"], {}),
    "Jeff Sessions": (["Jeff Sessions", "Jefferson (Jeff) Beauregard Sessions", "Sessions"], {}),
    # Freddie Gray and Baltimore, April - May 2015
    "Freddie Gray": (["Freddie Gray", "Freddy Gray", "Gray"], {"Gray": GRAY_SKIP}),
    "Stephanie Rawlings-Blake": (["Stephanie Rawlings-Blake", "Rawlings-Blake"], {}),
    "Larry Hogan": (["Larry Hogan", "Hogan"], {}),
    "Anthony Batts": (["Anthony Batts", "Batts"], {}),
    "Marilyn Mosby": (["Marilyn Mosby", "Marilyn J. Mosby", "Mosby"], {}),
    "Eric Kowalczyk": (
        ["Eric Kowalczyk", "J. Eric Kowalczyk", "John Kowalczyk", "Kowalczyk"],
        {},
    ),
    "Martin O'Malley": (["Martin O'Malley", "Martin O’Malley", "O'Malley", "O’Malley"], {}),
    "Loretta Lynch": (["Loretta Lynch", "Lynch"], {}),
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary Diane Rodham Clinton", "Clinton"],
        {"Clinton": CLINTON_SKIP},
    ),
    "Jamal Bryant": (["Jamal Bryant", "Jamal H. Bryant", "Jamal Harrison Bryant", "Bryant"], {}),
    "Ben Carson": (["Ben Carson", "Carson"], {}),
    "Walter Scott": (["Walter Scott"], {}),
    "Michael Brown": (["Michael Brown"], {}),
    "Eric Garner": (["Eric Garner"], {}),
    # Michael Flynn's resignation, February 2017
    "Michael Flynn": (["Michael Flynn", "Mike Flynn", "Flynn"], {}),
    "Sergey Kislyak": (["Sergey Kislyak", "Kislyak"], {}),
    "Sean Spicer": (["Sean Spicer", "Spicer"], {}),
    "Kellyanne Conway": (["Kellyanne Conway", "Conway"], {"Conway": CONWAY_SKIP}),
    "Sally Yates": (["Sally Yates", "Sally Q. Yates", "Yates"], {}),
    "Robert Harward": (["Robert Harward", "Bob Harward", "Harward"], {}),
    "Keith Kellogg": (["Keith Kellogg", "Joseph Keith Kellogg", "Kellogg"], {}),
    "David Petraeus": (["David Petraeus", "Petraeus"], {}),
    "Reince Priebus": (["Reince Priebus", "Priebus"], {}),
    "Adam Schiff": (["Adam Schiff", "Adam Bennett Schiff", "Adam B. Schiff", "Schiff"], {}),
    "Vladimir Putin": (["Vladimir Putin", "Vladimir V. Putin", "Putin"], {}),
    "Benjamin Netanyahu": (["Benjamin Netanyahu", "Netanyahu"], {}),
    "H.R. McMaster": (["H.R. McMaster", "HR McMaster", "H.R McMaster", "McMaster"], {}),
    "Jared Kushner": (["Jared Kushner", "Kushner"], {}),
    "James Mattis": (["James Mattis", "Jim Mattis", "Mattis"], {}),
    "Rex Tillerson": (["Rex Tillerson", "Tillerson"], {}),
    "Stephen Miller": (["Stephen Miller", "Miller"], {}),
    "Paul Manafort": (["Paul Manafort", "Manafort"], {}),
    "Carter Page": (["Carter Page", "Page"], {}),
    "Eli Lake": (["Eli Lake", "Lake"], {}),
    "James Comey": (["James Comey", "James B. Comey", "Comey"], {}),
    "Joe Scarborough": (["Joe Scarborough", "Scarborough"], {}),
}
# These people's bare surname is also another person's name or a common word: an article counts for
# them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "James Alex Fields": r"James (?:Alex )?Fields",
    "Richard Spencer": r"Richard Spencer",
    "David Duke": r"David Duke",
    "Lindsey Graham": r"Lindsey",
    "Paul Ryan": r"Paul (?:Davis )?Ryan",
    "Gary Cohn": r"Gary Cohn",
    "John Kelly": r"John Kelly",
    "Jeff Sessions": r"Jeff(?:erson)? (?:\(Jeff\) )?(?:Beauregard )?Sessions",
    "Freddie Gray": r"Fredd(?:ie|y) Gray",
    "Hillary Clinton": r"Hillary",
    "Jamal Bryant": r"Jamal",
    "Ben Carson": r"Ben Carson",
    "Stephen Miller": r"Stephen Miller",
    "Carter Page": r"Carter Page",
    "Eli Lake": r"Eli Lake",
    "Loretta Lynch": r"Loretta|Attorney General Lynch",
    "Kenneth Frazier": r"Ken(?:neth)? Frazier",
    "Anthony Romero": r"Anthony Romero",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen15", "Sixteenth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
