"""The held-out pair set's shape (its pass rate is a benchmark, benchmarks/pairs.py, not a test:
asserting it here would invite tuning on it)."""

from __future__ import annotations

import pytest

from .heldout_pairs import HELDOUT_PAIRS, HeldOutPair


def test_heldout_pairs_cover_domains_dimensions_and_short_better_replies() -> None:
    assert len(HELDOUT_PAIRS) >= 150
    assert len({domain for domain, *_ in HELDOUT_PAIRS}) >= 10
    for dim in ("listening", "empathy", "collaboration", "overall"):
        assert sum(1 for _, d, *_ in HELDOUT_PAIRS if d == dim) >= 20
    shorter = sum(len(better) < len(worse) for *_, better, worse in HELDOUT_PAIRS)
    assert 0.4 <= shorter / len(HELDOUT_PAIRS) <= 0.6


def test_heldout_pairs_are_distinct_and_well_formed() -> None:
    keys = [(p, b, w) for _, _, p, b, w in HELDOUT_PAIRS]
    assert len(set(keys)) == len(keys)
    assert all(b.strip() and w.strip() and b != w for *_, b, w in HELDOUT_PAIRS)


def test_genre_pairs_split_by_partner_cover_four_genres_and_short_better_replies() -> None:
    from .heldout_pairs import GENRE_DEV_PAIRS, GENRE_HELDOUT_PAIRS

    genres = {"counselling", "support", "dispute", "health"}
    for pairs in (GENRE_DEV_PAIRS, GENRE_HELDOUT_PAIRS):
        assert len(pairs) >= 90
        assert {domain for domain, *_ in pairs} == genres
        shorter = sum(len(better) < len(worse) for *_, better, worse in pairs)
        assert 0.4 <= shorter / len(pairs) <= 0.6
        keys = [(p, b, w) for _, _, p, b, w in pairs]
        assert len(set(keys)) == len(keys)
    # no partner line (context) is shared between the halves
    assert not {p for _, _, p, *_ in GENRE_DEV_PAIRS} & {p for _, _, p, *_ in GENRE_HELDOUT_PAIRS}


# pairs per genre in each half: one number for all genres, a number a genre, or (dev, held-out)
PerGenre = int | dict[str, int] | tuple[dict[str, int], dict[str, int]]


def _balanced_halves(
    dev: list[HeldOutPair],
    heldout: list[HeldOutPair],
    genres: set[str],
    per_genre: PerGenre,
    older: list[HeldOutPair],
) -> None:
    """Each half: `per_genre` pairs of each genre (one number for all, a number a genre for a
    weighted set, or a (dev, held-out) pair of those when a genre's line count is odd) besides the
    dev half's known-defect pairs, 40-60% with the better reply shorter, no pair twice; the halves
    share no partner line with each other or with an older set, and the held-out half holds no
    defect pair."""
    halves = per_genre if isinstance(per_genre, tuple) else (per_genre, per_genre)
    wanted_of = [h if isinstance(h, dict) else dict.fromkeys(genres, h) for h in halves]
    assert all(set(wanted) == genres for wanted in wanted_of)
    assert not [pair for pair in heldout if pair[0] == "defect"]
    for pairs, wanted in zip((dev, heldout), wanted_of, strict=True):
        blind = [pair for pair in pairs if pair[0] != "defect"]
        assert len(blind) == sum(wanted.values())
        for genre in genres:
            assert sum(domain == genre for domain, *_ in blind) == wanted[genre]
        shorter = sum(len(better) < len(worse) for *_, better, worse in blind)
        assert 0.4 <= shorter / len(blind) <= 0.6
        keys = [(p, b, w) for _, _, p, b, w in pairs]
        assert len(set(keys)) == len(keys)
    dev_lines = {p for _, _, p, *_ in dev}
    heldout_lines = {p for _, _, p, *_ in heldout}
    assert not dev_lines & heldout_lines
    assert not (dev_lines | heldout_lines) & {p for _, _, p, *_ in older}


