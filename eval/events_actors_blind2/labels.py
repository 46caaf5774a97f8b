"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Only the sentences read as reporting an event are listed; the other 165 of the 200
(no event, or an event too borderline to label: see README) are left out of the set. Each entry:
(main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "ab-007": (ev("SUPPORT", ["Trump"], ["Whitaker"], None, "called Whitaker \"a great guy\""), []),
    "ab-015": (ev("THREATEN", ["President Rouhani"], ["America"], None,
                  "said: \"If America leaves the nuclear deal, this will entail historic regret for it.\""), []),
    "ab-024": (ev("ACCUSE", ["Pro-GOP group America Rising"], ["Hillary"], "disapprove",
                  "is releasing “Failed Choices” to rebut the claims"), []),
    "ab-028": (ev("REJECT", [], ["Jordan"], None, "was rejected"), []),
    "ab-037": (ev("AGREE", ["Barr"], ["the committee"], None, "told the committee that he would respond"), []),
    "ab-041": (ev("ASSAULT", ["The United States"], ["militia bases"], None, "responded with attacks on"), []),
    "ab-047": (ev("PROTEST", [], [], None, "protests ... turned violent"), []),
    "ab-056": (ev("SUPPORT", ["Kelly"], ["Rob Porter"], None, "I stand by my previous comments of the Rob Porter"), []),
    "ab-061": (ev("ACCUSE", ["Heavin"], ["him"], "disapprove", "his strategy is just awful"), []),
    "ab-065": (ev("ACCUSE", ["she"], ["your organization"], "allege",
                  "here is one of thousands of pieces of evidence"), []),
    "ab-071": (ev("ACCUSE", ["China’s official Xinhua News Agency"], ["Mrs. Clinton"], "disapprove",
                  "carried a long analysis critical of"), []),
    "ab-074": (ev("ACCUSE", ["The aide"], ["Mr. McCain"], "disapprove", "said Mr. McCain’s position doesn’t matter"), []),
    "ab-075": (ev("ACCUSE", ["Oregon Sen. Ron Wyden"], ["Republicans"], "disapprove",
                  "said ... corporate sponsors line their own pockets"), []),
    "ab-077": (ev("CONSULT", ["Ginsberg"], ["Sean Cairncross"], None, "reached out to ... to inform him"), []),
    "ab-078": (ev("ACCUSE", ["Jon Stewart", "Stephen Colbert", "John Oliver"], ["the Republican Party"], "disapprove",
                  "have all mocked"), []),
    "ab-081": (ev("REJECT", ["Sanders"], ["Clinton"], None, "was having none of Clinton's remarks"), []),
    "ab-083": (ev("SANCTION", ["Trump"], ["China"], None, "issued the \"Proclamation ... blocking most travel from China"),
               [ev("ACCUSE", ["Democrats"], [], "disapprove", "harshly criticized the move")]),
    "ab-085": (ev("ACCUSE", ["Beijing"], ["the US"], "allege", "accused the US of starting"), []),
    "ab-088": (ev("ACCUSE", ["the president"], ["Republican"], "disapprove",
                  "called Republican threats ... “irresponsible,”"), []),
    "ab-096": (ev("ACCUSE", ["France President Francois Hollande"], [], "disapprove",
                  "is terming the attack ... an act of terror"), []),
    "ab-100": (ev("REJECT", ["Other Senate Democrats"], [], None, "voted against a motion"), []),
    "ab-107": (ev("ACCUSE", ["Senate Majority Leader Mitch McConnell"], ["Mr. Moore"], "disapprove",
                  "said ... the claims were “deeply troubling” and that Mr. Moore should not be in the Senate"), []),
    "ab-116": (ev("ACCUSE", ["Garry Maisel"], [], "disapprove", "\"We think that is ludicrous,\" said"), []),
    "ab-119": (ev("AID", ["the relief organization"], ["the hurricane victims"], None, "will help ... rebuild"), []),
    "ab-124": (ev("ACCUSE", ["Schumer"], ["Trump"], "disapprove",
                  "told reporters that Trump's \"threats and bullying are not going to work.\""), []),
    "ab-126": (ev("SUPPORT", ["The recording"], ["knights of the Islamic State"], None, "praised"),
               [ev("ACCUSE", ["The recording"], ["the museum"], "disapprove", "called the museum a \"den of infidels")]),
    "ab-130": (ev("SUPPORT", ["CNN anchor Jake Tapper"], ["White House press secretary Kayleigh McEnany"], None,
                  "offered a rare defense of"), []),
    "ab-149": (ev("ACCUSE", ["Obama campaign spokeswoman Lis Smith"], ["Mitt Romney"], "disapprove",
                  "Mitt Romney embraced the very same savings ... said"), []),
    "ab-153": (ev("ACCUSE", ["Moulton"], ["Donald Trump"], "allege", "\"Donald Trump has shown that he lies"), []),
    "ab-159": (ev("ACCUSE", ["prosecutors with political agendas"], ["Reason"], "investigate", "has been targeted by"), []),
    "ab-161": (ev("REQUEST", ["The United States"], ["North Korea"], None, "has demanded the ... dismantlement"), []),
    "ab-164": (ev("ACCUSE", ["House Democrats"], ["President Barack Obama"], "disapprove", "was a rebuke of ... by"), []),
    "ab-171": (ev("ACCUSE", ["Tara Wall"], ["the administration"], "disapprove",
                  "the administration should be held accountable,” said"), []),
    "ab-183": (ev("REQUEST", ["the Koch brothers’ network of organizations"], ["the Trump administration"], None,
                  "have lobbied ... to push"), []),
    "ab-187": (ev("ASSAULT", ["the two sides"], [], None, "continued to trade fire"), []),
}
