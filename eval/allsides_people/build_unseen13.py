"""Rebuilds unseen13.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A fourteenth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors,
about 230 articles, about 70 people): the August-September 2013 debate over a US strike on Syria after
the Ghouta chemical attack (2013-08-27 - 09-12), the first travel ban and the Gorsuch nomination
(2017-01-27 - 02-12) and the 2016 election result and the transition (2016-11-08 - 11-22); 20
distractors from each window (the election window has only 4 long articles naming none of its words).
No earlier people set used these windows. The people, their forms, the masks and the per-article
decisions below were written by reading the articles (every bare form grepped in context) BEFORE
newsprism was run on them. Run: PYTHONPATH=src python3 eval/allsides_people/build_unseen13.py (writes
unseen13.json next to it). The counting rule is the one of build_dev.py / README.md (longest
non-overlapping case-sensitive matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "syria_strike_2013": (
        ("2013-08-27", "2013-09-12"),
        r"Syria|Assad|chemical weapons",
        10,
        r"Syria|Assad|chemical|Damascus|Putin|Russia|Iran|strike|Kerry",
        20130827,
    ),
    "travel_ban_2017": (
        ("2017-01-27", "2017-02-12"),
        r"travel ban|refugee|Gorsuch|Yates|executive order|Robart",
        5,
        r"travel|ban|refugee|Gorsuch|Yates|executive order|Robart|immigra|Muslim|Supreme Court",
        20170127,
    ),
    "election_2016": (
        ("2016-11-08", "2016-11-22"),
        r"Trump|Clinton",
        20,
        r"Trump|Clinton|Pence|Bannon|Priebus|Kaine",
        20161108,
    ),
}
selected, TEXTS, event, distractors = select_events(EVENTS, 20)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    # relatives and namesakes
    "Michelle Obama",
    "Obama administration",
    "Obama Administration",
    "Melania Trump",
    "Eric Trump",
    "Donald Trump Jr.",
    "Donald Trump Jr",
    "Trump Jr.",
    "Fred Trump",
    "Trump administration",
    "Trump Administration",
    "Trump Tower",
    "Trump University",
    "Trump Organization",
    "Trump Foundation",
    "Trump International",
    "Trump Hotel",
    "Chelsea Clinton",
    "Clinton Foundation",
    "Clinton administration",
    "Clinton Global Initiative",
    "Hafez al-Assad",
    "Hafez Assad",
    "Assad regime",
    "al-Assad regime",
    "Assad government",
    "Assad family",
    "George H.W. Bush",
    "George H. W. Bush",
    "George Bush",  # read: father or son unclear
    "Jeb Bush",
    "Laura Bush",
    "Bush administration",
    "Tim Carney",
    "Tamir Rice",
    "Condoleezza Rice",
    "Anne Gorsuch",
    "Aaron David Miller",
    "David Miller",
    "Tom Miller",
    "Zeke Miller",
    "Jason Miller",
    "John F. Kennedy",
    "John F Kennedy",
    "Caroline Kennedy",
    "Edward Kennedy",
    "Ted Kennedy",
    "Harvard Kennedy",
    "Kennedy School",
    "Megyn Kelly",
    "Mark Kelly",
    "David Carson",
    "Jon Carson",
    "Carolyn Ryan",
    "Heidi Cruz",
    "Joe Donnelly",
    "David Graham",
    "Travel Ban",
    "Muslim Ban",
    "Refugee Ban",
    "Hal Rogers",
    "William Rogers",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname is theirs too, so it is not scored.
OBAMA_SKIP = having(r"Michelle Obama|Mrs\. Obama")
TRUMP_SKIP = having(r"Trump Jr|Don Jr|Donald Jr|Ivanka|Melania|Eric Trump|Fred Trump|Tiffany Trump|Barron")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Mr\. Clinton|William Jefferson Clinton|Chelsea")
ASSAD_SKIP = having(r"Hafez|Maher al-Assad|Asma")
BUSH_SKIP = having(r"H\. ?W\. Bush|Jeb|Laura Bush|George Bush")
KENNEDY_SKIP = having(r"John F\.? Kennedy|Caroline Kennedy|Edward Kennedy|Ted Kennedy|Robert F\. Kennedy")
KELLY_SKIP = having(r"Megyn Kelly|Mark Kelly")
MILLER_SKIP = having(r"Aaron David Miller|David Miller|Tom Miller|Zeke Miller|Jason Miller")
CARSON_SKIP = having(r"David Carson|Jon Carson")
CARNEY_SKIP = having(r"Tim Carney")
ROGERS_SKIP = having(r"Hal Rogers|William Rogers")

PEOPLE = {
    # Syria, August - September 2013
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Bashar al-Assad": (
        ["Bashar al-Assad", "Bashar Al-Assad", "Bashar Assad", "al-Assad", "Al-Assad", "Assad"],
        {"Assad": ASSAD_SKIP, "al-Assad": ASSAD_SKIP},
    ),
    "John Kerry": (["John Kerry", "John F. Kerry", "Kerry"], {}),
    "Vladimir Putin": (["Vladimir Putin", "Putin"], {}),
    "John McCain": (["John McCain", "McCain"], {}),
    "Lindsey Graham": (["Lindsey Graham", "Lindsay Graham", "Graham"], {}),
    "Rand Paul": (["Rand Paul", "Paul"], {}),
    "David Cameron": (["David Cameron", "Cameron"], {}),
    "Martin Dempsey": (["Martin Dempsey", "Martin E. Dempsey", "Dempsey"], {}),
    "Chuck Hagel": (["Chuck Hagel", "Hagel"], {}),
    "Jay Carney": (["Jay Carney", "Carney"], {"Carney": CARNEY_SKIP}),
    "John Boehner": (["John Boehner", "John A. Boehner", "Boehner"], {}),
    "Harry Reid": (["Harry Reid", "Reid"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    "Bob Corker": (["Bob Corker", "Corker"], {}),
    "Francois Hollande": (["Francois Hollande", "François Hollande", "Hollande"], {}),
    "Sergey Lavrov": (["Sergey Lavrov", "Sergei Lavrov", "Lavrov"], {}),
    "Walid al-Moallem": (["Walid al-Moallem", "Walid Moallem", "Moallem"], {}),
    "Marie Harf": (["Marie Harf", "Harf"], {}),
    "Susan Rice": (["Susan Rice", "Rice"], {}),
    "Saddam Hussein": (["Saddam Hussein", "Saddam"], {}),
    "Eric Cantor": (["Eric Cantor", "Cantor"], {}),
    "Robert Menendez": (["Robert Menendez", "Bob Menendez", "Menendez"], {}),
    "Denis McDonough": (["Denis McDonough", "McDonough"], {}),
    "Moammar Gadhafi": (
        ["Moammar Gadhafi", "Muammar Qaddafi", "Moammar Qaddafi", "Gadhafi", "Qaddafi"],
        {},
    ),
    "Ban Ki-moon": (["Ban Ki-moon", "Ban"], {}),
    "Mike Rogers": (["Mike Rogers", "Rogers"], {"Rogers": ROGERS_SKIP}),
    "George W. Bush": (["George W. Bush", "Bush"], {"Bush": BUSH_SKIP}),
    # The travel ban and the Gorsuch nomination, January - February 2017
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "Neil Gorsuch": (["Neil Gorsuch", "Neil M. Gorsuch", "Gorsuch"], {}),
    "Sally Yates": (["Sally Yates", "Sally Q. Yates", "Yates"], {}),
    "James Robart": (["James Robart", "James L. Robart", "Robart"], {}),
    "Sean Spicer": (["Sean Spicer", "Spicer"], {}),
    "Antonin Scalia": (["Antonin Scalia", "Scalia"], {}),
    "Jeff Sessions": (["Jeff Sessions", "Sessions"], {}),
    "Merrick Garland": (["Merrick Garland", "Garland"], {}),
    "Steve Bannon": (["Steve Bannon", "Stephen Bannon", "Stephen K. Bannon", "Bannon"], {}),
    "Stephen Miller": (["Stephen Miller", "Miller"], {"Miller": MILLER_SKIP}),
    "Kellyanne Conway": (["Kellyanne Conway", "Conway"], {}),
    "Chuck Schumer": (
        ["Chuck Schumer", "Charles Schumer", "Charles E. Schumer", "Schumer"],
        {},
    ),
    "Mitch McConnell": (["Mitch McConnell", "McConnell"], {}),
    "Ben Sasse": (["Ben Sasse", "Sasse"], {}),
    "Anthony Kennedy": (
        ["Anthony Kennedy", "Anthony M. Kennedy", "Kennedy"],
        {"Kennedy": KENNEDY_SKIP},
    ),
    "Noah Purcell": (["Noah Purcell", "Purcell"], {}),
    "Dana Boente": (["Dana Boente", "Boente"], {}),
    "John Kelly": (["John Kelly", "John F. Kelly", "Kelly"], {"Kelly": KELLY_SKIP}),
    "Lee Gelernt": (["Lee Gelernt", "Gelernt"], {}),
    "Ann Donnelly": (["Ann Donnelly", "Ann M. Donnelly", "Donnelly"], {}),
    "Malcolm Turnbull": (["Malcolm Turnbull", "Turnbull"], {}),
    "Enrique Pena Nieto": (
        ["Enrique Pena Nieto", "Enrique Peña Nieto", "Peña Nieto", "Pena Nieto"],
        {},
    ),
    "Michael Flynn": (["Michael Flynn", "Mike Flynn", "Michael T. Flynn", "Flynn"], {}),
    "Rudy Giuliani": (["Rudy Giuliani", "Rudolph Giuliani", "Giuliani"], {}),
    # The 2016 election and the transition, November 2016
    "Hillary Clinton": (
        [
            "Hillary Clinton",
            "Hillary Rodham Clinton",
            "Hillary Rodham",
            "Hilary Rodham",
            "Rodham",
            "Hillary",
            "Clinton",
        ],
        {"Clinton": CLINTON_SKIP},
    ),
    "Bill Clinton": (["Bill Clinton", "William Jefferson Clinton"], {}),
    "Mike Pence": (["Mike Pence", "Pence"], {}),
    "Mitt Romney": (["Mitt Romney", "Romney"], {}),
    "Bernie Sanders": (["Bernie Sanders", "Sanders"], {}),
    "Paul Ryan": (["Paul Ryan", "Ryan"], {}),
    "Reince Priebus": (["Reince Priebus", "Priebus"], {}),
    "John Podesta": (["John Podesta", "Podesta"], {}),
    "Mike Pompeo": (["Mike Pompeo", "Pompeo"], {}),
    "Ted Cruz": (["Ted Cruz", "Cruz"], {}),
    "Marco Rubio": (["Marco Rubio", "Rubio"], {}),
    "Jared Kushner": (["Jared Kushner", "Kushner"], {}),
    "Ivanka Trump": (["Ivanka Trump", "Ivanka"], {}),
    "James Comey": (["James Comey", "James B. Comey", "Comey"], {}),
    "Chris Christie": (["Chris Christie", "Christie"], {}),
    "Nikki Haley": (["Nikki Haley", "Haley"], {}),
    "Tim Kaine": (["Tim Kaine", "Kaine"], {}),
    "Elizabeth Warren": (["Elizabeth Warren", "Warren"], {}),
    "Evan McMullin": (["Evan McMullin", "McMullin"], {}),
    "Keith Ellison": (["Keith Ellison", "Ellison"], {}),
    "Jeff Flake": (["Jeff Flake", "Flake"], {}),
    "Ben Carson": (["Ben Carson", "Carson"], {"Carson": CARSON_SKIP}),
    "James Mattis": (["James Mattis", "Jim Mattis", "Mattis"], {}),
}
# These people's bare surname is also another person's name or a common word: an article counts for
# them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Hillary Clinton": r"Hillary",
    "Lindsey Graham": r"Lindsey Graham|Lindsay Graham",
    "Rand Paul": r"Rand Paul",
    "David Cameron": r"David Cameron",
    "Susan Rice": r"Susan Rice",
    "Ban Ki-moon": r"Ban Ki-moon",
    "Mike Rogers": r"Mike Rogers",
    "George W. Bush": r"George W\. Bush",
    "Stephen Miller": r"Stephen Miller",
    "Anthony Kennedy": r"Anthony (?:M\. )?Kennedy",
    "John Kelly": r"John (?:F\. )?Kelly",
    "Ann Donnelly": r"Ann (?:M\. )?Donnelly",
    "Paul Ryan": r"Paul Ryan",
    "Ben Carson": r"Ben Carson",
    "Elizabeth Warren": r"Elizabeth Warren",
    "Jeff Flake": r"Jeff Flake",
    "Nikki Haley": r"Nikki Haley",
    "Chris Christie": r"Chris Christie",
    "Mitt Romney": r"Mitt Romney",
    "Bernie Sanders": r"Bernie Sanders",
    "Ted Cruz": r"Ted Cruz",
    "Noah Purcell": r"Noah Purcell",
    "Jay Carney": r"Jay Carney",
    "Harry Reid": r"Harry Reid",
    "Saddam Hussein": r"Saddam Hussein",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen13", "Fourteenth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
