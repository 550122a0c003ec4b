"""A reflection of feeling: a statement about them that names their feeling in the speaker's own
words, fitting their line or the state's emotion ("You sound worn out by all of it", "That must
feel lonely after thirty years together", "No wonder you're scared of the next scan").

Counselling and emotional-support raters treat it as the core empathic act, but the fitted heads
give the reflection act about one empathy point, and the cue layer credits the feeling word only
when it happens to be attributed in a form it knows. So such a sentence's empathy is raised to a
hand-set floor (`FLOOR_UNITS` cue units, about what validating their view earns), with diminishing
returns over the reply's reflections of feeling; what its cues already earned counts toward the
floor, so nothing is counted twice. A feeling that contradicts their line or the state's emotion
(excited about a scan they dread) earns nothing, not even as a named feeling. The anti-gaming
rules stay: a repeat, a stock phrase, a question, advice, information or the speaker's own story
is no reflection; a generic feeling with nothing of theirs ("You sound upset.") is a stock
phrase; hostility caps the whole reply as before (semantic.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from roleplay.scoring.lexicon import Lexicon
from roleplay.scoring.named_feelings import SERVICE_AFTER
from roleplay.scoring.partner_lines import PARTNER_LINES_KEPT, on_forget
from roleplay.scoring.semantic_rules import DECAY, GENERIC_WORDS, WORDS
from roleplay.scoring.sentence_checks import is_stock, names_something
from roleplay.scoring.sentences import Sentence, own_story, sentence_at
from roleplay.scoring.text import ascii_lower, words_at
from roleplay.scoring.types import Evidence, ScoreInput
from roleplay.scoring.wording import about_the_speaker, general_statement

FLOOR_UNITS = 3.0  # a reflection of feeling's empathy floor, in cue units (x the cues+ weight)
POSITIVE = frozenset({"hope"})  # feeling categories of positive valence; the rest are negative
REASON = "reflected their feeling in your own words"
NOT_REFLECTING_ACTS = frozenset(
    {"advice", "information", "stock_phrase", "sarcasm", "insult", "threat", "blame"}
    | {"condescension", "dismissal", "interrogation", "self_focus"}
)
_YOURS = re.compile(r"\b(?:you|you're|youre|you've|you'd|you'll|your|u)\b")
_POINTING = re.compile(r"^\W*(?:that|this|it)\s+(?:must|sounds?|seems?)\b")
# naming what they said by its feeling ("That's a real worry", "What a disappointment", "How
# frustrating"): theirs only when their line or the state names a feeling it fits (rule 58)
_EVALUATING = re.compile(
    r"^\W*(?:(?:oh|ah|wow|gosh|yikes|well|yes|yeah)\W+)?"
    r"(?:(?:that|this|it)(?:'s|s| is| was)|what an?|how)\s+"
)
# ... not when it makes the feeling small ("It was only panic", "That's just nerves")
_SMALL = re.compile(r"\b(?:only|just|merely|simply|mere|nothing|little|bit of|no more than)\b")
NEAR_WORDS = 4  # the feeling comes at most this many words after "you" or "That must ..."
# words by which the feeling belongs to a clause they said or assumed, not to them ("you mention
# that a precedent of fear ...", "you are assuming he is guilty")
_CLAUSE = re.compile(
    r"\b(?:said|say|says|mention\w*|assum\w*|think|believe|claim\w*|argu\w*|suggest\w*|that"
    r"|when|if|because|whether|than)\b|[\"\u201c]"
)
_SPEAKER_FIRST = re.compile(r"\b(?:i|i'm|im|we)\b")
_PERCEIVING = re.compile(r"\bi (?:can )?(?:see|tell|hear|imagine|bet|guess|know)\b")
NOT_FEELINGS = frozenset({"concern", "concerns"})  # "your concerns" are their points
_ATTRIBUTING = re.compile(r"\b(?:sound|seem|seems|feel|feels|feeling|must|really|pretty)\b", re.I)
_THEIRS_NOT = re.compile(r"\b(?:i|i'm|im|me|my|we|he|she|they|he's|she's|they're|him|her)\b")
# feelings they are told to have or to drop are not reflected ("you should be ashamed", "don't
# be scared", "no point worrying now")
_STEERED = re.compile(
    r"\b(?:should|shouldn't|ought|need to|needn't|have to|don't|do not|no need|no point|no reason"
    r"|no use|pointless|stop|quit|nothing to"
    r"|never|not|isn't|aren't|wasn't)\b"
)


# partner lines whose feelings are kept (then the store starts again)
_targets: dict[tuple[int, str, str | None], tuple[Lexicon, frozenset[str]]] = {}
on_forget(_targets.clear)


def feeling_targets(item: ScoreInput, lexicon: Lexicon) -> frozenset[str]:
    """The feeling categories of their line and of the state's emotion. Every reply to one
    state asks the same, so the answers for recent lines are kept."""
    key = (id(lexicon), item.partner, item.emotion)
    found = _targets.get(key)
    if found is not None and found[0] is lexicon:
        return found[1]
    targets = set(_categories(ascii_lower(item.partner), lexicon))
    if item.emotion:
        cat = lexicon.emotion_category(item.emotion)
        if cat is not None:
            targets.add(cat)
    if len(_targets) >= PARTNER_LINES_KEPT:
        _targets.clear()
    _targets[key] = (lexicon, frozenset(targets))  # the lexicon kept alive: its id stays its own
    return _targets[key][1]


def _categories(lower: str, lexicon: Lexicon) -> Iterable[str]:
    return (cat for _, cat, _ in _feelings(lower, lexicon))


_WORD = re.compile(r"([a-z0-9']+)")  # a group: the text is split on it (text.words_at)


def _feelings(lower: str, lexicon: Lexicon) -> list[tuple[int, str, str]]:
    """(start, category, words) of each feeling word in lower-cased text, in reply order (the
    cue layer's word index: one dictionary look-up per word)."""
    found = lexicon.emotion_index.scan(lower, words_at(_WORD, lower))
    return sorted((start, cat, lower[start:end]) for cat, start, end in found)


def fits(category: str, targets: AbstractSet[str]) -> bool:
    """A feeling fits when it shares a valence with one of theirs; with no feeling of theirs
    known, only a negative one (what people bring to a conversation like this)."""
    if not targets:
        return category not in POSITIVE
    return any((category in POSITIVE) == (t in POSITIVE) for t in targets)


def contradicts(category: str, targets: AbstractSet[str]) -> bool:
    return bool(targets) and not fits(category, targets)


def without_contradicting(
    cues: list[tuple[str, Evidence]], reply: str, targets: AbstractSet[str], lexicon: Lexicon
) -> list[tuple[str, Evidence]]:
    """Named feelings that contradict every feeling of theirs earn nothing."""
    if not targets:
        return cues
    out = []
    for feature, e in cues:
        if feature == "emotion_label" and e.span is not None and e.points > 0:
            named = list(_categories(ascii_lower(reply[e.span[0] : e.span[1]]), lexicon))
            if named and all(contradicts(c, targets) for c in named):
                continue
        out.append((feature, e))
    return out


def _named_feeling(
    s: Sentence, lexicon: Lexicon, evaluating: bool = False
) -> tuple[str, str] | None:
    """The first feeling (category, words) the sentence attributes to them: after "you" with no
    other person between, or after "That must / sounds / seems" (or, when `evaluating`, "That's
    a ...", "What a ...", "How ..."); not one they are told to have or to drop."""
    lower = ascii_lower(s.text)
    pointing = _POINTING.match(lower) is not None
    named = _EVALUATING.match(lower) if evaluating and not pointing else None
    if named is not None:
        pointing = True
    if not pointing and _YOURS.search(lower) is None:
        return None
    for start, cat, words in _feelings(lower, lexicon):
        if SERVICE_AFTER.match(lower, start + len(words)):
            continue  # "a grief support group" names a service, not their grief (rule 257)
        before = lower[:start]
        you = list(_YOURS.finditer(before))
        if you:
            between = before[you[-1].end() :]
            if you[-1].group(0) == "your" and between.strip():
                continue  # "your mum must be frightened" is her feeling; "your fear" is theirs
            opening = before[: you[-1].start()]
            if _SPEAKER_FIRST.search(opening) and not _PERCEIVING.search(opening):
                continue  # "I feel your frustration" speaks of the speaker
        elif named is not None:
            between = before[named.end() :]  # "That's a real |worry"
            if _SMALL.search(between):
                continue
        elif pointing:
            between = before
        else:
            continue
        if (
            words in NOT_FEELINGS
            or len(between.split()) > NEAR_WORDS
            or _CLAUSE.search(between)
            or _THEIRS_NOT.search(between)
            or _STEERED.search(before)
        ):
            continue
        return cat, words
    return None


def _specific(s: Sentence, words: str) -> bool:
    """A feeling of its own ("worn out", "lonely") or a generic one tied to something of theirs
    ("upset after all that work"), not a bare stock "You sound upset"."""
    generic = all(w.lower() in GENERIC_WORDS for w in WORDS.findall(words))
    return not generic or names_something(_ATTRIBUTING.sub(" ", s.text.replace(words, " ")))


def reflections(
    sentences: list[Sentence], item: ScoreInput, lexicon: Lexicon, targets: AbstractSet[str]
) -> list[Sentence]:
    """The reply's sentences that reflect a feeling of theirs that fits."""
    out = []
    for s in sentences:
        text = s.text.strip()
        if (
            s.repeat
            or text.endswith("?")
            or is_stock(s)
            or s.act.act in NOT_REFLECTING_ACTS
            or about_the_speaker(text)
            or own_story(text)
            or general_statement(text)
        ):
            continue
        named = _named_feeling(s, lexicon, evaluating=bool(targets))
        if named is not None and fits(named[0], targets) and _specific(s, named[1]):
            out.append(s)
    return out


def floor_top_ups(
    found: list[Sentence], earned: dict[int, float]
) -> list[tuple[Sentence, float, str]]:
    """Per reflection of feeling (in reply order), the cue units that lift its empathy to the
    floor x its diminishing-returns factor; `earned` is the empathy cue units each sentence
    (by start) already earned."""
    out = []
    for rank, s in enumerate(found):
        factor = DECAY[rank] if rank < len(DECAY) else 0.0
        extra = FLOOR_UNITS * factor - max(0.0, earned.get(s.start, 0.0))
        if extra > 0:
            note = "" if factor == 1.0 else " (again: diminishing returns)"
            out.append((s, extra, f"{REASON}{note}"))
    return out


def earned_units(
    parts: Iterable[tuple[str | None, float, tuple[int, int] | None]], sentences: list[Sentence]
) -> dict[int, float]:
    """Empathy cue units per sentence start, from (dimension, value, span) terms."""
    out: dict[int, float] = {}
    for dim, value, span in parts:
        home = sentence_at(sentences, span)
        if dim == "empathy" and home is not None:
            out[home.start] = out.get(home.start, 0.0) + value
    return out


def named_categories(text: str, lexicon: Lexicon) -> list[str]:
    """The feeling categories of the feeling words in ``text``, in order."""
    return list(_categories(ascii_lower(text), lexicon))