# (set name, its genres, pairs per genre in each half, pairs per partner line or None, whether
# its dev half may hold known-defect pairs)
_LATER_SETS = [
    ("fresh", {"counselling", "support", "dispute", "health"}, 15, None, False),
    ("third", {"counselling", "support", "dispute", "health", "workplace"}, 10, None, True),
    ("fourth", {"counselling", "support", "dispute", "health", "workplace"}, 12, 6, True),
    ("fifth", {"counselling", "support", "dispute", "health", "workplace"}, 10, 5, True),
    ("sixth", {"counselling", "support", "dispute", "health", "workplace"}, 12, 6, False),
    ("seventh", {"counselling", "support", "dispute", "health", "workplace"}, 12, 6, False),
    ("eighth", {"counselling", "support", "dispute", "health", "workplace"}, 12, 6, False),
    ("ninth", {"counselling", "support", "dispute", "health", "workplace"}, 12, 6, False),
    ("tenth", {"counselling", "support", "dispute", "health", "workplace"}, 12, 6, False),
    ("eleventh", {"counselling", "support", "dispute", "health", "workplace"}, 12, 6, False),
    ("twelfth", {"counselling", "support", "dispute", "health", "workplace"}, 12, 6, False),
    ("thirteenth", {"counselling", "support", "dispute", "health", "workplace"}, 12, 6, False),
    # weighted toward counselling and emotional support: three lines each a half, health two,
    # disputes and workplace one
    (
        "fourteenth",
        {"counselling", "support", "dispute", "health", "workplace"},
        {"counselling": 18, "support": 18, "dispute": 6, "health": 12, "workplace": 6},
        6,
        False,
    ),
    # weighted toward online disputes and health forums: five lines each, counselling four,
    # emotional support and workplace three; the odd-position rule gives the dev half the extra
    # line of each genre with an odd count
    (
        "fifteenth",
        {"counselling", "support", "dispute", "health", "workplace"},
        (
            {"counselling": 12, "support": 12, "dispute": 18, "health": 18, "workplace": 12},
            {"counselling": 12, "support": 6, "dispute": 12, "health": 12, "workplace": 6},
        ),
        6,
        False,
    ),
    # weighted to the public data the project is judged on: counselling five lines, support,
    # disputes and health four each, workplace three (engineering, finance, legal)
    (
        "sixteenth",
        {"counselling", "support", "dispute", "health", "workplace"},
        (
            {"counselling": 18, "support": 12, "dispute": 12, "health": 12, "workplace": 12},
            {"counselling": 12, "support": 12, "dispute": 12, "health": 12, "workplace": 6},
        ),
        6,
        False,
    ),
    # written blind by another helper with the sixteenth set's weighting
    (
        "seventeenth",
        {"counselling", "support", "dispute", "health", "workplace"},
        (
            {"counselling": 18, "support": 12, "dispute": 12, "health": 12, "workplace": 12},
            {"counselling": 12, "support": 12, "dispute": 12, "health": 12, "workplace": 6},
        ),
        6,
        False,
    ),
    # written blind by a third helper with the same weighting
    (
        "eighteenth",
        {"counselling", "support", "dispute", "health", "workplace"},
        (
            {"counselling": 18, "support": 12, "dispute": 12, "health": 12, "workplace": 12},
            {"counselling": 12, "support": 12, "dispute": 12, "health": 12, "workplace": 6},
        ),
        6,
        False,
    ),
]


@pytest.mark.parametrize(
    ("name", "genres", "per_genre", "per_line", "defects_allowed"),
    _LATER_SETS,
    ids=[s[0] for s in _LATER_SETS],
)
def test_later_genre_pairs_are_balanced_and_share_no_partner_line_with_any_earlier_set(
    name: str,
    genres: set[str],
    per_genre: PerGenre,
    per_line: int | None,
    defects_allowed: bool,
) -> None:
    from .heldout_pairs import GENRE_SETS

    names = [n for n, _, _ in GENRE_SETS]
    at = names.index(name)
    _, dev, heldout = GENRE_SETS[at]
    older = [pair for _, d, h in GENRE_SETS[:at] for pair in (*d, *h)]
    if not defects_allowed:
        assert not [pair for pair in dev if pair[0] == "defect"]
    _balanced_halves(dev, heldout, genres, per_genre, [*older, *HELDOUT_PAIRS])
    if per_line is not None:
        # each half: every dimension is asked about, and each partner line carries per_line pairs
        for pairs in (dev, heldout):
            dims = {d for _, d, *_ in pairs}
            assert dims == {"listening", "empathy", "collaboration", "overall"}
            lines = [p for _, _, p, *_ in pairs]
            assert all(lines.count(line) == per_line for line in lines)


