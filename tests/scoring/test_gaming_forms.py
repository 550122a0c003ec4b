"""Issue 11, rules 350-369 (docs/scoring.md): gaming forms that still beat a plain decent reply.

Found on the second gaming set's dev half (tests/scoring/data/gaming_dev.yaml); every test here
is written in other domains than the line it was found on, with hard negatives: skilled replies
that share words with the gaming form keep their score.
"""

from __future__ import annotations

import pytest

from .reasons import fired, held_at, reasons, score

HOSTILITY = "hostility caps"


def capped(reply: str, partner: str) -> bool:
    """The hostility cap held the reply down, or a hostile cue took its points."""
    return any(
        r.startswith((HOSTILITY, "attacked their view", "blamed them"))
        for r in reasons(score(reply, partner))
    )


# -- rule 350: a label they fear being given is theirs ------------------------------------------
SHIFTS = (
    "I keep saying yes to extra shifts because I'm scared they'll think I'm lazy if I say no, and "
    "now I barely see my kids."
)
MEETINGS = "I never speak up in design reviews. I'm terrified the seniors will think I'm stupid."
CLINIC = (
    "I don't want to ring the GP again about the headaches, they must think I'm a hypochondriac "
    "by now."
)
TENANT = (
    "I haven't asked the landlord about the mould again because I don't want to seem difficult."
)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            SHIFTS,
            "So the fear of looking lazy is costing you evenings with your kids. What goes "
            "through your mind right before you say yes?",
        ),
        (MEETINGS, "You're scared of looking stupid in front of the seniors, so you stay quiet."),
        (
            CLINIC,
            "You're worried they'll think you're a hypochondriac, so the headaches go unchecked.",
        ),
        (TENANT, "So the worry of seeming difficult is keeping you quiet about the mould."),
    ],
)
def test_a_label_they_fear_reflected_back_is_no_attack(partner: str, reply: str) -> None:
    assert not capped(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (SHIFTS, "Honestly, you're lazy if you can't handle a few extra shifts."),
        (MEETINGS, "You're scared of looking stupid, and frankly you are stupid."),
        # a harsh word they never came near is the speaker's, whatever the frame
        (TENANT, "Your landlord will think you're an idiot if you keep emailing him."),
    ],
)
def test_the_speakers_own_label_still_attacks(partner: str, reply: str) -> None:
    assert capped(reply, partner)


# -- rule 352: a sanction on a condition of theirs is a threat -----------------------------------
GRADES = "My daughter's coursework was marked down for lateness but the portal was down all week."
HOSPITAL = "The ward moved my mum's operation for the third time and nobody rang us."
LEASE = "The lift has been broken for a month and I'm on the ninth floor with a pram."
FORUM = "A moderator deleted my post about the recall without saying why."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            GRADES,
            "I understand your concern, but if you keep emailing the head I'll refer your "
            "daughter to the exclusions panel.",
        ),
        (
            HOSPITAL,
            "I hear how stressful this is, but raise your voice at the nurses again and I'll "
            "have you removed from the ward.",
        ),
        (LEASE, "Thanks for your patience. Keep complaining and we'll end your tenancy."),
        (FORUM, "We value every member, but post that again and I'll ban you. Have a nice day!"),
    ],
)
def test_a_harm_to_them_on_a_condition_of_theirs_caps_the_reply(partner: str, reply: str) -> None:
    assert fired(HOSTILITY, reply, partner)
    assert (
        score(reply, partner).overall
        < score("That sounds hard. What would help most?", partner).overall
    )


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (GRADES, "If you send me the portal outage dates, I'll ask for the penalty to be removed."),
        (
            HOSPITAL,
            "If you'd like, I can cancel your mum's transport and rebook it for the new date.",
        ),
        (LEASE, "If the lift is still down on Monday, I'll report it to the council for you."),
        (FORUM, "If you send me the link, I'll ask the moderator why your post was removed."),
        (HOSPITAL, "If he does it again, report him to the ward manager."),
        (GRADES, "If she keeps the outage emails, we can appeal the mark together."),
    ],
)
def test_an_offer_on_a_condition_is_no_threat(partner: str, reply: str) -> None:
    assert not fired(HOSTILITY, reply, partner)


