"""Ordinary talk about the scenario's own topic is not a move (roleplay.nlp.intent_topics)."""

from __future__ import annotations

from roleplay.nlp.intent_topics import TEMPLATES, topic_talk, topic_words
from roleplay.nlp.intents import IntentMatcher, IntentSpec

COMMIT = IntentSpec(
    "commit_to_rota",
    (
        "Leave the rota with me; I'll fix it tonight.",
        "I'll update the rota before the weekend.",
        "I'll post the new rota in the channel by Friday.",
        "Consider the rota sorted, I'll do it today.",
    ),
)
REFUSE = IntentSpec(
    "refuse_swap",
    (
        "I can't take your week, sorry.",
        "No, I won't swap with you.",
        "The swap doesn't work for me.",
    ),
)


def test_topic_words_are_nouns_named_in_two_examples() -> None:
    words = topic_words([*COMMIT.examples, *REFUSE.examples])
    assert words[0] == "rota"  # named in all four of the commitment's examples
    assert "swap" not in words  # "the swap" once only
    # a determiner before a word that names no topic ("the same", "this week") is no topic
    assert topic_words(["Do the same this week.", "Keep the same one this week."]) == []


def test_topic_talk_puts_each_topic_word_in_every_template() -> None:
    talk = topic_talk(COMMIT.examples)
    assert talk == [t.format("rota") for t in TEMPLATES]


def test_a_reply_that_only_names_the_topic_is_ordinary_talk() -> None:
    # matched the commitment before: "Let me ... the rota" against "Leave the rota with me"
    matcher = IntentMatcher([COMMIT, REFUSE])
    for reply in ("Let me look at the rota.", "Let me check the rota logs."):
        assert matcher.matched(reply) == (), reply
        score = {s.name: s for s in matcher.score(reply)}["commit_to_rota"]
        assert not score.matched


def test_the_move_on_the_topic_still_matches() -> None:
    matcher = IntentMatcher([COMMIT, REFUSE])
    assert matcher.matched("I'll sort the rota out tonight and post it.")[:1] == ("commit_to_rota",)
    assert matcher.matched("Sorry, I can't do the swap.")[:1] == ("refuse_swap",)
