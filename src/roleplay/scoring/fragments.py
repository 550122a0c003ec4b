"""Rule 41 (docs/scoring.md): a verbless restatement is a reflection.

Skilled listeners often hand the partner's point back as a fragment with no verb: "Two sources,
five minutes." (to someone whose sourced edit was reverted in five minutes), "The house without
her.", "A year at senior level, and still no title.", "Young, and feeling responsible.",
"Exhausting, and lonely too." The encoder reads such a fragment as no act (it is close to
neither the bank nor, often, their sentence), so it earned nothing and could even leave the reply
"not engaging". A statement (not a question) of at most `MAX_WORDS` words is such a fragment
(English, by wording) when

- it has no verb the wording can see: no subject pronoun, auxiliary or modal, no "n't";
- it is built of joined phrases - a comma, "and", "then" or a preposition ("without", "of",
  "at", "for", "since", "after") - so a bare two-word claim ("Budgets change.", "Lifestyle
  matters.") whose verb the wording cannot see is not one;
- it picks up their line - a content word of theirs in another form, or one of their numbers -
  or names a feeling or how heavy it is ("exhausting", "lonely", "brutal");
- no word it cannot place stands before a determiner ("Lots of projects vendor their
  dependencies": a verb it cannot see), and it opens on no general subject ("Lots of", "Most",
  "People") and no generalising word ("Arthritis affects about one in a hundred people.",
  "usually", "percent");
- it opens with no pleasantry, verdict or refusal ("Thanks, and good luck with the move.",
  "Fair enough, Friday then.", "Four days, no exceptions.", "No refunds, no excuses."); "Right
  library, wrong decade." contrasts what they said and is no verdict (rule 41b).

It counts as a reflection at the strength of an act named by its wording, only where the encoder
found no act (or a faint one).
"""

from __future__ import annotations

import re

from roleplay.scoring.content_words import SHORT_FILLERS, short_stem
from roleplay.scoring.partner_lines import per_partner_line
from roleplay.scoring.wording import GENERALISING