# -- rule 351: a volley of questions interrogates -------------------------------------------------
RELEASE = "The release is Friday and QA keeps finding bugs. I'm honestly exhausted."
SCAN = "My scan results came back 'inconclusive' and the consultant is away for two weeks."
REFUND = "I returned the jacket a month ago and still haven't been refunded."
VOLLEY = "a volley of questions"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            RELEASE,
            "Which bugs? How many? Who found them? When? Did you test it yourself? Why is it "
            "Friday?",
        ),
        (
            SCAN,
            "Which scan? When was it? Who ordered it? Did they say what's inconclusive? Can "
            "someone else read it? Have you asked?",
        ),
        (
            REFUND,
            "I see. What's the order number? Which store? Did you get a receipt? Was it "
            "unworn? Did you pay by card?",
        ),
    ],
)
def test_a_volley_of_questions_with_nothing_said_back_is_capped(partner: str, reply: str) -> None:
    assert held_at(VOLLEY, 40, reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (RELEASE, "Which of the open bugs worry you most for Friday? I can take two of them."),
        (
            SCAN,
            "Two weeks is a long time to sit with 'inconclusive'. Did they say what they saw? "
            "Who else could read it? Do you want me to ring the secretary?",
        ),
        (REFUND, "What's the order number? Which store? When did you send it? Was it by post?"),
        (
            RELEASE,
            "That's a brutal week. Which bugs block the release? Which could wait? Who else can "
            "test? I'll move my review. Can we cut scope? Would Monday help? I'll ask QA too.",
        ),
    ],
)
def test_questions_among_statements_or_a_short_intake_are_not_capped(
    partner: str, reply: str
) -> None:
    assert not fired(VOLLEY, reply, partner)


# -- rule 353: the vocabulary of therapy with nothing of theirs ----------------------------------
OUTAGE = "Our payroll run failed overnight and forty people won't be paid on Friday."
IVF = "Our second round of IVF failed and my sister just announced she's pregnant."
LANDLORD = "The landlord is keeping my deposit for 'wear and tear' after four years."
JARGON = "the vocabulary of therapy"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            OUTAGE,
            "I'm holding space for your payroll truth and honouring the journey your team is "
            "on. Your feelings are valid and you are seen.",
        ),
        (IVF, "I honour your grief journey. Your pain is valid. I see you."),
        (
            LANDLORD,
            "Thank you for bringing your lived experience into this safe space. Your anger is "
            "valid and it is witnessed.",
        ),
    ],
)
def test_therapy_jargon_with_nothing_of_theirs_is_capped(partner: str, reply: str) -> None:
    assert held_at(JARGON, 45, reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # a word of the jargon beside a sentence of matter
        (OUTAGE, "Your frustration is valid. I'll ask the bank for a same-day run on Friday."),
        (IVF, "Your grief is valid. Hearing her news right after your own loss must be brutal."),
        (LANDLORD, "Four years of wear is normal. It's valid to dispute it with the scheme."),
        (IVF, "I see you're carrying two things at once. How are you and your partner doing?"),
    ],
)
def test_a_jargon_word_beside_matter_is_not_capped(partner: str, reply: str) -> None:
    assert not fired(JARGON, reply, partner)


# -- rule 354: a list of words is not a sentence --------------------------------------------------
PRICE = "Your quote went up 40% between the draft and the contract, and nobody flagged it."
LISTED = "a list of words"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            PRICE,
            "fair point concede compromise common ground both sides middle agree together "
            "interests",
        ),
        (
            IVF,
            "hear, feel, understand, empathy, support, validate, listen, together, care, needs.",
        ),
        (
            OUTAGE,
            "Sorry. collaborate align partner options interests trade resolve together win-win",
        ),
    ],
)
def test_a_list_of_conversation_words_is_capped(partner: str, reply: str) -> None:
    assert held_at(LISTED, 40, reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (RELEASE, "Friday works. Two bugs left. QA signoff Thursday. Release notes drafted."),
        (
            PRICE,
            "Fair point, nobody flagged it. Options: staged increase, fixed price, shorter term, "
            "smaller scope, partial rebate. Which suits you?",
        ),
        (OUTAGE, "Fair point. Rerun tonight, bank notified, staff emailed by noon."),
        (PRICE, "That's a fair point, and we should meet in the middle on the 40%."),
    ],
)
def test_terse_notes_and_lists_of_matter_are_not_capped(partner: str, reply: str) -> None:
    assert not fired(LISTED, reply, partner)