def test_every_genre_set_is_checked() -> None:
    from .heldout_pairs import GENRE_SETS

    assert [n for n, _, _ in GENRE_SETS[1:]] == [s[0] for s in _LATER_SETS]


_STOCK = ("i understand", "i hear you", "let's work together", "i totally", "i really value")


def test_tenth_pairs_are_hard_by_construction() -> None:
    """The tenth set's promises: on every partner line three of the six better replies are the
    shorter one; warm stock words sit mostly on the worse side, and most better replies have none."""
    from .heldout_pairs import GENRE_TENTH_DEV_PAIRS, GENRE_TENTH_HELDOUT_PAIRS

    for pairs in (GENRE_TENTH_DEV_PAIRS, GENRE_TENTH_HELDOUT_PAIRS):
        lines = {p for _, _, p, *_ in pairs}
        assert len(lines) == 10
        for line in lines:
            on_line = [(b, w) for _, _, p, b, w in pairs if p == line]
            assert sum(len(b) < len(w) for b, w in on_line) == 3
        stock_worse = sum(any(s in w.lower() for s in _STOCK) for *_, w in pairs)
        plain_better = sum(not any(s in b.lower() for s in _STOCK) for *_, b, _ in pairs)
        assert stock_worse >= 0.7 * len(pairs)
        assert plain_better >= 0.85 * len(pairs)


_WARM = (*_STOCK, "i appreciate", "thanks for sharing", "thank you for sharing")


def test_eleventh_pairs_are_hard_by_construction() -> None:
    """The eleventh set's promises: on every partner line three of the six better replies are the
    shorter one; no better reply leans on warm stock words, and on every line at least four worse
    replies wrap their move in them (the other two are a generic decent reply and a poor one)."""
    from .heldout_pairs import GENRE_ELEVENTH_DEV_PAIRS, GENRE_ELEVENTH_HELDOUT_PAIRS

    for pairs in (GENRE_ELEVENTH_DEV_PAIRS, GENRE_ELEVENTH_HELDOUT_PAIRS):
        lines = {p for _, _, p, *_ in pairs}
        assert len(lines) == 10
        for line in lines:
            on_line = [(b, w) for _, _, p, b, w in pairs if p == line]
            assert sum(len(b) < len(w) for b, w in on_line) == 3
            assert sum(any(s in w.lower() for s in _WARM) for _, w in on_line) >= 4
            assert not [b for b, _ in on_line if any(s in b.lower() for s in _WARM)]


def test_twelfth_pairs_are_hard_by_construction() -> None:
    """The twelfth set's promises, read from the files (the loader drops `kind`): on every partner
    line three of the six better replies are the shorter one, one pair holds two decent replies
    (only one listens to the actual point), one pair two poor replies, at least one worse reply
    sounds skilled but misses; most better replies lean on no warm stock words."""
    import yaml

    from .heldout_pairs import DATA

    for half in ("dev", "heldout"):
        data = yaml.safe_load(DATA.with_name(f"genre_twelfth_{half}.yaml").read_text("utf-8"))
        pairs = data["pairs"]
        assert {p["kind"] for p in pairs} <= {"miss", "core", "decent", "poor"}
        lines = {p["partner"] for p in pairs}
        assert len(lines) == 10
        for line in lines:
            on_line = [p for p in pairs if p["partner"] == line]
            assert len(on_line) == 6
            assert sum(len(p["better"]) < len(p["worse"]) for p in on_line) == 3
            kinds = [p["kind"] for p in on_line]
            assert kinds.count("decent") == 1
            assert kinds.count("poor") == 1
            assert kinds.count("miss") >= 1
        plain_better = sum(not any(s in p["better"].lower() for s in _WARM) for p in pairs)
        assert plain_better >= 0.9 * len(pairs)
    # benchmarks/pairs.py prints the dev half by kind, pairing kinds with the loaded pairs in order
    from .heldout_pairs import GENRE_TWELFTH_DEV_PAIRS, TWELFTH_DEV, load_pair_kinds

    kinds = load_pair_kinds(TWELFTH_DEV)
    assert len(kinds) == len(GENRE_TWELFTH_DEV_PAIRS)
    data = yaml.safe_load(TWELFTH_DEV.read_text("utf-8"))
    assert [p["better"] for p in data["pairs"]] == [b for *_, b, _ in GENRE_TWELFTH_DEV_PAIRS]


