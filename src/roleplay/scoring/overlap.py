"""Listening evidence from shared words: paraphrase of the partner's content, quotes, key points."""

from __future__ import annotations

from functools import lru_cache

from roleplay.scoring.features_base import Hit
from roleplay.scoring.lexicon import Lexicon
from roleplay.scoring.text import PreparedText, Token, in_quote, tokenize

_MAX_GAP = 12  # characters between two matched words that still form one phrase ("Q3 budget")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A deliberately light stemmer: enough to match "budgets"/"budget", "cutting"/"cut"."""
    w = word.lower().strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("%", "")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "cutt" -> "cut"
    return w


def rarity(token: str, lexicon: Lexicon) -> float:
    """How much a shared word says about listening: numbers and specific words most."""
    if not token.isalpha() and any(ch.isdigit() for ch in token):
        return 1.5
    if token in lexicon.generic:
        return 0.3
    return 1.0 if len(token) > 3 else 0.6


WORDS_KEPT = 50_000  # words whose stem and rarity are kept per lexicon (then looked up anew)
# per lexicon (by id, the lexicon kept alive so its id stays its own): word -> (stem, rarity),
# or None for a word that is no content word
_content: dict[int, tuple[Lexicon, dict[str, tuple[str, float] | None]]] = {}


def content_stems(tokens: tuple[Token, ...], lexicon: Lexicon) -> dict[str, float]:
    """Stem -> rarity weight for the content words of a text (stopwords and 1-letter words out).
    Each word's answer is kept, so a word seen before costs one look-up."""
    kept = _content.get(id(lexicon))
    if kept is None or kept[0] is not lexicon:
        kept = _content[id(lexicon)] = (lexicon, {})
    known = kept[1]
    out: dict[str, float] = {}
    for t in tokens:
        word = t.text
        found = known.get(word, _UNSEEN)
        if found is _UNSEEN:
            if word in lexicon.stopwords or (len(word) < 2 and not word.isdigit()):
                found = None
            else:
                found = (stem(word), rarity(word, lexicon))
            if len(known) < WORDS_KEPT:
                known[word] = found
        if found is not None:
            out[found[0]] = found[1]
    return out


_UNSEEN = ("", 0.0)  # what the store of known words returns for a word not seen yet


def _phrases(matched: list[tuple[Token, float]]) -> list[tuple[int, int, float]]:
    phrases: list[tuple[int, int, float]] = []
    for token, weight in matched:
        if phrases and token.start - phrases[-1][1] <= _MAX_GAP:
            start, _, total = phrases[-1]
            phrases[-1] = (start, token.end, total + weight)
        else:
            phrases.append((token.start, token.end, weight))
    return phrases


def paraphrase_hits(
    text: PreparedText, partner_stems: dict[str, float], lexicon: Lexicon
) -> list[Hit]:
    """Partner content words (stem -> rarity, see content_stems) reused in the reply, grouped
    into phrases, weighted by rarity."""
    if not partner_stems:
        return []
    matched: list[tuple[Token, float]] = []
    seen: set[str] = set()
    quoted: list[Token] = []
    for t in text.tokens:
        if t.text in lexicon.stopwords:
            continue
        s = stem(t.text)
        if s not in partner_stems:
            continue
        if in_quote(text, t.start, t.end):
            quoted.append(t)
            continue
        if s in seen:
            continue
        seen.add(s)
        matched.append((t, partner_stems[s]))
    hits = [
        Hit("paraphrase", start, end, text.original[start:end], round(weight, 2))
        for start, end, weight in _phrases(matched)
    ]
    hits.sort(key=lambda h: -h.amount)
    if quoted:
        for qs, qe in text.quotes:
            if any(qs <= t.start < qe for t in quoted):
                hits.append(Hit("quoted_partner", qs, qe, text.original[qs + 1 : qe - 1]))
    return hits


KEY_PREFIX = 5  # words this long match a key point's word by their first letters


def _prefix(word: str) -> str:
    return "~" + word.lower()[:KEY_PREFIX]


def key_point_hits(text: PreparedText, key_points: tuple[str, ...], lexicon: Lexicon) -> list[Hit]:
    """One hit per key point the reply picks up (amount 1/n each), or a miss when none is."""
    points = [kp for kp in key_points if kp.strip()]
    if not points:
        return []
    reply_positions: dict[str, Token] = {}
    for t in text.tokens:
        reply_positions.setdefault(stem(t.text), t)
        if len(t.text) >= KEY_PREFIX:  # another form of a longer word: overran / overrun
            reply_positions.setdefault(_prefix(t.text), t)
    hits: list[Hit] = []
    for kp in points:
        kp_tokens = tokenize(kp)
        wanted = [stem(t.text) for t in kp_tokens if t.text not in lexicon.stopwords]
        if not wanted:
            wanted = [stem(t.text) for t in kp_tokens]
        found = [
            reply_positions.get(w) or reply_positions[_prefix(w)]
            for w in wanted
            if w in reply_positions or (len(w) >= KEY_PREFIX and _prefix(w) in reply_positions)
        ]
        needed = len(wanted) if len(wanted) < 3 else len(wanted) - 1
        if not wanted or len(found) < needed:
            continue
        start = min(t.start for t in found)
        end = max(t.end for t in found)
        if end - start > 60:
            end = min(found, key=lambda t: t.start).end
        hits.append(Hit("key_point", start, end, kp, round(1.0 / len(points), 4)))
    if not hits:
        return [Hit("missed_key_points", None, None, ", ".join(points))]
    return hits
