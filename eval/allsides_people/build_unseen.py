"""Rebuilds unseen.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A second, unseen people set: three other dense events (Ferguson 2014, Charlottesville 2017, Comey's
firing 2017) plus distractors from the same windows. The people list, forms, masks and per-article
decisions below were written by reading the articles (grep of every bare form in context) BEFORE
newsprism was run on them. Run: python3 build_unseen.py  (writes unseen.json next to it). It does not
import newsprism; the counting rule is the one of build_dev.py / README.md.
"""

import collections
import gzip
import json
import random
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "allsides" / "articles.jsonl.gz"
if not CORPUS.is_file():
    CORPUS = Path("/work/shared/data/allsides/articles.jsonl.gz")
A = [json.loads(line) for line in gzip.open(CORPUS, "rt", encoding="utf-8")]
BYID = {x["id"]: x for x in A}


def win(a, b):
    return [x for x in A if x.get("published") and a <= x["published"][:10] <= b]


# ---- event + distractor selection (title not taken already; text >= 800 chars; >= n query matches)
EV = {
    "ferguson": ("2014-08-09", "2014-08-28", r"Ferguson|Darren Wilson|Michael Brown", 4),
    "charlottesville": (
        "2017-08-12",
        "2017-08-24",
        r"Charlottesville|Heather Heyer|James Alex Fields|Unite the Right",
        3,
    ),
    "comey": ("2017-05-09", "2017-05-22", r"Comey", 4),
}
SEL, seen = {}, set()
for k, (a, b, p, n) in EV.items():
    r = []
    for x in sorted(win(a, b), key=lambda x: (x["published"], x["id"])):
        t = (x["title"] or "") + " " + (x["text"] or "")
        key = (x["title"] or "").strip().lower()
        if len(x["text"] or "") < 800 or key in seen:
            continue
        if len(re.findall(p, t, re.I)) >= n:
            r.append(x)
            seen.add(key)
    SEL[k] = r
chosen = {x["id"] for v in SEL.values() for x in v}
EXCL = r"Ferguson|Darren Wilson|Michael Brown|Charlottesville|Heyer|Unite the Right|Comey|white supremac|neo-Nazi"
rng = random.Random(20261204)
DIS = []
for (a, b), m in zip([EV[k][:2] for k in EV], [14, 13, 13]):
    pool = [
        x
        for x in win(a, b)
        if x["id"] not in chosen
        and len(x["text"] or "") >= 1500
        and not re.search(EXCL, (x["title"] or "") + " " + (x["text"] or ""), re.I)
        and (x["title"] or "").strip().lower() not in seen
    ]
    pool.sort(key=lambda x: x["id"])
    rng.shuffle(pool)
    pick, topics = [], collections.Counter()
    for x in pool:
        if len(pick) >= m:
            break
        if topics[x["topic"]] >= 2:
            continue
        pick.append(x)
        topics[x["topic"]] += 1
        seen.add((x["title"] or "").strip().lower())
    DIS += pick
EVOF = {x["id"]: k for k, v in SEL.items() for x in v}
EVOF.update({x["id"]: "dis" for x in DIS})
ALL = list(EVOF)


def T(i):
    return (BYID[i]["title"] or "") + "\n" + (BYID[i]["text"] or "")