def test_thirteenth_pairs_are_hard_by_construction() -> None:
    """The thirteenth set's promises, read from the files (the loader drops `kind`): on every
    partner line three of the six better replies are the shorter one, one pair holds two decent
    replies, one pair two poor replies, at least two worse replies sound skilled but miss; no
    better reply leans on a warm stock phrase."""
    import yaml

    from .heldout_pairs import DATA

    for half in ("dev", "heldout"):
        data = yaml.safe_load(DATA.with_name(f"genre_thirteenth_{half}.yaml").read_text("utf-8"))
        pairs = data["pairs"]
        assert {p["kind"] for p in pairs} <= {"miss", "core", "decent", "poor"}
        assert set(data["partners"]) == {p["partner"] for p in pairs}
        lines = {p["partner"] for p in pairs}
        assert len(lines) == 10
        for line in lines:
            on_line = [p for p in pairs if p["partner"] == line]
            assert len(on_line) == 6
            assert sum(len(p["better"]) < len(p["worse"]) for p in on_line) == 3
            kinds = [p["kind"] for p in on_line]
            assert kinds.count("decent") == 1
            assert kinds.count("poor") == 1
            assert kinds.count("miss") >= 2
        assert not [p["better"] for p in pairs if any(s in p["better"].lower() for s in _WARM)]
    # benchmarks/pairs.py prints the dev half by kind, pairing kinds with the loaded pairs in order
    from .heldout_pairs import GENRE_THIRTEENTH_DEV_PAIRS, THIRTEENTH_DEV, load_pair_kinds

    kinds = load_pair_kinds(THIRTEENTH_DEV)
    assert len(kinds) == len(GENRE_THIRTEENTH_DEV_PAIRS)
    data = yaml.safe_load(THIRTEENTH_DEV.read_text("utf-8"))
    assert [p["better"] for p in data["pairs"]] == [b for *_, b, _ in GENRE_THIRTEENTH_DEV_PAIRS]


