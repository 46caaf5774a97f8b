"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "ata-010": (ev("ACCUSE", ["Ford"], ["Kavanaugh"], "allege", "says that ... trapped her"), []),
    "ata-013": (ev("SUPPORT", ["former Rep. Pete Hoekstra"], ["Senate Majority Leader Mitch McConnell"], None,
                   "was merely maintaining \"decorum ...\" ... tells"),
                [ev("SANCTION", ["Senate Majority Leader Mitch McConnell"], ["Massachusetts Sen. Elizabeth Warren"],
                    None, "shut down"),
                 ev("ACCUSE", ["Massachusetts Sen. Elizabeth Warren"], ["Attorney General nominee Sen. Jeff Sessions"],
                    "disapprove", "slamming")]),
    "ata-017": (ev("AGREE", ["opposition leader Benny Gantz"], ["Prime Minister Benjamin Netanyahu"], None,
                   "moved towards an agreement with"), []),
    "ata-034": (ev("SUPPORT", ["she"], ["John Dingell"], None, "his contributions to our country were so significant"),
                []),
    "ata-035": (ev("REQUEST", ["he"], [], None, "Don’t let the Big Steal go forward without massive protests"), []),
    "ata-038": (ev("REQUEST", ["Atkins"], ["the bill’s critics"], None, "challenged ... to put forward"),
                [ev("ACCUSE", ["Atkins"], ["The opponents of SB 50"], "disapprove",
                    "have offered no substantive alternative")]),
    "ata-053": (ev("SANCTION", ["Chuang"], ["the administration"], None, "ruled that ... violates"), []),
    "ata-056": (ev("SUPPORT", ["Others"], ["Franken"], None, "took to Twitter to defend"), []),
    "ata-058": (ev("CONSULT", ["She"], ["Capitol Hill"], "visit", "visited"), []),
    "ata-060": (ev("ACCUSE", ["Obama administration officials"], ["the Assad regime"], "disapprove",
                   "voiced frustration with"), []),
    "ata-068": (ev("ACCUSE", ["she"], ["journalists tracking the race"], "disapprove",
                   "have also reverted “back to stereotypes,” she asserted"), []),
    "ata-072": (ev("MOBILIZE", ["The U.S. military"], [], None, "positioned the battery and radars"), []),
    "ata-074": (ev("SUPPORT", ["Bernie Sanders", "Chuck Schumer"], ["Ellison"], None, "winning endorsements from"), []),
    "ata-085": (ev("SUPPORT", ["The Fox host"], ["the president"], None, "defended the president's decision"), []),
    "ata-086": (ev("ACCUSE", ["Mr. Menendez"], ["the U.S. president"], "disapprove",
                   "said Fox News took a harder line on Mr. Putin ... than"), []),
    "ata-089": (ev("SANCTION", [], ["she"], None, "was blocked"),
                [ev("ACCUSE", ["she"], ["Trump"], "disapprove", "called Trump a \"bloody idiot.\"")]),
    "ata-090": (ev("ACCUSE", ["Paul"], ["Roberts"], "disapprove", "complaining ... about"), []),
    "ata-092": (ev("ACCUSE", ["Corker"], ["Paul Ryan"], "disapprove",
                   "I appreciate the dilemma Paul Ryan was in, but I’m disappointed"), []),
    "ata-100": (ev("ACCUSE", ["Sondland"], ["Trump"], "allege", "testified ... at Trump’s “express direction”"),
                [ev("REQUEST", ["Sondland"], ["Kiev"], None, "pushed a “quid pro quo” with")]),
}