# -- rule 355: every decision handed over, with nothing of one's own -------------------------------
CAVE = "handed them every decision"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PRICE, "You're right, I'm so sorry, we'll do whatever you think is fair."),
        (LANDLORD, "Of course, you know best, so whatever you decide is absolutely fine with me."),
        (OUTAGE, "Sure, no problem at all, I completely understand. Whatever works for you."),
        (SCAN, "Okay. It's entirely up to you."),
    ],
)
def test_a_hand_over_with_nothing_else_is_capped(partner: str, reply: str) -> None:
    assert held_at(CAVE, 45, reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (SHIFTS, "Whatever you decide about the shifts, your kids clearly matter to you."),
        (LANDLORD, "It's your call, but I'd keep the check-in photos for the deposit scheme."),
        (RELEASE, "You know the code best. Which module worries you most for Friday?"),
        (IVF, "Whatever you need this week, I'm here."),
    ],
)
def test_a_hand_over_beside_matter_or_support_is_not_capped(partner: str, reply: str) -> None:
    assert not fired(CAVE, reply, partner)


# -- rule 356: "hard to say" is the speaker's doubt ------------------------------------------------
HARDSHIP = "acknowledged it's hard"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (SCAN, "There are a lot of factors, so it's really hard to say anything definitive."),
        (PRICE, "Pricing moves for many reasons and it's difficult to comment without the file."),
        (OUTAGE, "Honestly, it's very hard for me to predict at this stage."),
    ],
)
def test_the_speakers_doubt_is_no_acknowledged_hardship(partner: str, reply: str) -> None:
    assert not fired(HARDSHIP, reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (SHIFTS, "It's really hard to say no when you're scared of what they'll think."),
        (IVF, "That's so hard. Hearing her news right after your own loss."),
        (OUTAGE, "It's really hard to tell forty people they won't be paid."),
    ],
)
def test_their_hardship_in_the_same_words_is_still_acknowledged(partner: str, reply: str) -> None:
    assert fired(HARDSHIP, reply, partner)


# -- rule 357: the boilerplate of a service desk names no matter -----------------------------------
STUFFED = "stock phrases with nothing of theirs"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            LEASE,
            "I completely understand your concern. Thank you for reaching out. We're here to "
            "help. Please don't hesitate to get in touch.",
        ),
        (
            REFUND,
            "I completely understand your frustration. Thank you for your patience. We apologise "
            "for any inconvenience and we're here to help.",
        ),
        (
            FORUM,
            "Thanks so much for your feedback and input! I hear you. Your concerns are important "
            "to us. Kind regards.",
        ),
    ],
)
def test_service_boilerplate_with_nothing_of_theirs_is_stuffing(partner: str, reply: str) -> None:
    assert held_at(STUFFED, 50, reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LEASE, "Thanks for reaching out about the lift. I'll have an engineer there by Tuesday."),
        (
            REFUND,
            "We apologise for the wait on your jacket refund; it goes back to your card today.",
        ),
        (
            FORUM,
            "Thanks for the feedback. The recall post was removed by mistake, it's back up now.",
        ),
    ],
)
def test_boilerplate_beside_their_matter_is_no_stuffing(partner: str, reply: str) -> None:
    assert not fired(STUFFED, reply, partner)


# -- rule 358: feigned surprise and their trouble made little are sarcasm --------------------------
SARCASM = "sarcasm"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REFUND, "Oh dear, a refund going missing, that never happens. Thanks for sharing."),
        (LEASE, "Thank you so much for telling us about your little adventure on the stairs."),
        (SCAN, "A consultant on holiday. Colour me shocked. Hope it all works out!"),
        (PRICE, "Prices went up. Shocker. We appreciate your business."),
    ],
)
def test_feigned_surprise_and_a_diminished_trouble_are_sarcasm(partner: str, reply: str) -> None:
    assert fired(SARCASM, reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LEASE, "That never happens on our estate. I'm sorry, I'll get an engineer out today."),
        (LEASE, "Your little one must be worn out climbing nine floors every day."),
        (REFUND, "I was surprised too: a month is far too long for a refund."),
    ],
)
def test_sincere_surprise_and_their_little_one_are_not_sarcasm(partner: str, reply: str) -> None:
    assert not fired(SARCASM, reply, partner)


# -- rule 359: contempt for the people they are one of -------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            GRADES,
            "I appreciate your concern, but parents who blame the portal are honestly a joke.",
        ),
        (LEASE, "Thanks for your patience. Tenants who complain about lifts are the real problem."),
        (FORUM, "I hear you, but people like you are a waste of space. Have a nice day."),
    ],
)
def test_contempt_for_the_people_they_are_one_of_caps_the_reply(partner: str, reply: str) -> None:
    assert capped(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LEASE, "Tenants who report faults early are the real problem solvers, so thank you."),
        (GRADES, "Parents who keep the outage emails are usually the ones who win the appeal."),
        (FORUM, "Members who post recall notices are exactly who the forum is for."),
    ],
)
def test_people_they_are_one_of_spoken_of_well_are_no_contempt(partner: str, reply: str) -> None:
    assert not capped(reply, partner)
