"""Rebuilds unseen11.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A twelfth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors,
about 210 articles, about 50 people): the Sandy Hook shooting and the gun debate after it
(2012-12-14 - 2013-01-10), Edward Snowden's NSA disclosures (2013-06-06 - 06-30) and Antonin Scalia's
death and Merrick Garland's nomination (2016-02-13 - 03-31); 20 distractors from each window. No
earlier people set used these windows. The people, their forms, the masks and the per-article
decisions below were written by reading the articles (every bare form grepped in context) BEFORE
newsprism was run on them. Run: PYTHONPATH=src python3 eval/allsides_people/build_unseen11.py (writes
unseen11.json next to it). The counting rule is the one of build_dev.py / README.md (longest
non-overlapping case-sensitive matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "sandy_hook_2012": (
        ("2012-12-14", "2013-01-10"),
        r"Newtown|Sandy Hook|Lanza|[Gg]un",
        6,
        r"Newtown|Sandy Hook|Lanza|[Gg]un|NRA|shooting|massacre",
        20121214,
    ),
    "snowden_2013": (
        ("2013-06-06", "2013-06-30"),
        r"Snowden|NSA|Greenwald",
        6,
        r"Snowden|NSA|Greenwald|surveillance|PRISM|leak",
        20130606,
    ),
    "scalia_garland_2016": (
        ("2016-02-13", "2016-03-31"),
        r"Scalia|Garland",
        4,
        r"Scalia|Garland|Supreme Court|nominee|justice",
        20160213,
    ),
}
selected, TEXTS, event, distractors = select_events(EVENTS, 20)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    # relatives and namesakes
    "Ms. Lanza",  # read: his mother
    "Mrs. Lanza",
    "elder Lanza",  # read: his father
    "Peter Lanza",
    "Ryan Lanza",
    "Marsha Lanza",
    "Lonnie Snowden",
    "Elizabeth Snowden",
    "Paul Scalia",
    "Matthew Scalia",
    "Maureen Scalia",
    "Rev. Scalia",
    "Father Scalia",
    "Michelle Obama",
    "Obama administration",
    "Obama Administration",
    "Bill Clinton",
    "Chelsea Clinton",
    "Clinton administration",
    "Clinton Foundation",
    "Donald Trump Jr.",
    "Trump Jr.",
    "Ivanka Trump",
    "Trump Tower",
    "Trump University",
    "Ron Paul",
    "John Paul Stevens",
    "John Paul",
    "Paul Ryan",
    "Paul Watford",
    "Pat Roberts",
    "Jane Roberts",  # correction after the first run: his wife and daughter
    "Josie Roberts",
    "Douglas Ginsburg",  # correction after the first run: a namesake judge, her husband
    "Martin Ginsburg",
    "Angus King",
    "Steve King",
    "Martin Luther King",
    "Larry King",
    "Megyn Kelly",
    "Victor Cruz",
    "Mother Jones",
    "Patty Judge",
    "Cathy McMorris Rodgers",
    "Brian Rogers",
    "Kevin McCarthy",
    "Ted Kennedy",
    "Edward Kennedy",
    "John F. Kennedy",
    "William Kennedy",
    "Thomas Jefferson",
    "Neval Thomas",
    "Justice Department",
    "Jeb Bush",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


OBAMA_SKIP = having(r"Michelle")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Mr\. Clinton|Chelsea")
TRUMP_SKIP = having(r"Ivanka|Melania|Trump Jr|Eric Trump")
KING_SKIP = having(r"Angus King|Steve King")
ROBERTS_SKIP = having(r"Pat Roberts")


# Read: bare "Lanza" is the gunman (his mother is "Ms. Lanza" / "Nancy Lanza", his father "Peter Lanza" /
# "the elder Lanza", both masked); bare "Scalia" is the justice in every article (his sons are "Father
# Paul Scalia" / "Matthew Scalia", masked); bare "Snowden" is Edward (his parents are named in full).
PEOPLE = {
    # Sandy Hook and the gun debate, December 2012 - January 2013
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Joe Biden": (["Joe Biden", "Joseph Biden", "Joseph R. Biden", "Biden"], {}),
    "Adam Lanza": (["Adam Lanza", "Adam Peter Lanza", "Lanza"], {}),
    "Nancy Lanza": (["Nancy Lanza"], {}),
    "Dianne Feinstein": (["Dianne Feinstein", "Diane Feinstein", "Feinstein"], {}),
    "Michael Bloomberg": (["Michael Bloomberg", "Michael R. Bloomberg", "Bloomberg"], {}),
    "Wayne LaPierre": (["Wayne LaPierre", "LaPierre"], {}),
    "Jay Carney": (["Jay Carney", "Carney"], {}),
    "Louie Gohmert": (["Louie Gohmert", "Gohmert"], {}),
    "Piers Morgan": (["Piers Morgan", "Morgan"], {}),
    "Gabrielle Giffords": (["Gabrielle Giffords", "Gabby Giffords", "Giffords"], {}),
    "Mark Kelly": (["Mark Kelly"], {}),
    "Joe Manchin": (["Joe Manchin", "Joe Manchin III", "Manchin"], {}),
    "Joe Lieberman": (["Joe Lieberman", "Joseph I. Lieberman", "Lieberman"], {}),
    "David Gregory": (["David Gregory", "Gregory"], {}),
    "Arne Duncan": (["Arne Duncan", "Duncan"], {}),
    "Kathleen Sebelius": (["Kathleen Sebelius", "Sebelius"], {}),
    "Dawn Hochsprung": (["Dawn Hochsprung", "Hochsprung"], {}),
    "Eric Holder": (["Eric Holder", "Eric H. Holder", "Holder"], {}),
    "Dannel Malloy": (["Dannel Malloy", "Dannel P. Malloy", "Dan Malloy", "Malloy"], {}),
    "Paul Vance": (["Paul Vance", "J. Paul Vance", "Vance"], {}),
    "Alex Jones": (["Alex Jones", "Jones"], {}),
    # Snowden's disclosures, June 2013
    "Edward Snowden": (
        ["Edward Snowden", "Ed Snowden", "Eward Snowden", "Edward J. Snowden", "Snowden"],
        {},
    ),
    "Glenn Greenwald": (["Glenn Greenwald", "Greenwald"], {}),
    "James Clapper": (["James Clapper", "James R. Clapper", "Clapper"], {}),
    "Robert Mueller": (["Robert Mueller", "Robert S. Mueller", "Mueller"], {}),
    "Keith Alexander": (["Keith Alexander", "Keith B. Alexander", "Alexander"], {}),
    "Julian Assange": (["Julian Assange", "Assange"], {}),
    "Bradley Manning": (["Bradley Manning", "Manning"], {}),
    "Rand Paul": (["Rand Paul", "Paul"], {}),
    "Daniel Ellsberg": (["Daniel Ellsberg", "Ellsberg"], {}),
    "Ron Wyden": (["Ron Wyden", "Wyden"], {}),
    "Mike Rogers": (["Mike Rogers", "Rogers"], {}),
    "Vladimir Putin": (["Vladimir Putin", "Putin"], {}),
    "Peter King": (["Peter King", "King"], {"King": KING_SKIP}),
    "John Boehner": (["John Boehner", "John A. Boehner", "Boehner"], {}),
    "Rafael Correa": (["Rafael Correa", "Correa"], {}),
    "Lindsey Graham": (["Lindsey Graham", "Graham"], {}),
    # Scalia's death and Garland's nomination, February - March 2016
    "Antonin Scalia": (["Antonin Scalia", "Scalia"], {}),
    "Merrick Garland": (["Merrick Garland", "Merrick B. Garland", "Garland"], {}),
    "Mitch McConnell": (["Mitch McConnell", "McConnell"], {}),
    "Sonia Sotomayor": (["Sonia Sotomayor", "Sotomayor"], {}),
    "Clarence Thomas": (["Clarence Thomas", "Thomas"], {}),
    "Ted Cruz": (["Ted Cruz", "Cruz"], {}),
    "John Roberts": (["John Roberts", "John G. Roberts", "Roberts"], {"Roberts": ROBERTS_SKIP}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary", "Clinton"],
        {"Clinton": CLINTON_SKIP},
    ),
    "Anthony Kennedy": (["Anthony Kennedy", "Anthony M. Kennedy", "Kennedy"], {}),
    "Donald Trump": (["Donald Trump", "Donald J. Trump", "Trump"], {"Trump": TRUMP_SKIP}),
    "Elena Kagan": (["Elena Kagan", "Kagan"], {}),
    "Orrin Hatch": (["Orrin Hatch", "Hatch"], {}),
    "Ruth Bader Ginsburg": (["Ruth Bader Ginsburg", "Ginsburg"], {}),
    "Sri Srinivasan": (["Sri Srinivasan", "Srinivasan"], {}),
    "Chuck Grassley": (["Chuck Grassley", "Charles Grassley", "Grassley"], {}),
    "Marco Rubio": (["Marco Rubio", "Rubio"], {}),
    "Kelly Ayotte": (["Kelly Ayotte", "Ayotte"], {}),
    "Stephen Breyer": (["Stephen Breyer", "Breyer"], {}),
    "Samuel Alito": (["Samuel Alito", "Alito"], {}),
    "Harry Reid": (["Harry Reid", "Reid"], {}),
    "Chuck Schumer": (["Chuck Schumer", "Charles Schumer", "Charles E. Schumer", "Schumer"], {}),
    "Patrick Leahy": (["Patrick Leahy", "Patrick J. Leahy", "Leahy"], {}),
    "Jane Kelly": (["Jane Kelly"], {}),
}
# These people's bare surname is also another person's name or a common word: an article counts for
# them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Piers Morgan": r"Piers Morgan",
    "Mark Kelly": r"Mark Kelly",
    "David Gregory": r"David Gregory",
    "Arne Duncan": r"Arne Duncan",
    "Paul Vance": r"Paul Vance",
    "Alex Jones": r"Alex Jones",
    "Robert Mueller": r"Robert (?:S\. )?Mueller",
    "Keith Alexander": r"Keith (?:B\. )?Alexander",
    "Bradley Manning": r"Bradley Manning",
    "Rand Paul": r"Rand Paul",
    "Mike Rogers": r"Mike Rogers",
    "Peter King": r"Peter King",
    "Lindsey Graham": r"Lindsey Graham",
    "Clarence Thomas": r"Clarence Thomas",
    "Ted Cruz": r"Ted Cruz",
    "John Roberts": r"John (?:G\. )?Roberts",
    "Anthony Kennedy": r"Anthony (?:M\. )?Kennedy",
    "Hillary Clinton": r"Hillary",
    "Merrick Garland": r"Merrick",
    "Harry Reid": r"Harry Reid",
    "Jane Kelly": r"Jane Kelly",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen11", "Twelfth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