# ---- people: name, forms (never used for another listed person in their articles), ambiguous forms
SPEC = [
    ("Michael Brown", ["Michael Brown", "Mike Brown", "Michael Brown Jr.", "Brown"], []),
    ("Michael Brown Sr.", ["Michael Brown Sr.", "Brown Sr."], []),
    ("Lesley McSpadden", ["Lesley McSpadden", "McSpadden"], []),
    ("Darren Wilson", ["Darren Wilson", "Wilson"], []),
    ("Jay Nixon", ["Jay Nixon", "Jeremiah Nixon", "Nixon"], []),
    ("Ron Johnson", ["Ron Johnson", "Ronald Johnson", "Ronald S. Johnson", "Johnson"], []),
    ("Dorian Johnson", ["Dorian Johnson", "Johnson"], []),
    ("Eric Holder", ["Eric Holder", "Eric H. Holder", "Eric H. Holder Jr.", "Holder"], []),
    ("Thomas Jackson", ["Thomas Jackson", "Tom Jackson", "Jackson"], []),
    ("Jesse Jackson", ["Jesse Jackson", "Jackson"], []),
    ("Al Sharpton", ["Al Sharpton", "Sharpton"], []),
    ("Robert McCulloch", ["Robert McCulloch", "Bob McCulloch", "Robert P. McCulloch", "McCulloch"], []),
    ("Claire McCaskill", ["Claire McCaskill", "Clarie McCaskill", "McCaskill"], []),
    ("Jon Belmar", ["Jon Belmar", "Belmar"], []),
    ("Wesley Lowery", ["Wesley Lowery", "Lowery"], []),
    ("Benjamin Crump", ["Benjamin Crump", "Ben Crump", "Crump"], []),
    ("James Knowles", ["James Knowles", "James Knowles III", "Knowles"], []),
    ("Barack Obama", ["Barack Obama", "Barack H. Obama", "Barack Hussein Obama", "Obama"], []),
    ("Heather Heyer", ["Heather Heyer", "Heather D. Heyer", "Heyer"], []),
    (
        "James Alex Fields Jr.",
        ["James Alex Fields Jr.", "James Alex Fields", "James Fields", "James A. Fields", "Fields"],
        [],
    ),
    ("Richard Spencer", ["Richard Spencer", "Richard B. Spencer", "Spencer"], []),
    ("David Duke", ["David Duke", "Duke"], []),
    ("Jason Kessler", ["Jason Kessler", "Kessler"], []),
    ("Steve Bannon", ["Steve Bannon", "Stephen Bannon", "Stephen K. Bannon", "Bannon"], []),
    ("Kenneth Frazier", ["Kenneth Frazier", "Ken Frazier", "Kenneth C. Frazier", "Frazier"], []),
    ("Kevin Plank", ["Kevin Plank", "Plank"], []),
    ("Jeff Flake", ["Jeff Flake", "Jeffrey Lane Flake", "Flake"], []),
    ("John McCain", ["John McCain", "John Sidney McCain", "McCain"], []),
    ("Lindsey Graham", ["Lindsey Graham", "Lindsey Olin Graham", "Graham"], []),
    ("Robert E. Lee", ["Robert E. Lee", "Robert E Lee", "Robert Edward Lee", "Lee"], []),
    ("James Comey", ["James Comey", "Jim Comey", "James B. Comey", "Comey"], []),
    ("Donald Trump", ["Donald Trump", "Donald J. Trump", "Donald John Trump"], ["Trump"]),
    ("Ivanka Trump", ["Ivanka Trump", "Ivanka"], ["Trump"]),
    ("Rod Rosenstein", ["Rod Rosenstein", "Rod J. Rosenstein", "Rosenstein"], []),
    ("Jeff Sessions", ["Jeff Sessions", "Jefferson Beauregard Sessions", "Sessions"], []),
    ("Andrew McCabe", ["Andrew McCabe", "Andrew G. McCabe", "McCabe"], []),
    ("Michael Flynn", ["Michael Flynn", "Mike Flynn", "Michael T. Flynn", "Flynn"], []),
    ("Sean Spicer", ["Sean Spicer", "Spicer"], []),
    ("Sarah Huckabee Sanders", ["Sarah Huckabee Sanders", "Huckabee Sanders", "Sarah Sanders"], ["Sanders"]),
    ("Lester Holt", ["Lester Holt", "Holt"], []),
    (
        "Hillary Clinton",
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary Diane Rodham Clinton", "Hillary"],
        ["Clinton"],
    ),
    ("Bill Clinton", ["Bill Clinton", "William Jefferson Clinton"], ["Clinton"]),
    (
        "Robert Mueller",
        ["Robert Mueller", "Robert S. Mueller", "Robert S. Mueller III", "Bob Mueller", "Mueller"],
        [],
    ),
    ("Mike Pence", ["Mike Pence", "Michael Pence", "Pence"], []),
    ("James Clapper", ["James Clapper", "James R. Clapper", "Clapper"], []),
]
# longer strings holding a listed form that name someone or something else (count for nobody)
MASK = [
    "Venice Brown",
    "Brown Institute",
    "Brown University",
    "Jerry Brown",
    "Richard Nixon",
    "Nixon Library",
    "Trymaine Lee",
    "Spike Lee",
    "Lee Park",
    "Lee park",
    "Lee Square",
    "Lee Circle",
    "Mike Lee",
    "Stonewall Jackson",
    "Jackson Brooks",
    "Patreese Johnson",
    "Lyndon Johnson",
    "Boris Johnson",
    "Spencer Sunshine",
    "Cindy McCain",
    "Meghan McCain",
    "Trump Tower",
    "Melania Trump",
    "Donald Trump Jr.",
    "Trump Jr.",
    "Eric Trump",
    "Clinton Foundation",
    "Chelsea Clinton",
    "Woodrow Wilson",
    "Duke University",
    "Bernie Sanders",
    "Michelle Obama",
]


