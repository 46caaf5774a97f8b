"""Issue 17's twelfth round of quote rules, from the first-run errors of the unseen13 AllSides set,
on invented text: each named rule group finds what a careful reader would, and switching the group
off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

RELAYED = (
    "The harbour board met on Tuesday to discuss the dredging plan.\n\n"
    "Lena Marsh, the board's chair, said the vote would be held in March. She noted that the Port "
    "Authority has previously said that two of the channels could not be dredged before the summer.\n\n"
    "Tom Ruddle, a shipping executive, said officials have told him that progress is being made on "
    "the northern berths but not on the fees.\n\n"
    'Mayor Ada Quist said she was glad to stand with the dockers "who have waited long enough" and '
    "walked with them to the gate, union officials said."
)


def test_a_report_inside_a_report_is_the_inner_speakers(quotes_of, first_quote):
    found = quotes_of(RELAYED)
    channels = first_quote(found, "two of the channels")
    assert channels is not None and channels.speaker == "Port Authority"
    berths = first_quote(found, "progress is being made")
    assert berths is not None and berths.speaker is None  # unnamed officials, not the executive
    assert first_quote(found, "the vote would be held").speaker == "Lena Marsh"
    with rules.switched_off(["nested_reports"]):
        found = quotes_of(RELAYED)
        assert not any(q.speaker == "Port Authority" for q in found)
        assert any(q.speaker == "Tom Ruddle" and "progress is being made" in q.text for q in found)


def test_quoted_words_in_a_named_speakers_clause_stay_hers(quotes_of, first_quote):
    quote = first_quote(quotes_of(RELAYED), "who have waited long enough")
    assert quote is not None and quote.speaker == "Ada Quist"
    with rules.switched_off(["nested_reports"]):
        assert first_quote(quotes_of(RELAYED), "who have waited long enough").speaker != "Ada Quist"


COMPILED = (
    "The fever has spread to 40,000 people in the region since March, according to data compiled "
    "by Westbrook University."
)


def test_data_compiled_by_a_body_is_that_bodys(quotes_of, first_quote):
    quote = first_quote(quotes_of(COMPILED), "The fever has spread")
    assert quote is not None and quote.speaker == "Westbrook University"
    with rules.switched_off(["compiled_by"]):
        assert first_quote(quotes_of(COMPILED), "The fever has spread").speaker is None


SOFT = (
    "The inquiry heard from the pilots' union on Monday.\n\n"
    "“We were never told about the fault,” attorney Peter J. Mac\u00adFar\u00adlane wrote."
)


def test_a_speakers_name_loses_the_pages_soft_hyphens(quotes_of, first_quote):
    quote = first_quote(quotes_of(SOFT), "We were never told")
    assert quote is not None and quote.speaker == "Peter J. MacFarlane"
    with rules.switched_off(["soft_hyphens"]):
        assert "\u00ad" in first_quote(quotes_of(SOFT), "We were never told").speaker


WIDGETS = (
    "The mayor defended the budget on Tuesday.\n\n"
    "Read: Mayor Says City Will “Balance the Books by June.” Critics Are Not Sure\n\n"
    "Embed Mayor calls the plan a 'fresh start' for the city 2:10 autoplay Copy this code to your "
    "website or blog\n\n"
    "“We will balance the books by June,” the mayor, Ilse Brandt, said."
)


def test_a_read_link_line_and_a_video_embed_box_are_no_quotes(quotes_of):
    found = quotes_of(WIDGETS)
    assert [q.text for q in found if q.kind != "indirect"] == ["We will balance the books by June"]
    with rules.switched_off(["appeal_boxes"]):
        assert any("fresh start" in q.text for q in quotes_of(WIDGETS))


PRESS = (
    "The minister took questions at the end of the visit to the port.\n\n"
    "QUESTION: Do you expect the strike to end this week, and will you meet the union?\n\n"
    "MINISTER HELGA BRANDT: I expect the talks to go on for some days, and I will meet anyone who "
    "wants to talk.\n\n"
    "Look, nobody wants the ships to sit idle in the harbour while the fish spoil on the quay.\n\n"
    "We have offered a fair wage and we are waiting for an answer."
)


def test_a_press_question_and_a_long_answer_are_turns(quotes_of, first_quote):
    found = quotes_of(PRESS)
    assert first_quote(found, "Do you expect the strike").speaker is None
    for words in ("I expect the talks", "Look, nobody wants", "We have offered"):
        quote = first_quote(found, words)
        assert (
            quote is not None and quote.speaker == "Helga Brandt" and quote.speaker_mention.endswith("BRANDT")
        )
    with rules.switched_off(["press_turns"]):
        assert first_quote(quotes_of(PRESS), "Look, nobody wants") is None


CLAIMS = (
    'The health agency warned ministers on Monday about reports that the fever is "burning itself '
    'out," saying "this is still a dangerous illness" and hundreds are still dying daily.'
)


def test_a_claim_warned_about_is_not_the_warners(quotes_of, first_quote):
    found = quotes_of(CLAIMS)
    assert first_quote(found, "burning itself out").speaker is None
    assert first_quote(found, "this is still a dangerous illness").speaker == "health agency"
    with rules.switched_off(["claims_about"]):
        assert first_quote(quotes_of(CLAIMS), "burning itself out").speaker == "health agency"


MEMBER = (
    "Governor Anna Kovacs said Tuesday she was closing two prisons in the state. The Democrat said "
    'she came to the decision after months of review. "There are too many empty cells," Kovacs said.'
)


def test_the_party_member_is_the_person_not_the_party(quotes_of, first_quote):
    quote = first_quote(quotes_of(MEMBER), "she came to the decision")
    assert quote is not None and quote.speaker == "Anna Kovacs"
    with rules.switched_off(["party_member"]):
        assert first_quote(quotes_of(MEMBER), "she came to the decision").speaker != "Anna Kovacs"


QUARTERBACK = (
    "Rick Tamblyn finds himself in a hard spot these days, something he mentioned on Wednesday when "
    "asked about the strike.\n\n"
    '"I\'m in a position now where anything I say is wrong," the Harbor City Hawks quarterback said.'
)
CREDIT = (
    "The dairy talks ended on Sunday.\n\n"
    "Milk is pictured at a shop in Lyon last month. (Jonas Weller/Press Photo)\n\n"
    '"We have a great result for our farmers," the trade official said.'
)


def test_a_role_tag_opening_a_paragraph_is_the_person_just_written_about(quotes_of, first_quote):
    quote = first_quote(quotes_of(QUARTERBACK), "I'm in a position now")
    assert quote is not None and quote.speaker == "Rick Tamblyn"
    assert first_quote(quotes_of(CREDIT), "We have a great result").speaker is None  # a photo credit
    with rules.switched_off(["topic_across_paragraph"]):
        assert first_quote(quotes_of(QUARTERBACK), "I'm in a position now").speaker is None


NORTH = (
    "North Korea fired two missiles into the sea on Monday, officials in Seoul said.\n\n"
    "The North said it would restart its old reactor within a month."
)


def test_the_north_is_the_country_named_in_full(quotes_of, first_quote):
    quote = first_quote(quotes_of(NORTH), "it would restart")
    assert quote is not None and quote.speaker == "North Korea"
    with rules.switched_off(["place_first_word"]):
        assert first_quote(quotes_of(NORTH), "it would restart").speaker == "North"


LISTED = (
    "The suit was applauded by port chief Ilse Brandt, the architect of the city's harbour agenda, "
    "who earlier this month criticized the plan as “wasteful,” “illegal,” “reckless,” and “absurd.” "
    "Brandt also claimed the plan would hurt workers. “The plan takes jobs from the docks,” she said."
)


def test_words_quoted_in_one_list_are_one_speakers(quotes_of, first_quote):
    found = quotes_of(LISTED)
    assert [first_quote(found, w).speaker for w in ("wasteful", "illegal", "reckless")] == ["Ilse Brandt"] * 3
    with rules.switched_off(["listed_quotes"]):
        assert first_quote(quotes_of(LISTED), "wasteful").speaker is None


LEAD_IN = (
    "Backers of the harbour law say the ministry has no power to block it, and at least one scholar "
    "agrees: “A ministry that cannot regulate ports cannot overrule the towns, according to case law,” "
    "Mara Lindqvist, a law professor at Uppsala University, told a radio station. “When the ministry "
    "gave up that power, it gave up the right to block the towns.”"
)


def test_a_named_tag_after_the_quote_beats_an_unnamed_lead_in(quotes_of, first_quote):
    found = quotes_of(LEAD_IN)
    assert first_quote(found, "A ministry that cannot").speaker == "Mara Lindqvist"
    assert first_quote(found, "When the ministry gave up").speaker == "Mara Lindqvist"
    with rules.switched_off(["tag_over_lead_in"]):
        assert first_quote(quotes_of(LEAD_IN), "A ministry that cannot").speaker is None


RELAYED_BY_SITE = (
    "His campaign website listed his work on the case. The site quoted Okafor as saying: “I sent "
    "three smugglers to prison in one year.”\n\n"
    "The newspaper quoted Mayor Ilse Brandt as saying the bridge would reopen in May."
)


def test_a_page_quoting_someone_as_saying_gives_them_the_words(quotes_of, first_quote):
    found = quotes_of(RELAYED_BY_SITE)
    assert first_quote(found, "I sent three smugglers").speaker == "Okafor"
    assert first_quote(found, "the bridge would reopen").speaker == "Ilse Brandt"
    with rules.switched_off(["quoted_as_saying"]):
        assert first_quote(quotes_of(RELAYED_BY_SITE), "I sent three smugglers").speaker is None


def test_a_lede_role_opening_its_own_paragraph_is_not_carried_back(quotes_of, first_quote):
    found = quotes_of(
        "Maria Lund opened the meeting.\n\n"
        "The head of the teachers' union said on Monday that teachers would strike."
    )
    assert first_quote(found, "teachers would strike").speaker is None  # a new source, not Lund
