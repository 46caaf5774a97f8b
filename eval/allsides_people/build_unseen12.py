"""Rebuilds unseen12.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A thirteenth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors,
about 200 articles, about 55 people): the attack on the US mission in Benghazi and the campaign's
quarrel over it (2012-09-11 - 10-20), the October 2013 government shutdown and debt-ceiling standoff
(2013-09-30 - 10-17) and the Charleston church shooting and the Confederate flag debate after it
(2015-06-17 - 07-12); 20 distractors from each window. No earlier people set used these windows. The
people, their forms, the masks and the per-article decisions below were written by reading the
articles (every bare form grepped in context) BEFORE newsprism was run on them. Run: PYTHONPATH=src
python3 eval/allsides_people/build_unseen12.py (writes unseen12.json next to it). The counting rule
is the one of build_dev.py / README.md (longest non-overlapping case-sensitive matches, masks count
for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "benghazi_2012": (
        ("2012-09-11", "2012-10-20"),
        r"Benghazi|Libya|Stevens",
        6,
        r"Benghazi|Libya|Stevens|embassy|consulate|Cairo|attack",
        20120911,
    ),
    "shutdown_2013": (
        ("2013-09-30", "2013-10-17"),
        r"[Ss]hutdown|debt ceiling|default",
        10,
        r"[Ss]hutdown|debt ceiling|default|Obamacare|furlough",
        20130930,
    ),
    "charleston_2015": (
        ("2015-06-17", "2015-07-12"),
        r"Charleston|Roof\b|Confederate flag|Emanuel|Pinckney",
        3,
        r"Charleston|Roof\b|Confederate|Emanuel|Pinckney|shooting|flag",
        20150617,
    ),
}
selected, TEXTS, event, distractors = select_events(EVENTS, 20)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    # relatives and namesakes
    "Stuart Stevens",  # read: Romney's chief strategist, bare "Stevens" in his two articles
    "Matt Stevens",
    "John Paul Stevens",
    "Tamir Rice",
    "Condoleezza Rice",
    "Bill Clinton",
    "Chelsea Clinton",
    "Clinton administration",
    "Clinton Global Initiative",
    "Clinton Federal Building",
    "Clinton Foundation",
    "Obama administration",
    "Obama Administration",
    "Ann Romney",
    "Josh Romney",
    "Tagg Romney",
    "Martin Luther King",
    "John King",
    "Steve King",
    "King Street",
    "King George",
    "Rocky King",
    "Larry King",
    "Ryan Williams",
    "Ron Paul",
    "St. Paul",
    "John Paul",
    "Robert E. Lee",
    "General Lee",
    "Lee's Ferry",
    "Tony Lee",
    "Lee Atwater",
    "Lee Bebout",
    "Felicia Sanders",
    "Bernard Sanders",
    "Bernie Sanders",
    "Malcolm Graham",
    "Billy Graham",
    "Graham v. Connor",
    "Lamar Smith",
    "Shepard Smith",
    "Bruce Smith",
    "Jeffrey Smith",
    "Gwyeth Smith",
    "Fort Collins",
    "Francis Collins",
    "Addie Mae Collins",
    "Monica Crowley",
    "Molly Riley",
    "Michael Haley",
    "Arthur Hurd",
    "Thomas Davis",
    "Susan Davis",
    "George H.W. Bush",
    "George H. W. Bush",
    "Jeb Bush",
    "Laura Bush",
    "George Bush",  # read: the one bare "George Bush" (a distractor) is the father, at a 1992 debate
    "the Bush administration",
    "the Bush presidency",
    "Bush tax cuts",
    "John McConnell",  # read: a Romney speechwriter
    "Paul Goodman",
    "Paul Thurmond",
    "non-Hillary",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname is theirs too, so it is not scored.
OBAMA_SKIP = having(r"Michelle Obama")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Mr\. Clinton")
STEVENS_SKIP = having(r"Stuart Stevens")
KING_SKIP = having(r"John King|Steve King|Luther King")
GRAHAM_SKIP = having(r"Malcolm Graham|Billy Graham")
SANDERS_SKIP = having(r"Felicia Sanders|Bernard Sanders|Bernie Sanders")
COLLINS_SKIP = having(r"Francis Collins|Addie Mae Collins")
BUSH_SKIP = having(r"H\. ?W\. Bush|Jeb|Laura Bush|Mrs\. Bush")
MCCONNELL_SKIP = having(r"John McConnell")
HURD_SKIP = having(r"Arthur Hurd")  # correction after the first run: her husband's bare "Hurd"
ROMNEY_SKIP = having(r"Mrs\. Romney|Ann Romney|Josh Romney|Tagg Romney")

PEOPLE = {
    # Benghazi, September - October 2012
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Michelle Obama": (["Michelle Obama"], {}),
    "Mitt Romney": (["Mitt Romney", "Willard Mitt Romney", "Romney"], {"Romney": ROMNEY_SKIP}),
    "Chris Stevens": (
        ["Chris Stevens", "Christopher Stevens", "J. Christopher Stevens", "Stevens"],
        {"Stevens": STEVENS_SKIP},
    ),
    "Susan Rice": (["Susan Rice", "Susan E. Rice", "Rice"], {}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary", "Clinton"],
        {"Clinton": CLINTON_SKIP},
    ),
    "Candy Crowley": (["Candy Crowley", "Crowley"], {}),
    "John McCain": (["John McCain", "McCain"], {}),
    "Jason Chaffetz": (["Jason Chaffetz", "Chaffetz"], {}),
    "Sean Smith": (["Sean Smith", "Smith"], {}),
    "Paul Ryan": (["Paul Ryan", "Ryan"], {}),
    "John Kerry": (["John Kerry", "John F. Kerry", "Kerry"], {}),
    "Victoria Nuland": (["Victoria Nuland", "Nuland"], {}),
    "Moammar Gadhafi": (
        ["Moammar Gadhafi", "Muammar Qaddafi", "Gadhafi", "Qaddafi"],
        {},
    ),
    "Benjamin Netanyahu": (["Benjamin Netanyahu", "Bibi Netanyahu", "Netanyahu"], {}),
    "Jay Carney": (["Jay Carney", "Carney"], {}),
    "Bob Corker": (["Bob Corker", "Corker"], {}),
    "Peter King": (["Peter King", "King"], {"King": KING_SKIP}),
    "Mohammed Morsi": (
        [
            "Mohammed Morsi",
            "Mohamed Morsi",
            "Mohammad Morsi",
            "Mohammed Morsy",
            "Morsi",
            "Morsy",
        ],
        {},
    ),
    "Joe Biden": (["Joe Biden", "Biden"], {}),
    "Darrell Issa": (["Darrell Issa", "Darrell E. Issa", "Issa"], {}),
    "Eric Nordstrom": (["Eric Nordstrom", "Nordstrom"], {}),
    "Tommy Vietor": (["Tommy Vietor", "Vietor"], {}),
    "Ben LaBolt": (["Ben LaBolt", "LaBolt"], {}),
    "Kelly Ayotte": (["Kelly Ayotte", "Ayotte"], {}),
    "George W. Bush": (["George W. Bush", "Bush"], {"Bush": BUSH_SKIP}),
    # The shutdown, October 2013
    "Ted Cruz": (["Ted Cruz", "Cruz"], {}),
    "Harry Reid": (["Harry Reid", "Reid"], {}),
    "John Boehner": (["John Boehner", "John A. Boehner", "Boehner"], {}),
    "Mitch McConnell": (["Mitch McConnell", "McConnell"], {"McConnell": MCCONNELL_SKIP}),
    "Jack Lew": (["Jack Lew", "Jacob Lew", "Lew"], {}),
    "Mike Lee": (["Mike Lee", "Lee"], {}),
    "Rand Paul": (["Rand Paul", "Paul"], {}),
    "Patty Murray": (["Patty Murray", "Murray"], {}),
    "Tom Graves": (["Tom Graves", "Graves"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    "Eric Cantor": (["Eric Cantor", "Cantor"], {}),
    "Mark Meadows": (["Mark Meadows", "Meadows"], {}),
    "Steny Hoyer": (["Steny Hoyer", "Hoyer"], {}),
    "Kevin McCarthy": (["Kevin McCarthy", "McCarthy"], {}),
    "Michael Needham": (["Michael Needham", "Needham"], {}),
    "Thomas Donohue": (["Thomas Donohue", "Donohue"], {}),
    "Susan Collins": (["Susan Collins", "Susan M. Collins", "Collins"], {"Collins": COLLINS_SKIP}),
    "Chuck Schumer": (["Chuck Schumer", "Charles Schumer", "Schumer"], {}),
    "Marco Rubio": (["Marco Rubio", "Rubio"], {}),
    "Gene Sperling": (["Gene Sperling", "Sperling"], {}),
    "Dana Bash": (["Dana Bash", "Bash"], {}),
    "Lindsey Graham": (["Lindsey Graham", "Graham"], {"Graham": GRAHAM_SKIP}),
    # Charleston, June - July 2015
    "Dylann Roof": (["Dylann Roof", "Dylann Storm Roof", "Roof"], {}),
    "Clementa Pinckney": (["Clementa Pinckney", "Clementa C. Pinckney", "Pinckney"], {}),
    "Nikki Haley": (["Nikki Haley", "Haley"], {}),
    "Joseph Riley": (["Joseph Riley", "Joseph P. Riley", "Riley"], {}),
    "Gregory Mullen": (["Gregory Mullen", "Greg Mullen", "Mullen"], {}),
    "Tywanza Sanders": (["Tywanza Sanders", "Sanders"], {"Sanders": SANDERS_SKIP}),
    "Cynthia Hurd": (["Cynthia Hurd", "Hurd"], {"Hurd": HURD_SKIP}),
    "Susie Jackson": (["Susie Jackson"], {}),
    "Ethel Lance": (["Ethel Lance", "Ethel Lee Lance"], {}),
    "Myra Thompson": (["Myra Thompson"], {}),
    "Norvel Goff": (["Norvel Goff", "Goff"], {}),
    "Walter Scott": (["Walter Scott"], {}),
    "Tim Scott": (["Tim Scott"], {}),
    "Al Sharpton": (["Al Sharpton", "Sharpton"], {}),
    "Jefferson Davis": (["Jefferson Davis", "Davis"], {}),
    "Bobby Jindal": (["Bobby Jindal", "Piyush Jindal", "Jindal"], {}),
}
# These people's bare surname is also another person's name or a common word: an article counts for
# them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Chris Stevens": r"Chris(?:topher)? Stevens|Ambassador Stevens|Mr\. Stevens",
    "Susan Rice": r"Susan (?:E\. )?Rice|Ambassador Rice",
    "Hillary Clinton": r"Hillary",
    "Candy Crowley": r"Candy Crowley",
    "Sean Smith": r"Sean Smith",
    "Paul Ryan": r"Paul Ryan|Chairman Ryan",
    "John Kerry": r"John (?:F\. )?Kerry",
    "Peter King": r"Peter King",
    "Mike Lee": r"Mike Lee",
    "Rand Paul": r"Rand Paul",
    "Patty Murray": r"Patty Murray",
    "Tom Graves": r"Tom Graves",
    "Mark Meadows": r"Mark Meadows",
    "Kevin McCarthy": r"Kevin McCarthy",
    "Michael Needham": r"Michael Needham",
    "Thomas Donohue": r"Thomas Donohue",
    "Dana Bash": r"Dana Bash",
    "Lindsey Graham": r"Lindsey Graham",
    "Joseph Riley": r"Joseph (?:P\. )?Riley",
    "Gregory Mullen": r"Greg(?:ory)? Mullen",
    "Tywanza Sanders": r"Tywanza",
    "Cynthia Hurd": r"Cynthia Hurd",
    "Norvel Goff": r"Norvel Goff",
    "Jefferson Davis": r"Jefferson Davis",
    "George W. Bush": r"George W\. Bush",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen12", "Thirteenth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
