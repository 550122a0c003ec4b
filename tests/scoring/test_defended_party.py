"""Rule 260: defending the one their line is hurt by takes that side against them (rule 31d's
siding, read of anyone who hurt them, not only a critic who judges them). Positives in family
life, HR, engineering, health, a customer dispute and the public sector, each read as a fine or
better reply before the change; hard negatives: no grievance, a question, a negation, fairness
to them, no third person, a reflection of what the other did."""

from __future__ import annotations

import pytest

from roleplay.scoring.defended_party import DEFENDED_REASON, defended

from .reasons import reasons, score

HOUSE = (
    "My brother sold mum's house while I was abroad. He didn't even ring me, he texted a photo "
    "of the sold sign."
)
ROLE = "My manager gave the team lead role to the new hire and didn't even tell me first."
ROLLBACK = (
    "The platform team rolled back my change without asking and now everyone thinks I broke prod."
)
GP = "My GP keeps dismissing my pain. She said it's just stress, again."
DISCOUNT = "Your account manager promised us the discount and then denied it on the call."
GRADUATION = "My dad missed my graduation for a golf trip he booked after I told him the date."
FINE = "The council fined me for a bin left out one day late. They never sent a warning."
REPORT = "My manager wants the audit report by Friday."
TEST = "I failed my driving test again, third time."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            HOUSE,
            "To be fair he was the one dealing with the home, so he probably didn't think to ask.",
        ),
        (ROLE, "To be fair, she probably had her reasons, the new hire has more experience."),
        (ROLLBACK, "I can see their point, a rollback is the safe call at two in the morning."),
        (GP, "She probably didn't mean it like that, GPs are stretched thin."),
        (DISCOUNT, "In his defence, the pricing changed that week."),
        (GRADUATION, "Try to see it from his side, the trip was a big deal for him."),
        (FINE, "You can't blame them, rules are rules."),
    ],
)
def test_defending_the_one_they_are_hurt_by_is_siding(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(r.startswith(DEFENDED_REASON) for r in reasons(result)), reasons(result)
    assert not any("restates their point" in r for r in reasons(result))
    assert result.empathy < 45


def test_the_words_of_the_plea_earn_nothing() -> None:
    partner = "My sister says I ruined her wedding because I left early, and now the family is taking sides."
    result = score("Honestly, leaving a wedding early is pretty rude, so I see her point.", partner)
    assert not any(r.startswith("showed you understood") for r in reasons(result)), reasons(result)
    plain = score("Family taking sides makes it even lonelier.", partner)
    assert plain.overall > result.overall


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REPORT, "I see her point, Friday works if we cut section three."),  # no grievance
        (HOUSE, "Do you think he didn't realise how much the house meant to you?"),  # a question
        (ROLE, "I can't see her point at all, you should have heard it first."),  # negated
        (GP, "To be fair to you, nobody has looked past stress yet."),  # fair to them
        (TEST, "To be fair, they are strict at that centre."),  # no third person in their line
        (GRADUATION, "So he booked it after you'd told him the date."),  # their point, restated
        (FINE, "They never warned you, and one day late cost you a fine."),
    ],
)
def test_no_plea_for_the_other_side(partner: str, reply: str) -> None:
    assert not any(r.startswith(DEFENDED_REASON) for r in reasons(score(reply, partner)))


def test_the_plea_is_found_where_it_is() -> None:
    text = "Well, to be fair, they had a deadline."
    span = defended(text, ROLLBACK)
    assert span is not None
    assert text[span[0] : span[1]].lower() == "to be fair, they"
    assert defended(text, REPORT) is None
