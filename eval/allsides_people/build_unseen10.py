"""Rebuilds unseen10.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

An eleventh people set, unseen, in the shape of issue 17's goal (three dense events plus distractors,
about 220 articles, about 40 people): the Access Hollywood tape and the second and third presidential
debates (2016-10-07 - 10-21), the Ebola cases in the United States (2014-09-30 - 10-25) and Michael
Cohen's plea, Paul Manafort's conviction and John McCain's death (2018-08-21 - 09-03); 20 distractors
from each window. No earlier people set used these windows. The people, their forms, the masks and
the per-article decisions below were written by reading the articles (every bare form grepped in
context) BEFORE newsprism was run on them. Run:
PYTHONPATH=src python3 eval/allsides_people/build_unseen10.py (writes unseen10.json next to it). The
counting rule is the one of build_dev.py / README.md (longest non-overlapping case-sensitive
matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "access_hollywood_2016": (
        ("2016-10-07", "2016-10-21"),
        r"Access Hollywood|Billy Bush|[Tt]ape|grop|lewd|[Aa]ccuser|[Dd]ebate",
        6,
        r"Access Hollywood|Billy Bush|[Tt]ape|grop|lewd|[Aa]ccuser|[Dd]ebate|[Ss]exual",
        20161009,
    ),
    "ebola_2014": (
        ("2014-09-30", "2014-10-25"),
        r"Ebola",
        8,
        r"Ebola|Liberia|Sierra Leone|Guinea|CDC|Frieden|virus|quarantine",
        20141015,
    ),
    "cohen_manafort_mccain_2018": (
        ("2018-08-21", "2018-09-03"),
        r"Cohen|Manafort|Pecker|Lanny Davis|Weisselberg|McCain",
        5,
        r"Cohen|Manafort|Pecker|Lanny Davis|Weisselberg|McCain|Mueller|Daniels|McDougal|plea",
        20180822,
    ),
}
selected, TEXTS, event, distractors = select_events(EVENTS, 20)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Trump administration",
    "Trump Administration",
    "Trump Organization",
    "Trump Tower",
    "Trump University",
    "Trump Foundation",
    "Donald Trump Jr.",
    "Donald Trump Jr",
    "Trump Jr.",
    "Trump Jr",
    "Melania Trump",
    "Ivanka Trump",
    "Ivana Trump",
    "Ivana Zelnicek Trump",
    "Eric Trump",
    "Fred Trump",
    "Mary Trump",
    "Obama administration",
    "Obama Administration",
    "Michelle Obama",
    "Malik Obama",
    "Clinton administration",
    "Clinton Foundation",
    "Clinton Global Initiative",
    "Chelsea Clinton",
    "Karen Pence",
    "Jeb Bush",
    "George Bush",
    "George W. Bush",
    "George W Bush",
    "George H.W. Bush",
    "George H. W. Bush",
    "Laura Bush",
    "Ryan Cooper",
    "Ryan White",
    "Ryan Goodman",
    "Ryan W. Miller",
    "George Wallace",
    "Julie Conway",
    "Roxanne Jones",
    "Alex Jones",
    "Jabari Jones",
    "Mother Jones",
    "Paul Jones",
    "Spencer Zwick",
    "Elizabeth Cohen",
    "Marshall Cohen",
    "Matthew Cohen",
    "Rick Davis",
    "Brandon Davis",
    "Malte Mueller",
    "Gwen Graham",
    "Franklin Graham",
    "Margaret Hunter",
    "Joe Hunter",
    "Chris Murphy",
    "Patrick Murphy",
    "Meghan McCain",
    "Cindy McCain",
    "Roberta McCain",
    "Bridget McCain",
    "S. McCain",  # his father and grandfather (John S. McCain Jr., Adm. John S. McCain), an act's name
    "McCain Jr.",
    "McCain Institute",
    "Ashley Estes Kavanaugh",
    "Jeff Duncan",
    "Paula Duncan",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


TRUMP_SKIP = having(
    r"Melania|Ivanka|Ivana|Eric Trump|Tiffany|Don Jr|Donald Jr|Trump Jr|Barron|Fred Trump|Mary Trump"
)
OBAMA_SKIP = having(r"Michelle|Malik Obama")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Mr\. Clinton|William Jefferson Clinton|Chelsea")
PENCE_SKIP = having(r"Karen Pence")

# Read: in the articles naming Meghan, Cindy, Roberta or Bridget McCain, every bare "McCain" is the
# senator (the relatives are named in full or by given name), so bare "McCain" is not skipped there.
PEOPLE = {
    # Access Hollywood and the debates, October 2016
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "Hillary Clinton": (
        [
            "Hillary Clinton",
            "Hillary Rodham Clinton",
            "Hillary Diane Rodham Clinton",
            "Hillary",
            "Clinton",
        ],
        {"Clinton": CLINTON_SKIP},
    ),
    "Bill Clinton": (["Bill Clinton", "William Jefferson Clinton", "William J. Clinton"], {}),
    "Mike Pence": (
        ["Mike Pence", "Michael Pence", "Michael (Mike) Richard Pence", "Pence"],
        {"Pence": PENCE_SKIP},
    ),
    "Melania Trump": (["Melania Trump", "Melania"], {}),
    "Michelle Obama": (["Michelle Obama", "Michelle"], {}),
    "Billy Bush": (["Billy Bush", "Bush"], {}),
    "Paul Ryan": (["Paul Ryan", "Paul D. Ryan", "Ryan"], {}),
    "Anderson Cooper": (["Anderson Cooper", "Cooper"], {}),
    "Martha Raddatz": (["Martha Raddatz", "Raddatz"], {}),
    "Chris Wallace": (["Chris Wallace", "Wallace"], {}),
    "Kellyanne Conway": (["Kellyanne Conway", "Conway"], {}),
    "John Podesta": (["John Podesta", "Podesta"], {}),
    "Juanita Broaddrick": (["Juanita Broaddrick", "Juanita Broaderrick", "Broaddrick"], {}),
    "Paula Jones": (["Paula Jones", "Jones"], {}),
    "Kathleen Willey": (["Kathleen Willey", "Willey"], {}),
    "Kathy Shelton": (["Kathy Shelton", "Kathleen Shelton", "Shelton"], {}),
    "Kelly Ayotte": (["Kelly Ayotte", "Ayotte"], {}),
    "Alicia Machado": (["Alicia Machado", "Machado"], {}),
    "Summer Zervos": (["Summer Zervos", "Zervos"], {}),
    "Rudy Giuliani": (["Rudy Giuliani", "Rudolph Giuliani", "Rudolph W. Giuliani", "Giuliani"], {}),
    # Ebola in the United States, October 2014
    "Barack Obama": (
        ["Barack Obama", "Barack Hussein Obama", "Obama"],
        {"Obama": OBAMA_SKIP},
    ),
    "Thomas Eric Duncan": (
        ["Thomas Eric Duncan", "Eric Duncan", "Thomas Duncan", "Thomas Edward Duncan", "Duncan"],
        {},
    ),
    "Nina Pham": (["Nina Pham", "Pham"], {}),
    "Amber Vinson": (["Amber Vinson", "Amber Joy Vinson", "Vinson"], {}),
    "Tom Frieden": (["Tom Frieden", "Thomas Frieden", "Frieden"], {}),
    "Anthony Fauci": (["Anthony Fauci", "Fauci"], {}),
    "Ron Klain": (["Ron Klain", "Ronald Klain", "Klain"], {}),
    "Kent Brantly": (["Kent Brantly", "Brantly"], {}),
    "Nancy Writebol": (["Nancy Writebol", "Writebol"], {}),
    "Craig Spencer": (["Craig Spencer", "Spencer"], {}),
    "Mike Rawlings": (["Mike Rawlings", "Rawlings"], {}),
    "Daniel Varga": (["Daniel Varga", "Dan Varga", "Varga"], {}),
    "Tim Murphy": (["Tim Murphy", "Murphy"], {}),
    "Josh Earnest": (["Josh Earnest", "Earnest"], {}),
    # Cohen's plea, Manafort's verdict and McCain's death, August 2018
    "John McCain": (
        ["John McCain", "John Sidney McCain", "John Sidney McCain III", "John McCain III", "McCain"],
        {},
    ),
    "Meghan McCain": (["Meghan McCain"], {}),
    "Cindy McCain": (["Cindy McCain"], {}),
    "Michael Cohen": (["Michael Cohen", "Michael D. Cohen", "Michaels Cohen", "Cohen"], {}),
    "Paul Manafort": (["Paul Manafort", "Paul John Manafort", "Manafort"], {}),
    "Lanny Davis": (["Lanny Davis", "Davis"], {}),
    "Robert Mueller": (
        ["Robert Mueller", "Robert S. Mueller", "Robert (Bob) Swan Mueller", "Mueller"],
        {},
    ),
    "Stormy Daniels": (
        ["Stormy Daniels", "Storm Daniels", "Daniels", "Stephanie Clifford", "Clifford"],
        {},
    ),
    "David Pecker": (["David Pecker", "David J. Pecker", "Pecker"], {}),
    "Karen McDougal": (["Karen McDougal", "McDougal"], {}),
    "Jeff Sessions": (["Jeff Sessions", "Sessions"], {}),
    "Sarah Palin": (["Sarah Palin", "Palin"], {}),
    "Brett Kavanaugh": (["Brett Kavanaugh", "Kavanaugh"], {}),
    "Joe Biden": (["Joe Biden", "Biden"], {}),
    "Lindsey Graham": (["Lindsey Graham", "Lindsey Olin Graham", "Graham"], {}),
    "Duncan Hunter": (
        ["Duncan Hunter", "Duncan D. Hunter", "Duncan Duane Hunter", "Hunter"],
        {},
    ),
}
# These people's bare surname is also another person's name or a common word: an article counts for
# them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Melania Trump": r"Melania",
    "Michelle Obama": r"Michelle Obama",
    "Billy Bush": r"Billy Bush",
    "Paul Ryan": r"Paul (?:D\. )?Ryan",
    "Anderson Cooper": r"Anderson Cooper",
    "Chris Wallace": r"Chris Wallace",
    "Kellyanne Conway": r"Kellyanne",
    "Paula Jones": r"Paula Jones",
    "Kathy Shelton": r"Kathy Shelton|Kathleen Shelton",
    "Thomas Eric Duncan": r"Ebola",
    "Craig Spencer": r"Craig Spencer",
    "Tim Murphy": r"Tim Murphy",
    "Josh Earnest": r"Josh Earnest",
    "Lanny Davis": r"Lanny Davis",
    "Lindsey Graham": r"Lindsey (?:Olin )?Graham",
    "Duncan Hunter": r"Duncan (?:D\. |Duane )?Hunter",
    "Jeff Sessions": r"Jeff Sessions|Attorney General",
    "Sarah Palin": r"Sarah Palin",
    "Brett Kavanaugh": r"Brett Kavanaugh|Judge Kavanaugh",
    "Hillary Clinton": r"Hillary",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen10", "Eleventh unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
