"""Contrast pairs and gaming probes: how often each scorer ranks the better reply higher.

    .venv/bin/python benchmarks/pairs.py [--genre-heldout] [--genre-fresh-heldout]
                                         [--genre-third-heldout] [--genre-fourth-heldout]
                                         [--genre-fifth-heldout] [--genre-sixth-heldout]
                                         [--genre-seventh-heldout] [--genre-eighth-heldout]
                                         [--genre-ninth-heldout] [--genre-tenth-heldout]
                                         [--genre-eleventh-heldout] [--genre-twelfth-heldout]
                                         [--genre-thirteenth-heldout]
                                         [--genre-fourteenth-heldout]
                                         [--genre-fifteenth-heldout]
                                         [--genre-sixteenth-heldout]
                                         [--genre-seventeenth-heldout]
                                         [--genre-eighteenth-heldout] [--gaming-heldout]
                                         [--gaming3-heldout]

Sets (all written for this project, in tests/scoring/): `contrast_pairs.PAIRS` (240 pairs over
sixteen work domains, written before the semantic scorer was tuned and never edited after),
`contrast_pairs.PROBES` (176 gaming attempts that must rank below a plain decent reply on
overall), `pairs.PAIRS` (81 older pairs, written for the lexical scorer) and
`heldout_pairs.HELDOUT_PAIRS` (170 pairs in thirteen other domains, written before the fitted
heads and never tuned on: the honest number), and the genre pairs (`heldout_pairs.GENRE_DEV_PAIRS`
/ `GENRE_HELDOUT_PAIRS`: counselling, emotional support, online disputes, health forums; 100 + 100
pairs split by partner line, written before the fourth pass). The genre held-out half is printed
only with `--genre-heldout` (score it once per finished change). The fresh genre pairs
(`GENRE_FRESH_DEV_PAIRS` / `GENRE_FRESH_HELDOUT_PAIRS`: the same genres on new partner lines and
topics, 60 + 60 pairs, written before the sixth pass because the first genre pairs had been
scored too often to be blind): the dev half is always printed, the held-out half only with
`--genre-fresh-heldout` (once per finished change; only its rates are printed). The third genre
pairs (`GENRE_THIRD_DEV_PAIRS` / `GENRE_THIRD_HELDOUT_PAIRS`: the four genres and workplace
negotiation on new partner lines, 50 + 50 pairs, written before the tenth pass; the dev half also
holds pairs pinning known defects, printed as their own row): the dev half is always printed, the
held-out half only with `--genre-third-heldout` (its total only, once per finished change). The
fourth genre pairs (`GENRE_FOURTH_DEV_PAIRS` / `GENRE_FOURTH_HELDOUT_PAIRS`: the same five genres on
new partner lines, 60 + 60 pairs, written before the thirteenth pass and before any scorer was run on
them, split by a rule fixed in advance): the dev half is always printed, the held-out half only
with `--genre-fourth-heldout` (its total only, once per finished change). The fifth genre pairs
(`GENRE_FIFTH_DEV_PAIRS` / `GENRE_FIFTH_HELDOUT_PAIRS`: the same five genres on new partner lines,
50 + 50 pairs, written before the fourteenth pass and before any scorer was run on them, split by
the same rule): the dev half is always printed, the held-out half only with `--genre-fifth-heldout`
(its total only, once per finished change). The sixth genre pairs (`GENRE_SIXTH_DEV_PAIRS` /
`GENRE_SIXTH_HELDOUT_PAIRS`: the same five genres on new partner lines, 60 + 60 pairs, six per
line, written blind by a helper before any scorer was run on them, split by the same rule): the
dev half is always printed, the held-out half only with `--genre-sixth-heldout` (its total only,
once per finished change). The seventh genre pairs (`GENRE_SEVENTH_DEV_PAIRS` /
`GENRE_SEVENTH_HELDOUT_PAIRS`: written the same way as the sixth, 60 + 60 pairs, hard pairs on
purpose): the dev half is always printed, the held-out half only with `--genre-seventh-heldout`
(its total only, once per finished change). The eighth genre pairs (`GENRE_EIGHTH_DEV_PAIRS` /
`GENRE_EIGHTH_HELDOUT_PAIRS`: written the same way, blind, 60 + 60 pairs, six per line, while
other helpers changed the scorer and the matcher): the dev half is always printed, the held-out
half only with `--genre-eighth-heldout` (its total only, once per finished change). The ninth genre
pairs (`GENRE_NINTH_DEV_PAIRS` / `GENRE_NINTH_HELDOUT_PAIRS`: written the same way, blind, 60 + 60
pairs, six per line, half of them with the better reply shorter, worse replies in warm stock words
and better ones plain and specific): the dev half is always printed, the held-out half only with
`--genre-ninth-heldout` (its total only, once per finished change); its baseline on main 33746b7,
before any change was made for it: semantic 0.633 on the dev half, 0.767 on the held-out half
(lexical 0.483 / 0.517, length 0.500 / 0.500, VADER 0.333 / 0.433). The tenth genre pairs
(`GENRE_TENTH_DEV_PAIRS` / `GENRE_TENTH_HELDOUT_PAIRS`: written the same way, blind, 60 + 60 pairs
on twenty new partner lines, six per line, three per line with the better reply shorter, worse
replies that wrap a decree, a dismissal, blame or a fix in warm stock words, better ones plain and
specific, many with no stock words): the dev half is always printed, the held-out half only with
`--genre-tenth-heldout` (its total only, once per finished change); its baseline on main 4e47b1e,
before any change was made for it: semantic 0.567 on the dev half, 0.533 on the held-out half
(lexical 0.417 / 0.367, length 0.500 / 0.500, VADER 0.367 / 0.433). The eleventh genre pairs
(`GENRE_ELEVENTH_DEV_PAIRS` / `GENRE_ELEVENTH_HELDOUT_PAIRS`: written the same way, blind, 60 + 60
pairs on twenty new partner lines, six per line, three per line with the better reply shorter; on
each line four worse replies wrap a decree, a dismissal, blame, a platitude or a fix in warm stock
words against a plain better reply with none, one pair has two decent replies of which one
listens to the actual point, one pair two poor replies of which one is clearly worse): the dev
half is always printed, the held-out half only with `--genre-eleventh-heldout` (its total only,
once per finished change); its baseline on main 23968ec, before any change was made for it:
semantic 0.567 on the dev half, 0.533 on the held-out half (lexical 0.417 / 0.367, length 0.500 /
0.500, VADER 0.250 / 0.383). The twelfth genre pairs (`GENRE_TWELFTH_DEV_PAIRS` /
`GENRE_TWELFTH_HELDOUT_PAIRS`: written blind, 60 + 60 pairs on twenty new partner lines, six per
line, three per line with the better reply shorter, written the way outside labelled data looks:
forum-style partner lines, replies of realistic length, worse replies that sound skilled but miss
(a wrong-feeling reflection, a subject-changing question, a compromise that gives nothing, advice
put as a question, the helper's own story), on each line one pair of two decent replies and one
of two poor ones; each pair names its kind): the dev half is always printed, by genre and by
kind, the held-out half only with `--genre-twelfth-heldout` (its total only, once per finished
change); its baseline on main 7692051, before any change was made for it: semantic 0.517 on the
dev half, 0.700 on the held-out half (lexical 0.417 / 0.500, length 0.500 / 0.500, VADER 0.467
/ 0.433). The thirteenth genre pairs (`GENRE_THIRTEENTH_DEV_PAIRS` /
`GENRE_THIRTEENTH_HELDOUT_PAIRS`: written blind the same way, 60 + 60 pairs on twenty new partner
lines, six per line, three per line with the better reply shorter and none with a warm stock
phrase; at least two skilled-sounding misses per line (a feeling they did not express, a warm
question on another subject, a stock acknowledgement before an unrelated proposal, caving put as a
commitment, advice as a question, the helper's own story, a "compromise" that gives nothing), one
pair of two decent replies and one of two poor ones; each pair names its kind): the dev half is
always printed, by genre and by kind, the held-out half only with `--genre-thirteenth-heldout` (its
total only, once per finished change); its baseline on main 7b56a19, before any change was made for
it: semantic 0.583 on the dev half, 0.533 on the held-out half (lexical 0.433 / 0.367, length 0.500
/ 0.500, VADER 0.483 / 0.350). The fourteenth genre pairs (`GENRE_FOURTEENTH_DEV_PAIRS` /
`GENRE_FOURTEENTH_HELDOUT_PAIRS`: written blind the same way, 60 + 60 pairs on twenty new partner
lines, six per line, weighted toward counselling and emotional support (six lines each; health
four, disputes and workplace two), three per line with the better reply shorter and none with a
warm stock phrase, at least two skilled-sounding misses per line (advice framed as a reflection, a
feeling they did not express, a warm question on another subject, a stock acknowledgement before
an unrelated proposal, caving put as a commitment, the helper's own story), one pair of two decent
replies and one of two poor ones; split within each genre by writing position, odd lines dev):
the dev half is always printed, by genre and by kind, the held-out half only with
`--genre-fourteenth-heldout` (its total only, once per finished change); its baseline on main
c426382, before any change was made for it: semantic 0.533 on the dev half, 0.533 on the held-out
half (lexical 0.433 / 0.317, length 0.500 / 0.500, VADER 0.433 / 0.250). The fifteenth genre
pairs (`GENRE_FIFTEENTH_DEV_PAIRS` / `GENRE_FIFTEENTH_HELDOUT_PAIRS`: written blind the same way,
72 + 48 pairs on twenty new partner lines, six per line, weighted toward online disputes and
health forums (five lines each; counselling four, support and workplace three), one core, one
decent, one poor pair and three skilled-sounding misses a line (a fake concession, "well
actually", tone policing, whataboutism, a diagnosis from afar, lifestyle blame, a "have you
tried" list, one-upping, advice as a reflection, caving as commitment ...), three per line with
the better reply shorter and none with a warm stock phrase; split within each genre by writing
position, odd lines dev): the dev half is always printed, by genre and by kind, the held-out half
only with `--genre-fifteenth-heldout` (its total only, once per finished change); its baseline on
main a09eb29, before any change was made for it: semantic 0.514 on the dev half, 0.646 on the
held-out half (lexical 0.444 / 0.604, length 0.500 / 0.500, VADER 0.306 / 0.250). The sixteenth
genre pairs (`GENRE_SIXTEENTH_DEV_PAIRS` / `GENRE_SIXTEENTH_HELDOUT_PAIRS`: written blind the same
way, 66 + 54 pairs on twenty new partner lines, six per line, weighted to the public data the
project is judged on (counselling five lines; emotional support, online disputes and health forums
four each; workplace three: engineering, finance, legal), one pair of each kind a line: core,
decent, poor, dig (warm words around a dig), stock (a plain skilled reply against stock phrases)
and miss; three per line with the better reply shorter and none with a warm stock phrase; split
within each genre by writing position, odd lines dev): the dev half is always printed, by genre and
by kind, the held-out half only with `--genre-sixteenth-heldout` (its total only, once per finished
change); its baseline on main f036e37, before any change was made for it: semantic 0.545 on the dev half,
0.611 on the held-out half (lexical 0.439 / 0.333, length 0.500 / 0.500, VADER 0.439 / 0.333).
The seventeenth genre pairs (`GENRE_SEVENTEENTH_DEV_PAIRS` / `GENRE_SEVENTEENTH_HELDOUT_PAIRS`:
written blind the sixteenth set's way by another helper, who opened none of the earlier sets'
items, 66 + 54 pairs on twenty new partner lines with the same weighting and the same six kinds a
line, the counselling lines' `decent` pairs mostly a complex reflection against a simple one that
repeats the client's words; three per line with the better reply shorter, none with a warm stock
phrase; split within each genre by writing position, odd lines dev): the dev half is always
printed, by genre and by kind, the held-out half only with `--genre-seventeenth-heldout` (its
total only, once per finished change); its baseline on main 936585c, before any change was made
for it: semantic 0.652 on the dev half, 0.685 on the held-out half (lexical 0.530 / 0.463, length
0.500 / 0.500, VADER 0.333 / 0.333).
The eighteenth genre pairs (`GENRE_EIGHTEENTH_DEV_PAIRS` / `GENRE_EIGHTEENTH_HELDOUT_PAIRS`:
written blind the sixteenth set's way by another helper, before it read the scorer's code, 66 + 54
pairs on twenty new partner lines with the same weighting and the same six kinds a line, the
workplace lines a budget cut that forces a scope choice, a refused promotion and coming off the
on-call rota; three per line with the better reply shorter, the three kinds rotating so every kind
is the shorter on ten of its twenty lines; none with a warm stock phrase; split within each genre
by writing position, odd lines dev): the dev half is always printed, by genre and by kind, the
held-out half only with `--genre-eighteenth-heldout` (its total only, once per finished change);
its baseline on main d2211e7, before any change was made for it: semantic 0.636 on the dev half,
0.593 on the held-out half (lexical 0.530 / 0.519, length 0.500 / 0.500, VADER 0.364 / 0.426).
The second gaming set (`gaming_sets.GAMING_DEV_PROBES` / `GAMING_HELDOUT_PROBES`: twelve new partner
lines in twelve domains, each with a plain decent reply and seventeen gaming forms written for it,
blind, split by partner line): the dev half is always printed, with the semantic scorer's rate by
form, the held-out half only with `--gaming-heldout` (its total only, once per finished change).
The third gaming set (`gaming_sets.GAMING_THIRD_DEV_PROBES` / `GAMING_THIRD_HELDOUT_PROBES`: twelve
more partner lines in twelve more domains, a plain decent reply and sixteen gaming forms each,
eleven of them new: flattery, apology spam, a hostile either-or, "as I said", a fake "yes, and" ...;
blind, split by partner line) is printed the same way, its held-out total only with
`--gaming3-heldout`; its baseline on main 936585c, before any change was made for it: semantic
0.917 on the dev half, 0.781 on the held-out half (lexical 0.667 / 0.573, length 0.865 / 0.792,
VADER 0.323 / 0.198).
Columns: the lexical scorer, the semantic scorer, reply length
(longer wins) and VADER compound sentiment (more positive wins).
A reply a scorer refuses to score ranks below any scored one; a tie is a miss.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests" / "scoring"))

from contrast_pairs import NEW_LINE_PROBES, PAIRS, PROBES  # noqa: E402
from gaming_sets import (  # noqa: E402
    FORMS,
    GAMING_DEV_PROBES,
    GAMING_HELDOUT_PROBES,
    GAMING_THIRD_DEV_PROBES,
    GAMING_THIRD_HELDOUT_PROBES,
    THIRD_FORMS,
    GamingProbe,
)
from heldout_pairs import (  # noqa: E402
    EIGHTEENTH_DEV,
    FIFTEENTH_DEV,
    FOURTEENTH_DEV,
    GENRE_DEV_PAIRS,
    GENRE_FRESH_DEV_PAIRS,
    GENRE_FRESH_HELDOUT_PAIRS,
    GENRE_HELDOUT_PAIRS,
    GENRE_SETS,
    GENRE_THIRD_DEV_PAIRS,
    GENRE_THIRD_HELDOUT_PAIRS,
    HELDOUT_PAIRS,
    SEVENTEENTH_DEV,
    SIXTEENTH_DEV,
    THIRTEENTH_DEV,
    TWELFTH_DEV,
    load_pair_kinds,
)
from pairs import PAIRS as OLD_PAIRS  # noqa: E402

from roleplay.scoring import LexicalScorer, ScoreInput, Scorer  # noqa: E402

Pair = tuple[str, str, str, str]  # (dimension, partner, better, worse)
Rank = Callable[[str, str, str], float]  # (dimension, partner, reply) -> value


def scorer_rank(scorer: Scorer) -> Rank:
    def rank(dimension: str, partner: str, reply: str) -> float:
        score = scorer.score(ScoreInput(reply, partner))
        return float(score.dimension(dimension)) if score.scored else -1.0

    return rank


def rate(rank: Rank, pairs: list[Pair]) -> float:
    wins = sum(rank(d, p, better) > rank(d, p, worse) for d, p, better, worse in pairs)
    return wins / len(pairs)


def by_genre(
    name: str, half: str, pairs: list[tuple[str, str, str, str, str]]
) -> dict[str, list[Pair]]:
    out = {f"{name} ({len(pairs)})": [(d, p, b, w) for _, d, p, b, w in pairs]}
    for genre in sorted({g for g, *_ in pairs}):
        chosen = [(d, p, b, w) for g, d, p, b, w in pairs if g == genre]
        out[f"  {half}: {genre} ({len(chosen)})"] = chosen
    shorter = [(d, p, b, w) for _, d, p, b, w in pairs if len(b) < len(w)]
    out[f"  {half}: the better reply is shorter ({len(shorter)})"] = shorter
    return out


# the sets that name each pair's kind, by name: their dev half's file
KIND_DEV_FILES = {
    "twelfth": TWELFTH_DEV,
    "thirteenth": THIRTEENTH_DEV,
    "fourteenth": FOURTEENTH_DEV,
    "fifteenth": FIFTEENTH_DEV,
    "sixteenth": SIXTEENTH_DEV,
    "seventeenth": SEVENTEENTH_DEV,
    "eighteenth": EIGHTEENTH_DEV,
}


def dev_by_kind(name: str, dev: list[tuple[str, str, str, str, str]]) -> dict[str, list[Pair]]:
    """The twelfth set on names each pair's kind (a skilled-sounding miss, the genre's own
    contrast, two decent replies, two poor ones; from the sixteenth on also warm words around a
    dig and a plain reply against stock phrases): its dev half is also printed by kind, the kinds
    a set does not use left out."""
    kinds = load_pair_kinds(KIND_DEV_FILES[name])
    out: dict[str, list[Pair]] = {}
    for kind in ("miss", "core", "decent", "poor", "dig", "stock"):
        chosen = [(d, p, b, w) for (_, d, p, b, w), k in zip(dev, kinds, strict=True) if k == kind]
        if chosen:
            out[f"  {name} dev: kind {kind} ({len(chosen)})"] = chosen
    return out


def main(argv: list[str]) -> int:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from roleplay.scoring.semantic import SemanticScorer

    vader = SentimentIntensityAnalyzer()
    ranks: dict[str, Rank] = {
        "lexical": scorer_rank(LexicalScorer()),
        "semantic": scorer_rank(SemanticScorer()),
        "length": lambda d, p, r: float(len(r)),
        "VADER": lambda d, p, r: vader.polarity_scores(r)["compound"],
    }
    sets: dict[str, list[Pair]] = {
        f"contrast pairs ({len(PAIRS)})": [(d, p, b, w) for d, p, b, w, _ in PAIRS],
        f"  of which the better reply is shorter ({sum(len(b) < len(w) for _, _, b, w, _ in PAIRS)})": [
            (d, p, b, w) for d, p, b, w, _ in PAIRS if len(b) < len(w)
        ],
        f"gaming probes vs a decent reply ({len(PROBES)})": [
            ("overall", p, decent, probe) for p, decent, _, probe in PROBES
        ],
        f"  the same kinds on eight new partner lines ({len(NEW_LINE_PROBES)})": [
            ("overall", p, decent, probe) for p, decent, _, probe in NEW_LINE_PROBES
        ],
        f"second gaming set vs a decent reply, DEV half ({len(GAMING_DEV_PROBES)})": [
            ("overall", p, decent, probe) for _, p, decent, _, probe in GAMING_DEV_PROBES
        ],
        f"third gaming set vs a decent reply, DEV half ({len(GAMING_THIRD_DEV_PROBES)})": [
            ("overall", p, decent, probe) for _, p, decent, _, probe in GAMING_THIRD_DEV_PROBES
        ],
        f"older pairs ({len(OLD_PAIRS)})": [(d, p, b, w) for d, p, b, w, _ in OLD_PAIRS],
        f"HELD-OUT pairs, never tuned on ({len(HELDOUT_PAIRS)})": [
            (d, p, b, w) for _, d, p, b, w in HELDOUT_PAIRS
        ],
        f"  of which the better reply is shorter ({sum(len(b) < len(w) for *_, b, w in HELDOUT_PAIRS)})": [
            (d, p, b, w) for _, d, p, b, w in HELDOUT_PAIRS if len(b) < len(w)
        ],
    }
    sets.update(by_genre("genre pairs, DEV half", "dev", GENRE_DEV_PAIRS))
    if "--genre-heldout" in argv:
        sets.update(by_genre("genre pairs, HELD-OUT half", "held-out", GENRE_HELDOUT_PAIRS))
    sets.update(by_genre("fresh genre pairs, DEV half", "fresh dev", GENRE_FRESH_DEV_PAIRS))
    if "--genre-fresh-heldout" in argv:
        sets.update(
            by_genre(
                "fresh genre pairs, HELD-OUT half", "fresh held-out", GENRE_FRESH_HELDOUT_PAIRS
            )
        )
    blind = [pair for pair in GENRE_THIRD_DEV_PAIRS if pair[0] != "defect"]
    sets.update(by_genre("third genre pairs, DEV half", "third dev", blind))
    defects = [(d, p, b, w) for g, d, p, b, w in GENRE_THIRD_DEV_PAIRS if g == "defect"]
    sets[f"  known-defect pairs ({len(defects)})"] = defects
    if "--genre-third-heldout" in argv:
        # totals only: its per-genre and per-pair results are not read
        sets[f"third genre pairs, HELD-OUT half ({len(GENRE_THIRD_HELDOUT_PAIRS)})"] = [
            (d, p, b, w) for _, d, p, b, w in GENRE_THIRD_HELDOUT_PAIRS
        ]
    for name, dev, heldout in GENRE_SETS[3:]:  # fourth on: every set written the same way
        sets.update(by_genre(f"{name} genre pairs, DEV half", f"{name} dev", dev))
        if name in KIND_DEV_FILES:
            sets.update(dev_by_kind(name, dev))
        if f"--genre-{name}-heldout" in argv:
            # totals only: its per-genre and per-pair results are not read
            sets[f"{name} genre pairs, HELD-OUT half ({len(heldout)})"] = [
                (d, p, b, w) for _, d, p, b, w in heldout
            ]
    if "--gaming-heldout" in argv:
        # totals only: its per-form and per-line results are not read
        sets[f"second gaming set, HELD-OUT half ({len(GAMING_HELDOUT_PROBES)})"] = [
            ("overall", p, decent, probe) for _, p, decent, _, probe in GAMING_HELDOUT_PROBES
        ]
    if "--gaming3-heldout" in argv:
        # totals only: its per-form and per-line results are not read
        sets[f"third gaming set, HELD-OUT half ({len(GAMING_THIRD_HELDOUT_PROBES)})"] = [
            ("overall", p, decent, probe) for _, p, decent, _, probe in GAMING_THIRD_HELDOUT_PROBES
        ]
    print("| set | " + " | ".join(ranks) + " |")
    print("|---|" + "---|" * len(ranks))
    for name, pairs in sets.items():
        print(f"| {name} | " + " | ".join(f"{rate(r, pairs):.3f}" for r in ranks.values()) + " |")
    semantic = ranks["semantic"]
    print("\nsemantic scorer, probes by kind (share ranked below the decent reply):")
    kinds = sorted({k for _, _, k, _ in PROBES})
    for kind in kinds:
        chosen = [("overall", p, d, t) for p, d, k, t in PROBES if k == kind]
        print(f"- {kind}: {rate(semantic, chosen):.2f}")
    by_form(semantic, "second", GAMING_DEV_PROBES, FORMS)
    by_form(semantic, "third", GAMING_THIRD_DEV_PROBES, THIRD_FORMS)
    return 0


def by_form(semantic: Rank, name: str, probes: list[GamingProbe], forms: tuple[str, ...]) -> None:
    """Print how many of a gaming set's dev probes of each form rank below their decent reply."""
    print(
        f"\nsemantic scorer, {name} gaming set's dev half by form (ranked below the decent reply):"
    )
    for form in forms:
        chosen = [("overall", p, d, t) for _, p, d, f, t in probes if f == form]
        print(f"- {form}: {round(rate(semantic, chosen) * len(chosen))} of {len(chosen)}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