def test_fourteenth_pairs_are_hard_by_construction() -> None:
    """The fourteenth set's promises, read from the files (the loader drops `kind`): on every
    partner line three of the six better replies are the shorter one, one pair holds two decent
    replies, one pair two poor replies, at least two worse replies sound skilled but miss; no
    better reply leans on a warm stock phrase; every half asks every dimension of each of the
    weighted genres, and the split follows the rule fixed in advance (within a genre, the dev half
    holds the lines in odd writing positions: the genres' line counts are equal in both halves)."""
    import yaml

    from .heldout_pairs import DATA

    lines_a_genre: dict[str, dict[str, int]] = {}
    for half in ("dev", "heldout"):
        data = yaml.safe_load(DATA.with_name(f"genre_fourteenth_{half}.yaml").read_text("utf-8"))
        pairs = data["pairs"]
        assert {p["kind"] for p in pairs} <= {"miss", "core", "decent", "poor"}
        assert set(data["partners"]) == {p["partner"] for p in pairs}
        lines = {p["partner"] for p in pairs}
        assert len(lines) == 10
        genre_of = {p["partner"]: p["domain"] for p in pairs}
        counts: dict[str, int] = {}
        for line in lines:
            counts[genre_of[line]] = counts.get(genre_of[line], 0) + 1
            on_line = [p for p in pairs if p["partner"] == line]
            assert len(on_line) == 6
            assert {p["domain"] for p in on_line} == {genre_of[line]}
            assert sum(len(p["better"]) < len(p["worse"]) for p in on_line) == 3
            kinds = [p["kind"] for p in on_line]
            assert kinds.count("decent") == 1
            assert kinds.count("poor") == 1
            assert kinds.count("miss") >= 2
        lines_a_genre[half] = counts
        assert not [p["better"] for p in pairs if any(s in p["better"].lower() for s in _WARM)]
    assert lines_a_genre["dev"] == lines_a_genre["heldout"]
    assert lines_a_genre["dev"] == {
        "counselling": 3,
        "support": 3,
        "health": 2,
        "dispute": 1,
        "workplace": 1,
    }
    # benchmarks/pairs.py prints the dev half by kind, pairing kinds with the loaded pairs in order
    from .heldout_pairs import FOURTEENTH_DEV, GENRE_FOURTEENTH_DEV_PAIRS, load_pair_kinds

    kinds = load_pair_kinds(FOURTEENTH_DEV)
    assert len(kinds) == len(GENRE_FOURTEENTH_DEV_PAIRS)
    data = yaml.safe_load(FOURTEENTH_DEV.read_text("utf-8"))
    assert [p["better"] for p in data["pairs"]] == [b for *_, b, _ in GENRE_FOURTEENTH_DEV_PAIRS]


def _kinded_halves(
    name: str, kinds_a_line: list[str], lines_a_genre: dict[str, tuple[int, int]]
) -> list[dict[str, str]]:
    """The promises of a set written the fifteenth set's way, read from its files (the loader
    drops `kind`): on every partner line six pairs of the kinds `kinds_a_line` (sorted), three of
    the six better replies the shorter one, every dimension asked in each half; no better reply
    leans on a warm stock phrase; `lines_a_genre` partner lines a genre (dev, held-out), and the
    split follows the rule fixed in advance (within a genre, the dev half holds the lines in odd
    writing positions, so the partner keys' writing positions, read from the files' `# GENRE N
    (half)` comments, are odd in the dev half and even in the held-out half); benchmarks/pairs.py
    can pair the dev half's kinds with the loaded pairs in order. Returns every pair of both
    halves, `kind` included."""
    import re

    import yaml

    from .heldout_pairs import DATA, GENRE_SETS, load_pair_kinds

    every: list[dict[str, str]] = []
    for at, half in enumerate(("dev", "heldout")):
        path = DATA.with_name(f"genre_{name}_{half}.yaml")
        text = path.read_text("utf-8")
        data = yaml.safe_load(text)
        pairs = data["pairs"]
        assert set(data["partners"]) == {p["partner"] for p in pairs}
        genre_of = {p["partner"]: p["domain"] for p in pairs}
        counts: dict[str, int] = {}
        for line in data["partners"]:
            counts[genre_of[line]] = counts.get(genre_of[line], 0) + 1
            on_line = [p for p in pairs if p["partner"] == line]
            assert len(on_line) == 6
            assert {p["domain"] for p in on_line} == {genre_of[line]}
            assert sum(len(p["better"]) < len(p["worse"]) for p in on_line) == 3
            assert sorted(p["kind"] for p in on_line) == kinds_a_line
        assert {p["dimension"] for p in pairs} == {
            "listening",
            "empathy",
            "collaboration",
            "overall",
        }
        assert counts == {genre: n[at] for genre, n in lines_a_genre.items() if n[at]}
        assert not [p["better"] for p in pairs if any(s in p["better"].lower() for s in _WARM)]
        positions = [
            int(n) for n in re.findall(r"^  # [a-z ]+ (\d) \((?:dev|held-out)\)$", text, re.M)
        ]
        assert len(positions) == len(data["partners"])
        assert all(n % 2 == (1 if half == "dev" else 0) for n in positions)
        every.extend(pairs)
    # benchmarks/pairs.py prints the dev half by kind, pairing kinds with the loaded pairs in order
    dev_path = DATA.with_name(f"genre_{name}_dev.yaml")
    loaded = next(dev for n, dev, _ in GENRE_SETS if n == name)
    assert len(load_pair_kinds(dev_path)) == len(loaded)
    data = yaml.safe_load(dev_path.read_text("utf-8"))
    assert [p["better"] for p in data["pairs"]] == [b for *_, b, _ in loaded]
    return every


