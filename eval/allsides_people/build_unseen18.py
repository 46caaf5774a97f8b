"""Rebuilds unseen18.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A nineteenth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors),
this time foreign-affairs and business weeks: the Trump-Kim summit in Hanoi with the Cohen hearing beside
it (2019-02-20 - 03-05), the US-China trade war's tariff rise and the Huawei ban (2019-05-05 - 05-31) and
the US leaving the Iran nuclear deal with the Jerusalem embassy opening (2018-05-05 - 05-22); 10
distractors from each window. No earlier people set used these windows or seeds. The people, their
forms, the masks and the per-article decisions below were written by reading the articles (every bare
form grepped in context) BEFORE newsprism was run on them. Run: PYTHONPATH=src python3
eval/allsides_people/build_unseen18.py (writes unseen18.json next to it). The counting rule is the one
of build_dev.py / README.md (longest non-overlapping case-sensitive matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "hanoi_summit_2019": (
        ("2019-02-20", "2019-03-05"),
        r"Kim Jong|North Korea|Hanoi",
        4,
        r"Korea|Kim Jong|Hanoi|Cohen",
        2026124501,
    ),
    "china_trade_2019": (
        ("2019-05-05", "2019-05-31"),
        r"China|Chinese|tariff|Huawei",
        6,
        r"China|Chinese|tariff|Huawei|trade",
        2026124502,
    ),
    "iran_deal_embassy_2018": (
        ("2018-05-05", "2018-05-22"),
        r"Iran|nuclear deal|Jerusalem|embassy|Gaza",
        6,
        r"Iran|nuclear|Jerusalem|embassy|Gaza|Israel",
        2026124503,
    ),
}
selected, TEXTS, event, distractors = select_events(EVENTS, 10)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Kim Chang Son",
    "Kim Yong-chol",
    "Kim Hong-Ji",
    "Kim Jong Nam",
    "Kim Jong Il",
    "Kim Yo Jong",
    "Kerry Starchuk",
    "Jordan Peterson",
    "Jordan B Peterson",
    "Sam Harris",
    "Hunter Biden",
    "Jane Sanders",
    "Cindy Warmbier",
    "Mrs. Warmbier",
    "Maya Rockeymoore Cummings",
    "Melania Trump",
    "Donald Trump Jr",
    "Donald (Don) John Trump",
    "Trump Jr",
    "Trump administration",
    "Trump Administration",
    "Trump Organization",
    "Trump Tower",
    "Trump Moscow",
    "Clinton Foundation",
    "Clinton administration",
    "Chelsea Clinton",
    "Obama administration",
    "Lyndon Johnson",
    "Richard Johnson",
    "Curtis Johnson",
    "Grace Liu",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname may be theirs too, so it is not scored.
TRUMP_SKIP = having(r"Melania|Ivanka|Trump Jr|Eric Trump|Barron|Ms\. Trump|Fred Trump")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Mr\. Clinton|Chelsea|Clinton administration")
SANDERS_SKIP = having(r"Bernie|Bernard Sanders|Jane Sanders")
WARMBIER_SKIP = having(r"Cindy|Mrs\. Warmbier|Fred")  # "Mr. and Mrs. Warmbier", "Fred and Cindy Warmbier"
KERRY_SKIP = having(r"Starchuk")  # "Kerry" is Kerry Starchuk's given name there
BIDEN_SKIP = having(r"Hunter Biden")
HARRIS_SKIP = having(r"Sam Harris")

PEOPLE = {
    # The Hanoi summit (and the Cohen hearing), February 2019
    "Kim Jong Un": (["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim"], {}),
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "Ivanka Trump": (["Ivanka Trump", "Ivana (Ivanka) Marie Trump", "Ivanka"], {}),
    "Mike Pompeo": (["Mike Pompeo", "Michael Pompeo", "Michael (Mike) Richard Pompeo", "Pompeo"], {}),
    "Moon Jae-in": (["Moon Jae-in", "Moon"], {}),
    "Otto Warmbier": (["Otto Warmbier", "Warmbier"], {"Warmbier": WARMBIER_SKIP}),
    "Stephen Biegun": (["Stephen Biegun", "Biegun"], {}),
    "Ri Yong Ho": (["Ri Yong Ho", "Ri Yong-ho", "Ri"], {}),
    "Rebecca Hersman": (["Rebecca Hersman", "Hersman"], {}),
    "John Bolton": (["John Bolton", "John R. Bolton", "Bolton"], {}),
    "Michael Cohen": (["Michael Cohen", "Michel Cohen", "Cohen"], {}),
    "Elijah Cummings": (["Elijah Cummings", "Cummings"], {}),
    "Jim Jordan": (["Jim Jordan", "James (Jim) Daniel Jordan", "Jordan"], {}),
    "Robert Mueller": (["Robert Mueller", "Robert (Bob) Swan Mueller", "Mueller"], {}),
    # The trade war, May 2019
    "Xi Jinping": (["Xi Jinping", "Xi"], {}),
    "Robert Lighthizer": (["Robert Lighthizer", "Robert E. Lighthizer", "Lighthizer"], {}),
    "Steven Mnuchin": (["Steven Mnuchin", "Steven T. Mnuchin", "Steve Mnuchin", "Mnuchin"], {}),
    "Liu He": (["Liu He", "Liu"], {}),
    "Larry Kudlow": (["Larry Kudlow", "Lawrence (Larry) Alan Kudlow", "Kudlow"], {}),
    "Lu Kang": (["Lu Kang", "Lu"], {}),
    "William Barr": (["William Barr", "William P. Barr", "Bill Barr", "Barr"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    # The Iran deal and the Jerusalem embassy, May 2018
    "Benjamin Netanyahu": (["Benjamin Netanyahu", "Netanyahu"], {}),
    "Emmanuel Macron": (["Emmanuel Macron", "Macron"], {}),
    "Angela Merkel": (["Angela Merkel", "Merkel"], {}),
    "Mohammad Javad Zarif": (["Mohammad Javad Zarif", "Javad Zarif", "Zarif"], {}),
    "Hassan Rouhani": (["Hassan Rouhani", "Hasan Rouhani", "Rouhani"], {}),
    "John Kerry": (["John Kerry", "John Forbes Kerry", "Kerry"], {"Kerry": KERRY_SKIP}),
    "Boris Johnson": (["Boris Johnson"], {}),
    "Jared Kushner": (["Jared Kushner", "Jared Corey Kushner", "Kushner"], {}),
    "Nikki Haley": (["Nikki Haley", "Haley"], {}),
    "Mahmoud Abbas": (["Mahmoud Abbas", "Abbas"], {}),
    "Jim Mattis": (["Jim Mattis", "James Mattis", "James N. Mattis", "James Norman Mattis", "Mattis"], {}),
    # Named across the windows
    "Vladimir Putin": (["Vladimir Putin", "Putin"], {}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Diane Rodham Clinton", "Clinton"],
        {"Clinton": CLINTON_SKIP},
    ),
    "Bill Clinton": (["Bill Clinton"], {}),
    "Elizabeth Warren": (["Elizabeth Warren", "Elizabeth Ann Warren", "Warren"], {}),
    "Bernie Sanders": (["Bernie Sanders", "Bernard Sanders"], {}),
    "Sarah Sanders": (["Sarah Huckabee Sanders", "Sarah Sanders", "Sanders"], {"Sanders": SANDERS_SKIP}),
    "Kamala Harris": (["Kamala Harris", "Harris"], {"Harris": HARRIS_SKIP}),
    "Joe Biden": (["Joe Biden", "Biden"], {"Biden": BIDEN_SKIP}),
    "Jeff Sessions": (["Jeff Sessions", "Sessions"], {}),
    "Nicolás Maduro": (["Nicolás Maduro", "Nicolas Maduro", "Maduro"], {}),
}
# These people's bare surname is also another person's name, a place or a common word: an article
# counts for them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Hillary Clinton": r"Hillary",
    "Jim Jordan": r"Jim Jordan|Rep\. Jordan",
    "Sarah Sanders": r"Sarah (?:Huckabee )?Sanders",
    "Lu Kang": r"Lu Kang",
    "Liu He": r"Liu He",
    "Ri Yong Ho": r"Ri Yong[ -][Hh]o",
    "Moon Jae-in": r"Moon Jae-in",
    "Kim Jong Un": r"Kim Jong[ -][Uu]n|Mr\. Kim|Chairman Kim",
}

# Role check (issue 17 item 5), written by reading the titles, appositions and copular phrases each
# person has in these articles BEFORE any run: a role the system gives the person's main entity is
# right when, after its last possessive ("Trump's son-in-law" -> "son-in-law"), it contains one of these
# phrases as whole words (case-insensitive). An honorific ("Mr."), a fragment ("First"), another
# person's title or a place's name matches none of them.
ROLE_WORDS = {
    "Kim Jong Un": ["leader", "dictator", "chairman", "tyrant", "head of state"],
    "Donald Trump": ["president", "commander in chief", "republican", "candidate", "nominee", "businessman"],
    "Ivanka Trump": ["daughter", "adviser", "advisor"],
    "Mike Pompeo": ["secretary of state", "state secretary", "secretary", "diplomat"],
    "Moon Jae-in": ["president", "leader"],
    "Otto Warmbier": ["student"],
    "Stephen Biegun": ["envoy", "special representative", "negotiator"],
    "Ri Yong Ho": ["foreign minister", "foreign affairs minister", "minister"],
    "Rebecca Hersman": ["expert", "director"],
    "John Bolton": ["national security adviser", "national security advisor", "adviser", "advisor", "hawk"],
    "Michael Cohen": ["lawyer", "attorney", "fixer", "witness"],
    "Elijah Cummings": ["chairman", "chair", "rep.", "representative", "congressman", "democrat", "lawmaker"],
    "Jim Jordan": [
        "ranking member",
        "rep.",
        "representative",
        "republican",
        "congressman",
        "ally",
        "lawmaker",
    ],
    "Robert Mueller": ["special counsel", "counsel", "prosecutor", "director"],
    "Xi Jinping": ["president", "leader"],
    "Robert Lighthizer": ["trade representative", "representative", "amb.", "ambassador", "negotiator"],
    "Steven Mnuchin": ["treasury secretary", "secretary of the treasury", "secretary"],
    "Liu He": ["vice premier", "vice-premier", "premier", "negotiator"],
    "Larry Kudlow": ["economic adviser", "adviser", "advisor", "director", "head"],
    "Lu Kang": ["spokesman", "spokesperson"],
    "William Barr": ["attorney general"],
    "Nancy Pelosi": ["speaker", "democrat", "leader", "rep.", "representative"],
    "Benjamin Netanyahu": ["prime minister", "premier", "leader"],
    "Emmanuel Macron": ["president", "counterpart", "leader"],
    "Angela Merkel": ["chancellor", "leader"],
    "Mohammad Javad Zarif": ["foreign minister", "minister", "counterpart", "diplomat"],
    "Hassan Rouhani": ["president", "pragmatist", "supporter", "moderate", "leader"],
    "John Kerry": ["secretary of state", "secretary", "diplomat", "senator"],
    "Boris Johnson": ["foreign secretary", "secretary"],
    "Jared Kushner": ["son-in-law", "adviser", "advisor", "husband"],
    "Nikki Haley": ["ambassador", "envoy", "governor"],
    "Mahmoud Abbas": ["president", "leader"],
    "Jim Mattis": ["defense secretary", "secretary of defense", "secretary", "general", "gen."],
    "Vladimir Putin": ["president", "leader"],
    "Hillary Clinton": ["nominee", "candidate", "secretary of state", "secretary", "senator", "democrat"],
    "Bill Clinton": ["president"],
    "Elizabeth Warren": ["senator", "sen.", "candidate", "democrat", "hopeful", "rival"],
    "Bernie Sanders": ["senator", "sen.", "candidate", "independent", "democrat", "hopeful"],
    "Sarah Sanders": ["press secretary", "secretary", "spokeswoman"],
    "Kamala Harris": ["senator", "sen.", "candidate", "democrat", "hopeful", "prosecutor"],
    "Joe Biden": ["vice president", "candidate", "front-runner", "frontrunner", "democrat"],
    "Jeff Sessions": ["attorney general", "ag", "senator"],
    "Nicolás Maduro": ["president", "leader", "dictator", "strongman"],
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
for person in people:
    person["role_words"] = ROLE_WORDS[person["name"]]
write_gold_events(
    "unseen18", "Nineteenth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