MAX_WORDS = 10
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# words that show a verb (or a clause with one) the wording can see
_VERBAL = frozenset(
    """i you he she we they it there i'm you're he's she's we're they're it's there's that's
    i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll
    they'll is are was were be been being am do does did done have has had can could will would
    shall should may might must let let's please""".split()
)
# phrases joined: a comma, "and", "then", a preposition
_JOINED = re.compile(
    r",|\b(?:and|then|but|without|with|of|at|for|since|after|before|on top of|in|on|from|over)\b"
)
# openers that make it a pleasantry, a verdict or a refusal, not their point
_NOT_THEIRS = re.compile(
    r"^\W*(?:thanks|thank|cheers|good luck|best of luck|congrat\w*|happy|sorry|hope|fair|fine|ok|"
    # "Right, Friday then." is a verdict; "Right library, wrong decade." contrasts (rule 41b)
    r"okay|sure|deal|agreed|great|nice|noted|understood|perfect|right(?! \w+, wrong\b)|done|no|"
    r"not|nope|never|yes|"
    r"well done|welcome|hello|hi|hey|bye|see you|take care|same|ditto|absolutely|exactly|true|"
    r"really|wow|lol|haha|whatever|oh|ah|aw+|poor|boo)\b|"
    # sarcasm in a fragment ("Oh no, a reviewer with opinions, truly unheard of.")
    r"\b(?:truly|unheard of|shocking|what a surprise|how tragic|imagine that)\b|"
    r"\bno (?:exceptions?|way|chance|refunds?|excuses?|discussion|debate|arguments?|more|deal|"
    r"thanks|problem|worries|offen[cs]e)\b|\bend of\b|\bperiod\b|\bfull stop\b",
    re.IGNORECASE,
)
# a word the wording cannot place, then a determiner: a verb it cannot see ("Lots of projects
# vendor their dependencies"), unless the word is a preposition, a conjunction or a quantity
_HIDDEN_VERB = re.compile(
    r"\b(?!(?:and|then|but|or|of|with|without|at|for|since|after|before|in|on|from|over|to|into|"
    r"by|about|like|both|now|half|all|still|than|just|only|even|not|no)\b)[a-z]+ (?:the|a|an|their|"
    r"his|her|our|my|your|its|this|that|these|those|some|any|every)\b"
)
# a general claim about people or things, not their point ("Lots of people ...", "Most clinics")
_GENERAL = re.compile(
    r"^\W*(?:lots|loads|plenty|many|most|some|people|everyone|everybody|nobody|no one|anyone|"
    r"all|few|several)\b"
)
# a feeling or how heavy it is, named in a word ("Exhausting, and lonely too.")
_FEELING = re.compile(
    r"\b(?:feel\w*|exhaust\w*|lonel\w*|brutal|gutting|gutted|heartbreak\w*|heartbroken|"
    r"terrif\w*|frighten\w*|scar(?:y|ed|ing)|awful|horrible|painful|draining|relentless|"
    r"overwhelm\w*|frustrat\w*|humiliat\w*|infuriat\w*|maddening|unfair|crushing|devastat\w*|"
    r"hurt\w*|isolat\w*|worr\w*|anxious|stress\w*|grief|griev\w*|guilt\w*|ashamed|shame|"
    r"angry|anger|furious|sad|sadness|tired|shaken|shock\w*|confus\w*|betray\w*|invisible|"
    r"alone|helpless\w*|hopeless\w*|responsible|blame)\b",
    re.IGNORECASE,
)
LIST_ITEMS = 4
_LIST_ITEM = re.compile(r",|;|/|\b(?:and|or)\b")
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty hundred thousand half first second third fourth fifth once twice""".split()
)
_SHORT_KEPT = frozenset("day dad mum son job".split())
_FILLERS = SHORT_FILLERS | frozenset("""still things thing about""".split())


def _content(words: list[str]) -> set[str]:
    out = set()
    for w in words:
        w = w.split("'")[0].split("’")[0]
        if (
            w.isdigit()
            or w in _NUMBER_WORDS
            or w in _SHORT_KEPT
            or (len(w) >= 4 and w not in _FILLERS)
        ):
            out.add(short_stem(w))
    return out


# rule 193: "it" after a preposition is an object, not a subject ("And then a silent drive home
# after it.", "Four months of it.")
_PREPOSITIONS = frozenset(
    "after before about with without of for from over into on in at through around behind".split()
)


def _object_it(words: list[str], i: int) -> bool:
    return words[i] == "it" and i > 0 and words[i - 1] in _PREPOSITIONS


def picks_up_their_words(text: str, partner: str) -> bool:
    """The text holds one of their content words in some form (or one of their numbers)."""
    return bool(_content(_WORD.findall(text.lower())) & partner_stems(partner))


def restates_in_fragment(text: str, partner: str) -> bool:
    """The sentence hands their point back as a verbless fragment (module docstring)."""
    if not partner or text.rstrip().endswith("?"):
        return False
    lower = text.lower()
    words = _WORD.findall(lower)
    if not 2 <= len(words) <= MAX_WORDS or any(
        (w in _VERBAL and not _object_it(words, i)) or w.endswith("n't")
        for i, w in enumerate(words)
    ):
        return False
    if _JOINED.search(lower) is None or _NOT_THEIRS.search(lower) is not None:
        return False
    if _HIDDEN_VERB.search(lower) is not None or _GENERAL.search(lower) is not None:
        return False
    if GENERALISING.search(lower) is not None:  # "Arthritis affects about one in a hundred"
        return False
    if _content(words) & partner_stems(partner):
        return True
    # rule 140: four or more bare words in a list with no word of theirs guess at feelings
    # ("Frustrated, angry, stressed, overwhelmed, anxious."): a checklist, not their point
    items = [i for i in _LIST_ITEM.split(lower) if _WORD.search(i)]
    if len(items) >= LIST_ITEMS and all(len(_WORD.findall(i)) <= 2 for i in items):
        return False
    return _FEELING.search(lower) is not None


def content_stems(text: str) -> set[str]:
    """The stems of the text's content words and numbers (as `picks_up_their_words` reads
    them)."""
    return _content(_WORD.findall(text.lower()))


@per_partner_line
def partner_stems(partner: str) -> frozenset[str]:
    """`content_stems` of the partner's line, read once per line (every sentence of a reply,
    and every reply to the line, asks for them)."""
    return frozenset(content_stems(partner))
