"""Issue 11, rule 87 (docs/scoring.md): a term of abuse aimed at them is an attack, however warm
the words around it.

Found by the lead's gaming probe on main (33746b7): "I understand how you feel, you absolute
clown. What matters most to you?" scored 76 on the release line and ranked above the plain
decent reply in all 16 situations of `contrast_pairs.SITUATIONS`; "idiot", "moron" and "fool"
were read (37), but "clown", "muppet", "loser", "troll", "liar", "hypocrite", "waste of space"
and thirty more were not. A term of abuse said to them ("..., you muppet.") or of them ("You're
such a hypocrite") is now an attack (the `attack` cue), which caps the whole reply.

Partners in engineering, healthcare, retail, online disputes and HR; the hard negatives are the
same words negated, about a third party, or in another sense ("Can you freak out a bit less?").
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

RELEASE = "The release is Friday and QA keeps finding bugs. I'm honestly exhausted."
RELEASE_DECENT = (
    "That's a rough week. Which bugs are blockers? I can take one of them so Friday holds."
)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (RELEASE, "I understand how you feel, you absolute clown. What matters most to you?"),
        (
            "The night rota has me on four weekends in a row.",
            "I hear you, you muppet, and I'm sure we can sort the rota together.",
        ),
        (
            "The refund still hasn't reached my card after three weeks.",
            "I'm so sorry about the wait. Honestly though, you're such a whiner.",
        ),
        (
            "Your edit removed three of my sources from the article.",
            "Thanks for raising it, you're a troll and a hypocrite, but let's talk on the talk page.",
        ),
        (
            "I was passed over for the promotion again.",
            "That sounds really hard, you loser. What would help most right now?",
        ),
        (
            "The contractor says the survey will take another month.",
            "You're being a complete waste of space, but I appreciate you telling me.",
        ),
    ],
)
def test_a_term_of_abuse_aimed_at_them_is_an_attack_in_warm_words(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert [r for r in reasons(result) if r.startswith("attacked their view")]
    assert result.empathy <= 35
    assert result.collaboration <= 35
    assert result.same_side == "across"


def test_the_probe_ranks_below_the_decent_reply() -> None:
    probe = "I understand how you feel, you absolute clown. What matters most to you?"
    assert score(probe, RELEASE).overall < score(RELEASE_DECENT, RELEASE).overall


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("People keep saying I lied about the numbers.", "You're not a liar, and I believe you."),
        (RELEASE, "Can you freak out a bit less and tell me which bugs are blockers?"),
        ("My cousin said I was a fraud for leaving.", "Leaving doesn't make you a fraud."),
        ("I volunteer at the donkey sanctuary on weekends.", "Thank you, that sounds lovely."),
        (RELEASE, "Thank you, team. I'll see you Monday with the bug list."),
    ],
)
def test_the_words_negated_or_in_another_sense_are_no_attack(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not [r for r in reasons(result) if r.startswith("attacked their view")]
    assert result.same_side != "across"


# Rule 89 (docs/scoring.md): their work run down as a whole, and the threat of putting it on
# their record, in warm words. Found by the same probe: "It's not personal, it's just that your
# work is sloppy. I understand your concern." ranked above the decent reply in 15 of 16
# situations, and "I'd hate to have to mention this in your review, but I understand your
# concern." in 4.
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            RELEASE,
            "It's not personal, it's just that your work is sloppy. I understand your concern.",
        ),
        (
            "The board pack is due tomorrow and I'm still on the figures.",
            "Your analysis was frankly amateurish, but I get that you're stretched.",
        ),
        (
            "The ward audit flagged our handover notes.",
            "Your documentation is a shambles. I hear you though.",
        ),
        (
            RELEASE,
            "I'd hate to have to mention this in your review, but I understand your concern.",
        ),
        (
            "I can't make the Saturday shift after all.",
            "You wouldn't want me to flag it at your appraisal, would you? I understand.",
        ),
    ],
)
def test_running_down_their_work_or_a_threat_to_their_record_is_across_the_table(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    assert result.empathy <= 35
    assert result.same_side == "across"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I rewrote the deck last night.",
            "Your first draft was a bit rough; shall we go through the new one together?",
        ),
        ("My week has been awful.", "Your week sounds awful, I'm sorry."),
        ("I shipped the migration early.", "I'll mention it in your review as a win."),
        (
            "The vendor's code keeps failing our tests.",
            "Their code is sloppy, so let's ask for a fix before Friday.",
        ),
    ],
)
def test_feedback_on_a_draft_their_hard_week_or_a_record_of_a_win_are_no_attack(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    assert result.same_side != "across"
    assert result.empathy > 35