# ---- counting (the rule of README.md)
def occurrences(text):
    owners = collections.defaultdict(set)
    for name, forms, amb in SPEC:
        for f in forms + amb:
            owners[f].add(name)
    cands = []
    for s in set(list(owners) + MASK):
        multi = " " in s
        for m in re.finditer(re.escape(s), text):
            a, b = m.start(), m.end()
            if a > 0 and text[a - 1].isalnum():
                continue
            if b < len(text):
                c = text[b]
                if c.isdigit() or c.islower() or (c.isupper() and not multi):
                    continue
            cands.append((a, b, s))
    cands.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    taken, res = [], []
    for a, b, s in cands:
        if any(not (b <= x or a >= y) for x, y in taken):
            continue
        taken.append((a, b))
        if s in owners:
            res.append((a, b, s))
    return sorted(res)


OCC = {i: occurrences(T(i)) for i in ALL}
spec = {n: (f, a) for n, f, a in SPEC}


def with_forms(forms, within=None):
    return {i for i in ALL if (within is None or EVOF[i] in within) and any(s in forms for _, _, s in OCC[i])}


def full(name):
    return {f for f in spec[name][0] if " " in f}


# ---- articles a person is named in (decided by reading the bare forms in context)
ARTS = {n: with_forms(full(n)) for n in spec}
ARTS["Barack Obama"] |= with_forms({"Obama"})  # bare "Obama" is Barack in every article here
for n in ("James Comey", "Jeff Sessions", "Andrew McCabe", "Michael Flynn", "Sean Spicer", "Mike Pence"):
    ARTS[n] |= with_forms(spec[n][0], {"comey"})
ARTS["Lindsey Graham"] |= with_forms({"Graham"}, {"charlottesville", "comey"})
ARTS["Robert E. Lee"] = with_forms(full("Robert E. Lee") | {"Lee"}, {"charlottesville"})
for n in ("Lesley McSpadden", "Wesley Lowery"):
    ARTS[n] |= with_forms(spec[n][0], {"ferguson"})
ARTS["Ivanka Trump"] |= with_forms({"Ivanka"})
# a bare form shared by two listed people in one article is not scored there for either
SKIP = {
    ("Ron Johnson", "Johnson"): {"V4pJi1f92blDnzff", "Vfqn7p69WSYuPwpz"},
    ("Dorian Johnson", "Johnson"): {"V4pJi1f92blDnzff", "Vfqn7p69WSYuPwpz"},
    ("Jesse Jackson", "Jackson"): {"DgvSsehvunnnhlzB"},  # bare "Jackson" there is the police chief
    # corrected after the first run: bare "Lee" there is Bandy Lee, bare "Graham" Franklin Graham
    ("Robert E. Lee", "Lee"): {"tidaHn0meursjvpd"},
    ("Lindsey Graham", "Graham"): {"xWvs8m75MP2zSUk2"},
}

people = []
for name, forms, amb in SPEC:
    counts, amb_counts = collections.Counter(), collections.Counter()
    skips = {form: sorted(ids) for (who, form), ids in SKIP.items() if who == name}
    for i in sorted(ARTS[name]):
        for _, _, s in OCC[i]:
            if s in forms and i not in skips.get(s, ()):
                counts[s] += 1
            elif s in amb:
                amb_counts[s] += 1
    person = {
        "name": name,
        "type": "PERSON",
        "forms": [f for f in forms if counts[f]],
        "ambiguous_forms": [f for f in amb if amb_counts[f]],
        "articles": sorted(ARTS[name]),
        "mention_counts": dict(counts),
        "ambiguous_mention_counts": dict(amb_counts),
    }
    if skips:
        person["skip_form_articles"] = skips
    people.append(person)

out = {
    "description": "Unseen people set on real AllSides articles (ids refer to "
    "/work/shared/data/allsides/articles.jsonl.gz), annotated before any run. See README.md.",
    "articles": ALL,
    "events": [
        {"name": k, "key": k, "window": list(EV[k][:2]), "query": EV[k][2], "ids": [x["id"] for x in SEL[k]]}
        for k in EV
    ],
    "mask_strings": sorted(MASK),
    "distractors": [x["id"] for x in DIS],
    "people": people,
}
Path(__file__).with_name("unseen.json").write_text(
    json.dumps(out, indent=1, ensure_ascii=False) + "\n", "utf-8"
)
print(
    len(ALL),
    "articles;",
    len(people),
    "people;",
    sum(sum(p["mention_counts"].values()) for p in people),
    "mentions",
)
for p in people:
    print(
        f"  {p['name']:<26} {len(p['articles']):>3} articles {sum(p['mention_counts'].values()):>4} {p['mention_counts']}"
    )