def test_fifteenth_pairs_are_hard_by_construction() -> None:
    """The fifteenth set: one `core`, one `decent`, one `poor` and three skilled-sounding misses a
    line, weighted toward online disputes and health forums (five lines each)."""
    _kinded_halves(
        "fifteenth",
        ["core", "decent", "miss", "miss", "miss", "poor"],
        {
            "dispute": (3, 2),
            "health": (3, 2),
            "counselling": (2, 2),
            "support": (2, 1),
            "workplace": (2, 1),
        },
    )


# warm words a `dig` wraps around its jab: praise, love, thanks, sympathy
_WARM_WRAP = (
    *("love", "bless", "thank", "hug", "devoted", "so sorry", "aw", "oh no", "valid"),
    *("totally", "genuinely", "rough", "relatable", "so brave", "so strong", "glad"),
    *("welcome", "respect", "lovely"),
)


def _six_kinds_a_line(name: str) -> list[dict[str, str]]:
    """A set written the sixteenth set's way: one pair of each of six kinds a line (`core`,
    `decent`, `poor`, `dig`, `stock`, `miss`), weighted to the public data the project is judged
    on (counselling five lines; support, disputes and health four each; workplace three); every
    `stock` pair's worse reply is made of warm stock phrases and every `dig` pair's worse reply
    wraps its jab in warm words, while its better reply has none of the stock phrases. Returns
    every pair of both halves."""
    pairs = _kinded_halves(
        name,
        ["core", "decent", "dig", "miss", "poor", "stock"],
        {
            "counselling": (3, 2),
            "support": (2, 2),
            "dispute": (2, 2),
            "health": (2, 2),
            "workplace": (2, 1),
        },
    )
    assert len(pairs) == 120
    for p in pairs:
        if p["kind"] == "stock":
            assert any(s in p["worse"].lower() for s in _WARM), p["worse"]
        if p["kind"] == "dig":
            assert any(s in p["worse"].lower() for s in _WARM_WRAP), p["worse"]
    return pairs


@pytest.mark.parametrize("name", ["sixteenth", "seventeenth", "eighteenth"])
def test_six_kind_pairs_are_hard_by_construction(name: str) -> None:
    """The sixteenth set, and the seventeenth and eighteenth written blind the same way by two
    other helpers."""
    _six_kinds_a_line(name)


def test_seventeenth_set_varies_which_kinds_are_shorter() -> None:
    """In the seventeenth set no kind has its better reply the shorter one on every pair, nor the
    longer one on every pair (the shorter three of a line are different kinds from line to line).
    Two kinds still lean: the better `poor` reply is the shorter on 19 of 20 lines, the better
    `decent` one the longer on 17 of 20 (benchmarks/README.md reads them against length)."""
    pairs = _six_kinds_a_line("seventeenth")
    for kind in ("core", "decent", "dig", "miss", "poor", "stock"):
        shorter = [len(p["better"]) < len(p["worse"]) for p in pairs if p["kind"] == kind]
        assert 0 < sum(shorter) < len(shorter), kind


def test_eighteenth_set_makes_every_kind_the_shorter_on_half_its_lines() -> None:
    """In the eighteenth set the three shorter better replies of a line rotate through six
    patterns, so every kind has its better reply the shorter one on exactly ten of its twenty
    lines: length reads no kind."""
    pairs = _six_kinds_a_line("eighteenth")
    for kind in ("core", "decent", "dig", "miss", "poor", "stock"):
        shorter = [len(p["better"]) < len(p["worse"]) for p in pairs if p["kind"] == kind]
        assert (sum(shorter), len(shorter)) == (10, 20), kind
