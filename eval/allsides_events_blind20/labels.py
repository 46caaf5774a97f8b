"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "ast-002": (ev("SUPPORT", ["They"], ["Obama"], None, "cheered as Obama sloughed off"), []),
    "ast-007": (ev("SUPPORT", ["Trump"], ["Whitaker"], None, "when he called Whitaker \"a great guy\""), []),
    "ast-015": (ev("THREATEN", ["President Rouhani"], ["America"], None,
                   "said: \"If America leaves the nuclear deal, this will entail historic regret for it.\""), []),
    "ast-017": (ev("CONSULT", [], ["Russian officials"], None, "there were several meetings with"), []),
    "ast-024": (ev("ACCUSE", ["Pro-GOP group America Rising"], ["Hillary"], "disapprove",
                   "is releasing ... to rebut the claims"), []),
    "ast-028": (ev("REJECT", [], ["Jordan"], None, "was rejected on the House floor"), []),
    "ast-037": (ev("AGREE", ["Barr"], ["the committee"], None, "told the committee that he would respond"), []),
    "ast-041": (ev("ASSAULT", ["The United States"], ["militia"], None,
                   "responded with attacks on militia bases that killed"), []),
    "ast-048": (ev("PROTEST", [], [], "riot", "protests ... turned violent"), []),
    "ast-057": (ev("SUPPORT", ["Kelly"], ["Rob Porter"], None, "I stand by my previous comments of the Rob Porter"),
                []),
    "ast-062": (ev("ACCUSE", ["Heavin"], ["him"], "disapprove", "his strategy is just awful"), []),
    "ast-066": (ev("ACCUSE", ["she"], ["your organization"], "disapprove",
                   "here is one of thousands of pieces of evidence"), []),
    "ast-072": (ev("ACCUSE", ["China’s official Xinhua News Agency"], ["Mrs. Clinton"], "disapprove",
                   "carried a long analysis critical of"), []),
    "ast-075": (ev("ACCUSE", ["The aide"], ["Mr. McCain"], "disapprove",
                   "said Mr. McCain’s position doesn’t matter because he’s “dying anyway.”"), []),
    "ast-076": (ev("ACCUSE", ["Oregon Sen. Ron Wyden"], ["Republicans"], "disapprove",
                   "said ... corporate sponsors line their own pockets"), []),
    "ast-078": (ev("CONSULT", ["Ginsberg"], ["Sean Cairncross"], None, "reached out to ... to inform him"), []),
    "ast-079": (ev("ACCUSE", ["Jon Stewart, Stephen Colbert, and John Oliver"], ["the Republican Party"],
                   "disapprove", "have all mocked"), []),
    "ast-082": (ev("ACCUSE", ["Sanders"], ["Clinton"], "disapprove", "was having none of Clinton's remarks"), []),
    "ast-084": (ev("SANCTION", ["Trump"], ["China"], None, "issued the \"Proclamation ... blocking most travel from"),
                [ev("ACCUSE", ["Democrats"], ["Trump"], "disapprove", "harshly criticized the move")]),
    "ast-086": (ev("ACCUSE", ["Beijing"], ["the US"], "allege", "accused ... of starting"), []),
    "ast-089": (ev("ACCUSE", ["the president"], ["Republican"], "disapprove", "called Republican threats ... "
                   "“irresponsible,”"), []),
    "ast-090": (ev("ASSAULT", [], ["three US soldiers"], None, "vehicle carrying three US soldiers hit by a truck"),
                []),
    "ast-097": (ev("ACCUSE", ["France President Francois Hollande"], ["two men"], "disapprove",
                   "is terming the attack ... an act of terror"), []),
}

