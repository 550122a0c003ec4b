"""The content words of the partner's line are read once per line (fragments.partner_stems,
subject_change._partner_matter): the kept answer is the answer read afresh, in every domain,
and forgetting the lines empties the stores."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from roleplay.scoring import fragments, subject_change
from roleplay.scoring.fragments import content_stems, partner_stems, picks_up_their_words
from roleplay.scoring.partner_lines import forget_partner_lines

LINES = [
    "The deploy failed twice last night and nobody on call picked up the page.",  # engineering
    "I need the discount by Friday or procurement signs with the other vendor.",  # sales
    "My mother's dialysis moved to Fridays, so I need those afternoons off.",  # health, HR
    "The council cut the library's hours to three days a week from March.",  # public sector
    "We shipped 40% fewer orders in Q3 because the warehouse lost two pickers.",  # operations
    "Hi there! How are you?",  # no matter of theirs
    "",
]
REPLIES = [
    "Two failed deploys and no one answering the page.",
    "Friday for the discount, then.",
    "Fridays off for the dialysis.",
    "Three days a week from March.",
    "Can we talk about the team offsite instead?",
    "Shall we grab a coffee and chat about the roadmap?",
]


def test_kept_stems_are_the_stems_read_afresh() -> None:
    forget_partner_lines()
    for line in LINES:
        assert partner_stems(line) == frozenset(content_stems(line))
        assert subject_change._partner_matter(line) == frozenset(
            subject_change._content(subject_change._words(line))
        )
        assert partner_stems(line) is partner_stems(line)  # the second read is the kept one


def test_forgetting_the_lines_empties_the_stores() -> None:
    forget_partner_lines()
    partner_stems(LINES[0])
    assert partner_stems.cache_info().currsize == 1  # type: ignore[attr-defined]
    forget_partner_lines()
    assert partner_stems.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert subject_change._partner_matter.cache_info().currsize == 0  # type: ignore[attr-defined]


def _picks_up_afresh(text: str, partner: str) -> bool:
    return bool(
        fragments._content(fragments._WORD.findall(text.lower()))
        & fragments._content(fragments._WORD.findall(partner.lower()))
    )


def test_readings_on_the_kept_stems_answer_as_before() -> None:
    for line in LINES:
        for reply in REPLIES:
            assert picks_up_their_words(reply, line) == _picks_up_afresh(reply, line)


_PIECES = ["deploy", "Deploys", "page", "Friday", "fridays", "40%", "two", "it's", " ", ", "]
_PIECES += ["the", "March", "march", "dialysis", "\u2019s", "café", "3", "team", "offsite"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join),
    st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join),
)
def test_any_line_reads_the_same_kept_or_afresh(line: str, reply: str) -> None:
    assert partner_stems(line) == frozenset(content_stems(line))
    assert picks_up_their_words(reply, line) == _picks_up_afresh(reply, line)
    forget_partner_lines()
    assert picks_up_their_words(reply, line) == _picks_up_afresh(reply, line)