NOTES = {
    "ata-002": "'But he noted, \"when Hussein was toppled, we got chaos.\"': history in an argument (a toppling with no "
               "agent, told as a lesson); NONE.",
    "ata-007": "'Comey's position, this official reportedly said, was: \"If it is said, it shouldn't come from the "
               "FBI\"': a stance reported second-hand, no act on anyone; NONE.",
    "ata-009": "Related-story link line ('No preconditions':Pompeo says ...) glued in the article: NONE by the "
               "heading/link rule.",
    "ata-010": "'Ford says that ... an intoxicated Kavanaugh trapped her in a bedroom, pinned her ...': an "
               "allegation, ACCUSE/allege as asm-040's 'They say ... that China has stolen' (borderline: ASSAULT "
               "as told; the assault itself is a private act decades before).",
    "ata-013": "Hoekstra telling Newsmax that McConnell 'was merely maintaining decorum' when he shut down Warren: a "
               "defence of McConnell, SUPPORT (borderline: the shut-down itself as main event). The silencing "
               "(Rule XIX) as other event SANCTION, 'slamming' Sessions ACCUSE.",
    "ata-015": "The GAO's annual report saying the federal government's fiscal path is unsustainable: an audit "
               "finding about a state, NONE (borderline: ACCUSE/disapprove of the federal government, an owner the "
               "sentence names).",
    "ata-017": "'after opposition leader Benny Gantz moved towards an agreement with Prime Minister Benjamin "
               "Netanyahu': coalition talks nearing a deal, AGREE (borderline: CONSULT; the main clause 'Israel "
               "appeared headed for a unity government' is no event).",
    "ata-020": "'Pelosi resisted impeachment throughout the summer, even as ... members ... endorsed it': a stance on "
               "a process that names no one; NONE by the convention for things.",
    "ata-028": "'Democrats insist that's no obstacle as they press ahead toward likely votes on impeachment "
               "articles': a stance and a plan; NONE (borderline: ACCUSE).",
    "ata-034": "Rep. Brooks (she, named outside the sentence) on Dingell: 'his contributions to our country were so "
               "significant ... so I ... was just disappointed': praise of Dingell, SUPPORT (the disappointment at "
               "Trump's remarks names no one here; 'Debbie is a friend' a tie).",
    "ata-035": "Roger Stone (he): '\"Don't let the Big Steal go forward without massive protests,\" he said ... on a "
               "radio program': an appeal to listeners to protest, REQUEST with no named addressee (borderline: as "
               "asz-003's appeal to a crowd).",
    "ata-038": "'Atkins ... challenged the bill's critics to put forward their own legislation': a challenge, "
               "REQUEST; the quoted 'have offered no substantive alternative' as other event ACCUSE.",
    "ata-044": "'the Clinton campaign is monitoring Biden's activities closely': watching a rival, no investigation "
               "in PLOVER's sense; the opposition research is only feared; NONE (borderline).",
    "ata-046": "'as her husband rails against Obamacare and shouts about Jeb Bush, Heidi steps outside': a typical "
               "campaign stop told in the present, habitual; NONE (borderline: ACCUSE of Jeb Bush).",
    "ata-052": "A quote whose speaker is outside the sentence (Obama's statement on Garland): NONE.",
    "ata-053": "Judge Chuang ruling the revised travel ban a 'Muslim ban' that violates the Constitution: a court "
               "ruling, SANCTION; the administration, named as the ban's maker, the recipient.",
    "ata-056": "'Others took to Twitter to defend Franken or point out the liberal bias': people defending Franken, "
               "SUPPORT (borderline: the actor is only 'Others').",
    "ata-058": "Susan Rice (She) visiting Capitol Hill to answer legislators' questions: CONSULT/visit as asd-098.",
    "ata-059": "Officials 'sounded the alarm ... that America's emergency stockpile ... was running dangerously "
               "low': a warning of a state, NONE.",
    "ata-060": "Officials 'voiced frustration with the pace of the Assad regime's shipments': criticism of a thing "
               "whose owner is named, ACCUSE/disapprove with the regime as recipient.",
    "ata-066": "'I asked Mr. Barr directly, \"Do you think Mr. Mueller is on a witch hunt?\"': a question at a "
               "meeting, NONE as asc-092.",
    "ata-068": "Clinton (she) asserting that journalists 'reverted back to stereotypes': criticism of journalists, "
               "ACCUSE/disapprove as asz-094's blame of the media.",
    "ata-072": "'The U.S. military positioned the battery and radars' (THAAD in South Korea): a deployment, MOBILIZE.",
    "ata-073": "Schrage 'took responsibility for hiring Definers and initiating Definers' investigation into Mr. "
               "Soros': an admission inside a company; the investigation only mentioned in a participle; NONE "
               "(borderline: CONCEDE).",
    "ata-074": "'Ellison was an early favorite ..., winning endorsements from ... Bernie Sanders and ... Chuck "
               "Schumer': the endorsements are what the sentence reports, SUPPORT (borderline: a participle).",
    "ata-079": "A quote whose speaker is outside the sentence ('Hillary Clinton lied many times to the FBI'): NONE.",
    "ata-080": "'She wants to go in and \"impeach the motherf**ker.\"': a wish, NONE.",
    "ata-085": "'The Fox host defended the president's decision to walk away': defence of the president's act, "
               "SUPPORT.",
    "ata-086": "Menendez saying Fox News 'took a harder line on Mr. Putin ... than the U.S. president had': "
               "criticism of the president by comparison, ACCUSE/disapprove (borderline).",
    "ata-089": "'she says she was blocked in May 2017 after a tweet in which she called Trump a \"bloody idiot\"': "
               "blocked (by the president's account, no agent in the sentence), SANCTION (borderline: REJECT); the "
               "insult as other event ACCUSE.",
    "ata-092": "Glued text (a list of senators and their quotes run together). The event a coder would take: Corker "
               "telling the Times 'I appreciate the dilemma Paul Ryan was in, but I'm disappointed' (the deal Ryan "
               "struck): ACCUSE/disapprove (borderline: the votes forecast are NONE).",
    "ata-094": "'The White House is standing by Kavanaugh' (no full stop; a section heading of the article): NONE "
               "by the heading rule (would be SUPPORT in running text).",
    "ata-095": "Executive-order text ('I further order that the St. Louis County Police Department shall have "
               "command ... over security ...'): an internal command arrangement, NONE (borderline: MOBILIZE).",
    "ata-097": "'his administration had little to do with it, the publication said': a fact-check's finding, NONE.",
    "ata-100": "'Sondland testified later that he worked with ... Giuliani ... at Trump's \"express direction\" and "
               "pushed a \"quid pro quo\" with Kiev': testimony implicating Trump, ACCUSE/allege (borderline, as "
               "testimony accusing the White House in earlier sets); pushing the quid pro quo as other event "
               "REQUEST.",
}