NOTES = {
    "ast-002": "'They cheered as Obama sloughed off the ... energy rhetoric of his first term': environmentalists' "
               "praise of a president's turn, SUPPORT as ass-077 'cheered Obama's declaration' (borderline: a "
               "retrospective of a whole term, background).",
    "ast-005": "A Daily Beast headline quoted as an example of 2015's outrage ('Racists Urge Boycott of Star "
               "Wars'): a quoted headline about a call to boycott a film, NONE (borderline: REQUEST).",
    "ast-007": "Main clause 'That contradicted Trump's remarks' is NONE; the when-clause 'when he called Whitaker \"a "
               "great guy\"' reports a specific praise: SUPPORT.",
    "ast-015": "Rouhani: 'If America leaves the nuclear deal, this will entail historic regret for it': a warning to "
               "a state, THREATEN (the conditional is the threat's form; borderline: a prediction).",
    "ast-017": "'Yes, there were several meetings with Russian officials, some only belatedly disclosed' in an "
               "opinion column: past meetings asserted as fact, CONSULT with no actor named (borderline: "
               "background of an argument, NONE).",
    "ast-018": "A company's campaign contributions over a cycle, from campaign records: an aggregate statistic and "
               "campaign money, NONE.",
    "ast-024": "A party group releasing a booklet 'to rebut the claims Hillary makes': an attack document, "
               "ACCUSE/disapprove as ass-092 (bracketed editor's note, but a sentence).",
    "ast-026": "'Bars and restaurants are being closed': domestic orders with no actor, NONE.",
    "ast-028": "'(Jordan's resolution was rejected on the House floor ...)': a chamber voting down a member's "
               "resolution, REJECT with no actor (borderline: domestic procedure, NONE).",
    "ast-032": "A spokesman denying that an appointment was ever certain: a denial of media reports, no actor "
               "accused or rejected, NONE (borderline: ACCUSE as disputing an account).",
    "ast-037": "Barr telling the committee he would respond to all congressional inquiries in a timely manner: a "
               "commitment made to the committee, AGREE as ase-014 (borderline: testimony about intent, NONE).",
    "ast-041": "'The United States responded with attacks on militia bases that killed at least two dozen people': "
               "ASSAULT.",
    "ast-048": "'But protests in Ferguson quickly turned violent': the riot told as a fact, PROTEST/riot with no "
               "actor named (borderline: a nominal subject).",
    "ast-053": "A spokesperson's 'response ... after some criticism' explaining Schumer's comments: a defence with "
               "no act on another actor, NONE (borderline: REJECT of the criticism).",
    "ast-057": "Kelly: 'I stand by my previous comments of the Rob Porter that I have come to know': renewed praise "
               "of an aide, SUPPORT (borderline).",
    "ast-059": "'(Photo: ...) Story Highlights President Obama met leaders from four Senate committees on Tuesday "
               "...': a caption and a story-highlights bullet, page furniture: NONE by the heading rule (CONSULT "
               "in running text).",
    "ast-062": "A donor: 'I wanted to support him ... but his strategy is just awful': criticism of a candidate by "
               "a named speaker, ACCUSE/disapprove (borderline: opinion).",
    "ast-065": "An opinion writer's 'Whether it is strong-arming the F.B.I. director ... or conniving with his "
               "attorney general ...': the author's characterisations in a list of gerunds, NONE.",
    "ast-066": "A reader writing to NPR 'While your organization protests you are not biased, here is one of "
               "thousands of pieces of evidence': a complaint of bias, ACCUSE/disapprove (borderline).",
    "ast-069": "'They have aired 6,885 broadcast TV ads since Jan. 1': a count of ads, a statistic, NONE.",
    "ast-070": "A cartoonist posting a link on Twitter after her cartoon was pulled: no act on another actor told, "
               "NONE.",
    "ast-073": "An all-capitals linked headline ('CESAR SAYOC, WHO PLEADED GUILTY ..., TELLS JUDGE ...'): NONE by "
               "the heading rule.",
    "ast-075": "The aide (Sadler) saying McCain's position does not matter 'because he's \"dying anyway\"': a "
               "disparaging remark about a senator, ACCUSE/disapprove (borderline).",
    "ast-076": "Wyden saying the study showed 'middle-class Americans will ... see a tax hike under Republicans' "
               "plan while corporate sponsors line their own pockets': criticism of the other party, "
               "ACCUSE/disapprove.",
    "ast-078": "Ginsberg 'reached out to Sean Cairncross ... to inform him of the group's decisions': a contact, "
               "CONSULT (mode not stated).",
    "ast-079": "Three comedians who 'have all mocked the Republican Party's attempt to rebrand itself': ridicule of "
               "a party, ACCUSE/disapprove (borderline: media commentary over time).",
    "ast-082": "'Sanders was having none of Clinton's remarks': dismissing a rival's account, ACCUSE/disapprove as "
               "as-e117 (REJECT defensible).",
    "ast-084": "Trump's proclamation 'blocking most travel from China': a travel ban, SANCTION; the Democrats' "
               "criticism as other event.",
    "ast-087": "'amidst ... McConnell's ongoing opposition to the consideration of election security legislation': "
               "a nominal of background, NONE.",
    "ast-089": "Main clause: McConnell 'couldn't think of a better opportunity ... to force Democrats to address the "
               "deficit', an opinion about leverage, NONE; the relative clause 'in which the president called "
               "Republican threats ... \"irresponsible\"' is a specific criticism: ACCUSE/disapprove.",
    "ast-090": "'TARGET: No casualties; vehicle carrying three US soldiers hit by a truck': an entry of a list of "
               "terror attacks, a ramming: ASSAULT with no actor (borderline: a list entry, furniture).",
    "ast-094": "Democrats who 'have hinted at cannibalizing the legislation': hints about a law, NONE.",
    "ast-096": "'The top 1 percent, who President Obama has made a target during the presidential campaign': a "
               "campaign theme about a statistical group, NONE.",
    "ast-097": "Hollande 'terming the attack ... an act of terror': a head of state condemning an attack, "
               "ACCUSE/disapprove of its authors (borderline); the attack itself is a passing nominal.",
    "ast-099": "Negated main clause; 'which ran primary campaigns against Republican incumbents' is background, "
               "NONE.",
}
