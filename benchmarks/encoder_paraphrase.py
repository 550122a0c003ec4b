"""Paraphrase retrieval of the sentence encoder: does a sentence find its rewording?

    .venv/bin/python benchmarks/encoder_paraphrase.py

24 pairs written for this benchmark (work and personal domains; the second sentence says the
same in other words, mostly with different content words), never used to build or fit anything.
For each first sentence, the second sentences of all pairs are ranked by cosine: top-1 is the
share whose own rewording comes first (both directions), MRR its mean reciprocal rank. Also
printed: the mean cosine of a pair, of two unrelated sentences, and their gap. Run it in two
checkouts to compare encoder tables side by side.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from roleplay.nlp import get_encoder  # noqa: E402

PAIRS = [
    (
        "The shipment is stuck at customs until Monday.",
        "Border officials are holding the delivery over the weekend.",
    ),
    (
        "I can't make the meeting because my kid is sick.",
        "My son has a fever so I need to skip the call.",
    ),
    (
        "Our budget was cut by a third this year.",
        "We lost about 33 percent of our funding for the year.",
    ),
    (
        "She quit after they denied her promotion.",
        "Once she was passed over for the senior role, she resigned.",
    ),
    ("Could you send me the slides before lunch?", "Please email the deck over by noon."),
    (
        "The server crashed twice overnight.",
        "The machine went down two times while we were asleep.",
    ),
    (
        "I feel like nobody listens to me in these meetings.",
        "When we get together, my opinions get ignored.",
    ),
    (
        "We should hire a contractor for the migration.",
        "Let's bring in an outside firm to move the data.",
    ),
    (
        "The patient refused to take the medication.",
        "He wouldn't swallow the pills the doctor prescribed.",
    ),
    (
        "Rent went up again and I can barely cover it.",
        "My landlord raised the price and I'm struggling to pay.",
    ),
    ("Let's postpone the launch by two weeks.", "How about we push the release back a fortnight?"),
    (
        "Thanks for staying late to fix the bug.",
        "I appreciate you working overtime on that defect.",
    ),
    ("The new hire keeps missing deadlines.", "Our latest recruit is always late delivering work."),
    ("I'm worried the client will walk away.", "I fear the customer might cancel the contract."),
    (
        "My manager takes credit for my ideas.",
        "My boss presents my suggestions as if they were his.",
    ),
    (
        "The kids are fighting about screen time again.",
        "The children argue once more over how long they can use tablets.",
    ),
    ("We ran out of beds in the emergency ward.", "The ER has no free places for patients left."),
    (
        "Can we split the cost of the software licence?",
        "Would you share the expense of the program subscription?",
    ),
    (
        "The auditors found gaps in our records.",
        "The inspection showed our documentation is incomplete.",
    ),
    ("I need a day off to move house.", "I'm relocating, so I'd like to take leave for one day."),
    (
        "Sales dropped sharply in the last quarter.",
        "Revenue fell a lot over the previous three months.",
    ),
    (
        "He shouted at the waiter over a cold soup.",
        "He yelled at the server because the meal wasn't hot.",
    ),
    ("The training course was a waste of time.", "That workshop taught us nothing useful."),
    ("Nobody told me the policy had changed.", "I was never informed about the new rules."),
]


def main() -> None:
    encoder = get_encoder()
    first = encoder.encode([a for a, _ in PAIRS])
    second = encoder.encode([b for _, b in PAIRS])
    similarity = first @ second.T
    hits, reciprocal = [], []
    for matrix in (similarity, similarity.T):
        for i, row in enumerate(matrix):
            rank = int((row > row[i]).sum()) + 1
            hits.append(rank == 1)
            reciprocal.append(1.0 / rank)
    n = len(PAIRS)
    pair = float(np.trace(similarity)) / n
    other = float((similarity.sum() - np.trace(similarity)) / (n * n - n))
    print(f"encoder {encoder.name}: {n} pairs")
    print(f"top-1 {np.mean(hits):.3f}  MRR {np.mean(reciprocal):.3f}")
    print(f"mean cosine: pair {pair:.3f}, unrelated {other:.3f}, gap {pair - other:.3f}")


if __name__ == "__main__":
    main()
