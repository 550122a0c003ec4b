"""A reply's sentences and the act each one performs (the semantic scorer's first step).

Each sentence (roleplay.nlp.split_sentences) is matched to the act bank (acts.py); a sentence
close in meaning to one of the partner's sentences (and not a question) counts as a reflection;
when the encoder finds no act, unmistakable wording names one at reduced strength; a question
that interrogates or gives advice is named so whatever the encoder thought. A sentence that
repeats an earlier one (same words, ignoring case and punctuation) is marked as a repeat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from roleplay.nlp import EncodingCache, split_sentences
from roleplay.scoring import severity
from roleplay.scoring.acts import ActBank, SentenceAct
from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.blank_cheque import over_promises
from roleplay.scoring.but_offer import offers_after_but
from roleplay.scoring.caving import caves, gives_all
from roleplay.scoring.conditional_offer import offers_on_condition
from roleplay.scoring.cue_acts import CUE_ACTS, OFFERS, STATEMENT_CUE_ACTS
from roleplay.scoring.dismissing import denies_their_account, overrules_them
from roleplay.scoring.easy_story import easy_story
from roleplay.scoring.eliciting import asks_their_reasons, turns_back
from roleplay.scoring.fact_question import closed_about_them
from roleplay.scoring.fragments import restates_in_fragment
from roleplay.scoring.gloomy import NOT_AFFIRMING, gloomy
from roleplay.scoring.inner_voice import in_their_voice
from roleplay.scoring.judged_person import judges_person
from roleplay.scoring.own_disclosure import discloses_own
from roleplay.scoring.question_focus import closed_fact, off_topic, remedy_question
from roleplay.scoring.sanction import sanction_threat
from roleplay.scoring.semantic_rules import ACK_ACTS, HOSTILE_MARGIN, NEGATIVE_MARGIN
from roleplay.scoring.size_remark import weighs_their_load
from roleplay.scoring.specifics import names_specifics
from roleplay.scoring.split_work import OWN_SIDE, splits_work
from roleplay.scoring.subject_change import changes_subject
from roleplay.scoring.their_story import carries_their_story
from roleplay.scoring.veiled_threat import veiled_threat
from roleplay.scoring.wording import (
    CONDESCENDING,
    INSTRUCTION,
    REFLECTIVE_OPENING,
    SECOND_PERSON,
    STEERING,
    about_others,
    about_the_speaker,
    about_them,
    advice_wording,
    general_statement,
)

# A wish for them: "I hope your team will be fine", "Hope the move goes smoothly for you" - not
# the sarcastic or reproachful forms ("I hope you're happy now", "I hope you learn from this").
WISHES_THEM_WELL = caseless(
    r"^\W*(?:(?:and|well|so|oh|really),? )?(?:i |we )?(?:really |truly |do |just |sincerely )?"
    r"hope (?:that )?(?:you|your|they|their|the|everything|things|it|he|she|his|her)\b"
    r"(?![^.?!]*\b(?:happy now|satisfied|learn\w*|realis\w*|realiz\w*|regret\w*|lesson|"
    r"next time|know what you|understand what|stop\w*|finally|deserve\w*|worth it|proud of "
    r"yourself)\b)"
)
# Rule 130: a question of a question word alone ("When?", "How so?", "What next?") asks, and
# the cue layer credits it as a question; the encoder reads no act in it ("When?" came out as
# affirming their strength), and a run of them ("What happened? When? Who? Why? How?") is an
# interrogation with nothing of theirs in it, not six acts of listening.
BARE_QUESTION = caseless(
    r"^\W*(?:(?:and|so|but|ok|okay|right),? )?(?:who|what|when|where|why|how|which|whose|whom)"
    r"(?: (?:so|else|next|now|then|exactly|again))?\W*$"
)
RAPID_FIRE = 3  # bare questions in one reply that make a cross-examination
CUE_ACT_STRENGTH = 0.8  # an act named by its wording (the patterns below are precise)
FAINT = 0.6  # ... when the encoder found no act or one weaker than this
REFLECTION_SIMILARITY = 0.62  # closeness to a partner sentence that counts as restating it
# a sentence about the speaker this long tells their own story ("I'd like that" does not)
STORY_WORDS = 5

# Acts a question does not perform: a question that reads like one of these is named by its
# wording when it can be (a curious question, a proposal, a trade).
NOT_QUESTION_ACTS = frozenset(
    {
        "validation",
        "affirmation",
        "reflection",
        "stock_phrase",
        "appreciation",
        "apology",
        "concession",
        "reason_for_no",
        "offer_help",
        "self_focus",
        "advice",  # a question gives advice by its wording ("Why don't you just ...?")
    }
)
# Acts that cost points: a question the encoder reads as one of these only faintly (no clear
# margin) is named by its wording instead ("What would help you most ...?" is not blame).
NEGATIVE_ACTS = frozenset(
    {
        "blame",
        "dismissal",
        "threat",
        "insult",
        "sarcasm",
        "self_focus",
        "undervalue",
        "condescension",
    }
)
# Costly acts the encoder confuses with a commitment that shares their words ("Happy to
# present it myself, and I'll keep you posted" read as blame, "I'd like to come along and tell
# your VP myself" as interrogation): without a hostile act's clear margin, the wording decides.
COMMITMENT_CONFUSED = frozenset({"blame", "interrogation"})
# the acts a cave does not perform (rule 221): it helps, proposes and trades nothing
CAVE_CLEARED = frozenset({"offer_help", "proposal", "trade", "concession"})
# A commitment from the speaker's side, or what the partner will receive.
# "I can see / tell / imagine ..." perceives; it commits to nothing
_PERCEIVES = (
    r"(?! (?:see|tell|hear|imagine|understand|appreciate|relate|sense|feel|guess|only imagine))"
)
COMMITMENT = caseless(
    r"\b(?:(?:i|we)(?:'ll| will| can(?!'t|not| not)"
    + _PERCEIVES
    + r"| could(?! not|n't)"
    + _PERCEIVES
    + r")|(?:my|our) \w+ (?:will|can"
    r"(?!'t|not| not)|could(?! not|n't))|let me|happy to|glad to|please do|here's (?:a|my|what)|"
    r"you(?:'ll| will) (?:have|get|hear|see|receive)|(?:it|that|this)(?: one)?(?:'s| is) "
    r"(?:all )?mine|i own (?:it|this|that)|"
    r"count on me|consider it done|you have my word)\b",
)
# An interrogation asks: a statement that does not even open like a question does not.
QUESTION_OPENING = re.compile(r"^\W*(?:so |and |but |then )?(?:why|how|who|what)\b", re.I)
# A statement with a question tag at its end ("..., would you?", "..., right?"): it asks nothing
TAG_QUESTION = re.compile(
    r",\s*(?:(?:would|wouldn't|do|don't|did|didn't|does|doesn't|will|won't|can|can't|could|"
    r"couldn't|should|shouldn't|is|isn't|are|aren't|was|wasn't|have|haven't)(?:\s+(?:you|it|they|"
    r"we|he|she|i))?|right|ok|okay|yeah|eh)\s*\?+\s*$",
    re.IGNORECASE,
)
_ALNUM = re.compile(r"[a-z0-9]+")
# Question functions the cue layer can name precisely (checked at the start of a sentence).
INTERROGATION = re.compile(
    r"^\W*(?:so |and |but )?(?:why (?:did|didn't|did not|would|wouldn't|were|weren't|was|wasn't|"
    r"isn't|aren't|haven't|hasn't|doesn't)(?: you| your| this| that| it| nobody| no one| anyone)|"
    r"why (?:is|are|do|does|have|has) (?:you|your|this|that|it|nobody)\b[^?]*\b(?:keep|always|"
    r"never|still|so|even|not)\b|how (?:could|can|did|come) you|who (?:approved|decided|told|said)|"
    r"what were you thinking|"
    # weighing their claim against others' ("Why do you think you deserve it more than the
    # others?", "Why should you get it over Sam?")
    r"why (?:do|would|should) you (?:think |feel |believe )?(?:that )?you (?:deserve|should get|"
    r"are owed|have earned)|why should you (?:get|have) (?:it|this|that|the(?: \w+){1,3}) (?:over|before|"
    r"instead of)|"
    # a question that looks for their fault ("What did she do to start it?")
    r"what did (?:you|she|he|they|your \w+) do (?:to (?:start|cause|deserve|provoke|make|upset|"
    r"annoy|trigger|bring|set)|wrong)\b)",
    re.IGNORECASE,
)
# A question about how they, or someone of theirs, are or were ("How is she coping with it?",
# "How has your mood been?", "What was she like?", "How are you holding up?").
EXPERIENCE_QUESTION = re.compile(
    r"^\W*(?:[^,?]{0,40}(?:,| -|:) )?(?:so |and |but )?(?:how (?:are|is|was|were|has|have|did|do|"
    r"does|are things|is everything)\b[^?]{0,40}\b(?:doing|coping|feeling|feel|holding up|"
    r"managing|getting on|going|been|taking it|now|sleeping|bearing up)\b|"
    r"what (?:was|is|were|are) (?:she|he|it|they|that|this|your \w+|their \w+)(?: \w+){0,2} like\b|"
    r"what (?:has|have) (?:it|that|this|things|the \w+) been like\b)[^?]*\?\s*$",
    re.IGNORECASE,
)
# A trade names both sides of an exchange or a condition; without such wording the encoder's
# "trade" is a sentence that shares a trade's words ("It sounds like Friday is tight").
EXCHANGE = caseless(
    r"\b(?:if|unless|in (?:exchange|return)|as long as|so long as|provided|on condition|swap|"
    r"trade(?![- ]offs?\b)|(?:and|then|while|,) you(?:'ll| will| can| could| take| keep| get| do))\b",
)
# "..., and I'll ..." (split_work.OWN_SIDE) is an exchange only when they are the other side
# ("You take Monday and I'll take Thursday"); two commitments of the speaker's ("From today the
# lead updates it, and I'll send you the timeline") trade nothing.
THEIR_SIDE = caseless(r"\byou(?:'ll| will| can| could| take| keep| get| do| have| give| send)\b")
# Someone other than the partner reported something to the speaker ("two juniors told me
# they're nervous"): the sentence neither validates nor restates the partner.
THIRD_PARTY_REPORT = caseless(
    r"(?<!\byou )(?<!\bu )\b(?:told|tell|tells|said|says|mentioned)(?: to)? (?:me|us)\b"
)
# A story of the speaker's own ("My dad was the same, ...", "When I had mine, ..."), not a
# comment of theirs on the partner's ("I bet it feels huge").
STORY_OPENING = re.compile(
    r"^\W*(?:(?:when|after|before|once) i\b|my \w+|i (?:was|had|went|did|got|used to|remember|"
    r"once)\b|we (?:had|went|were|did)\b)",
    re.I,
)
# A curious question without a question mark: an invitation to say more.
# "Tell me about it." closing the sentence, or followed by the speaker's own side ("Tell me
# about it, mine's the same"), is the idiom of commiseration: it asks for nothing.
INVITATION = caseless(
    r"\b(?:tell me (?:more|what|how|about(?! it(?:\W*$|\W+(?:mine|my|i|i'm|we|we're|ours|our|"
    r"same|it's|that's)\b)))|walk me through|help me understand|i'd (?:like|love) "
    r"to (?:hear|know|understand)|i'm curious|i wonder)\b",
)
# Advice in question form (rule 31a): a remedy put to them as "have you / did you (already)
# done it?" - "Have you checked whether your bank can block it?", "Have you asked the clinic
# whether ...?", "Did you look into a part-time course?" - not a question about what happened or
# how they are ("Have you told anyone how you feel?", "Did you sleep at all?").
ADVICE_QUESTION = re.compile(
    # at the start, or after warm words and a "but" (rule 42: "I want you to know there's no
    # judgement here, but have you considered that you might be an alcoholic?")
    r"^(?:[^?]{0,200}?, (?:but|so|and) )?\W*(?:so |and |but |well,? |ok(?:ay)?,? )?(?:why (?:don't|do not|not|can't|cannot) (?:you )?"
    r"(?:just |simply )?|(?:have|did|had) you (?:already |ever |even |thought to |considered )?"
    r"(?:tried|try|considered|consider|thought about|think about|checked|check|looked into|look "
    r"into|made sure|make sure|asked (?:\w+ ){0,3}(?:whether|if)|ask (?:\w+ ){0,3}(?:whether|if))"
    r"\b|can't you just|couldn't you just|"
    r"wouldn't it be (?:easier|better))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    act: SentenceAct
    repeat: bool
    cave: bool = False  # gives in to their demand with a resigned yes (caving.py)
    elsewhere: bool = False  # a question on another subject than their line (rule 53)
    closed: bool = False  # a closed question for a detail their line did not raise (rule 53)
    shifted: bool = False  # moves the talk to a matter of its own (rule 174; part of elsewhere)

    @property
    def words(self) -> int:
        return len(self.text.split())

    def without_act(self) -> Sentence:
        """The sentence read as performing no act (a rule overruled the encoder's reading)."""
        return replace(self, act=self.act.cleared())


def read_sentences(reply: str, partner: str, bank: ActBank, cache: EncodingCache) -> list[Sentence]:
    spans = split_sentences(reply)
    texts = [reply[s:e] for s, e in spans]
    partner_texts = [partner[s:e] for s, e in split_sentences(partner)]
    both = cache.encode(texts + partner_texts)  # one call: one tokenizer pass
    vectors = both[: len(texts)]
    acts = bank.classify(vectors)
    if partner_texts and texts:
        # Python floats (exactly the float32 values): each is compared a few times below
        closeness: list[float] = (vectors @ both[len(texts) :].T).max(axis=1).tolist()
    else:
        closeness = [0.0] * len(texts)
    seen: set[str] = set()
    out: list[Sentence] = []
    bare: list[int] = []  # where the questions of a question word alone are (rule 130)
    # rule 441 reads a reply that only asks: after something said, a closed question follows up
    asking_only = all(t.rstrip().endswith("?") for t in texts)
    for (start, end), text, act, close in zip(spans, texts, acts, closeness, strict=True):
        key = " ".join(_ALNUM.findall(text.lower()))  # its words, whatever lies between
        repeat = key in seen
        seen.add(key)
        question = text.rstrip().endswith("?")
        blank_cheque = not question and over_promises(text, reply, partner)  # rule 215
        cave = blank_cheque or (not question and caves(text, reply[:start]))
        act = severity.weighed(act, text, question)  # agreeing it is bad vs making it smaller
        if act.act == "curious_question" and not question and not INVITATION.search(text):
            act = act.cleared()  # a statement asks nothing
        if act.act in ("validation", "reflection") and THIRD_PARTY_REPORT.search(text):
            act = SentenceAct("", 0.0, act.similarity, act.margin)  # not the partner's
        if act.act == "affirmation" and (about_the_speaker(text) or about_others(text)):
            act = SentenceAct("", 0.0, act.similarity, act.margin)  # not about them
        if act.act in NOT_AFFIRMING and gloomy(text):
            act = act.cleared()  # "Nothing is going to be ready for the show" (rule 34)
        if act.act == "validation" and own_story(text) and STORY_OPENING.search(text):
            # the speaker's own story ("My dad was the same, he got over it in a year") shares
            # theirs; it does not acknowledge what they feel
            act = SentenceAct("", 0.0, act.similarity, act.margin)
        if act.act == "trade" and not exchanges(text):
            act = SentenceAct("", 0.0, act.similarity, act.margin)  # no exchange, no trade
        if (
            close >= REFLECTION_SIMILARITY
            and not question
            and not OFFERS.search(text)
            and not splits_work(text)  # a split of the work is no restatement (rule 150)
            and (act.act != "information" or SECOND_PERSON.search(text))
            and not own_story(text)  # the speaker's own experience is not a restatement
            and not general_statement(text)  # nor is a general statement of fact
            and not STEERING.search(text)  # nor is telling them what to do or not to feel
            and not INSTRUCTION.search(text)  # "Fix your recipe." (rule 31g, extended)
            and not cave  # nor is giving in to it ("Fine, we'll go with X then")
        ):
            # closer to what they said than to any act: it restates their point
            if act.act in ("", "reflection", "stock_phrase") or act.similarity < close:
                strength = min(1.0, (close - REFLECTION_SIMILARITY) / 0.2 + 0.5)
                act = SentenceAct("reflection", strength, close)
        if (
            REFLECTIVE_OPENING.search(text)
            and (act.act != "reflection" or act.strength < CUE_ACT_STRENGTH)
            and not (act.act in NEGATIVE_ACTS and act.margin >= HOSTILE_MARGIN)
        ):
            # restating their side in the speaker's own words, whatever act it resembled (and
            # as clearly as its wording when the encoder read a faint reflection)
            act = SentenceAct("reflection", max(CUE_ACT_STRENGTH, act.strength), 0.0, 0.0)
        if (
            not question
            and advice_wording(text)
            and (act.act not in NEGATIVE_ACTS or act.margin < HOSTILE_MARGIN)
        ):
            # recommending by evaluation, or advice under a reflective opener ("It sounds like
            # you need to ..."): advice as clear as its wording
            act = SentenceAct("advice", CUE_ACT_STRENGTH, 1.0, 1.0)
        if (
            not question
            and act.act in ACK_ACTS
            and act.strength < FAINT
            and general_statement(text)
        ):
            # a general statement of fact read faintly as an acknowledgement ("Nausea from chemo
            # is usually worst in the first three days" near validation): it informs
            act = SentenceAct("information", act.strength, act.similarity, act.margin)
        put_down = CONDESCENDING.search(text)
        if put_down is not None and not in_their_voice(text, put_down.start()):
            # a put-down in polite words: as clear as its wording (not inside a frame of their
            # own feeling: "I see why it feels like nobody asked you", rule 78)
            act = SentenceAct("condescension", CUE_ACT_STRENGTH, 1.0, 1.0)
        elif judges_person(text):
            # "Honestly that sounds a bit selfish.", "Maybe you're just too sensitive.": a
            # judgement of their character or ability in mild words talks down (rule 460)
            act = SentenceAct("condescension", CUE_ACT_STRENGTH, 1.0, 1.0)
        if (not question or TAG_QUESTION.search(text)) and veiled_threat(text):
            # (a statement with a question tag states: "You wouldn't want this on your record,
            # would you?", rule 89)
            # "It would be a shame if your review suffered": a threat as clear as its wording
            act = SentenceAct("threat", CUE_ACT_STRENGTH, 1.0, 1.0)
        if not question and sanction_threat(text):
            # "if you raise your voice again I'll have you removed": a harm to them on a
            # condition of theirs is a threat as clear as its wording (rule 352)
            act = SentenceAct("threat", CUE_ACT_STRENGTH, 1.0, 1.0)
        if (
            not question
            and (overrules_them(text, partner) or denies_their_account(text, partner))
            and not (act.act in NEGATIVE_ACTS and act.margin >= HOSTILE_MARGIN)
        ):
            # "Don't be silly, of course you deserve it!" (rule 43), "Our games don't crash."
            # (rule 44): their feeling or their account overruled, as clearly as the wording
            act = SentenceAct("dismissal", CUE_ACT_STRENGTH, 1.0, 1.0)
        if act.act == "interrogation" and not question and not QUESTION_OPENING.search(text):
            act = act.cleared()  # a statement asks nothing
        # a question that costs points must be clearly so ("Would you be willing to go through
        # my deck with me?" is near "plays down what they need")
        # ... and so must a question read as interrogating ("How is she now?" was, with no margin)
        unclear_negative = (
            act.act in NEGATIVE_ACTS or (question and act.act == "interrogation")
        ) and act.margin < (HOSTILE_MARGIN if question else NEGATIVE_MARGIN)
        confused = (
            act.act in COMMITMENT_CONFUSED
            and act.margin < HOSTILE_MARGIN
            and COMMITMENT.search(text) is not None
        )
        if (
            act.strength < FAINT
            or confused
            or unclear_negative
            or (question and act.act in NOT_QUESTION_ACTS)
            or (act.act == "stock_phrase" and names_specifics(text))
        ):
            # the encoder found no act, only a faint one, a costly one without a clear margin
            # ("Just stop calling her then" near dismissal: the wording says advice), or one a
            # question cannot perform
            for name, pattern in CUE_ACTS if "?" in text else STATEMENT_CUE_ACTS:
                if pattern.search(text):
                    # a costly act named by its wording is as clear as its wording
                    clear = 1.0 if name in NEGATIVE_ACTS or name == "advice" else 0.0
                    act = SentenceAct(name, CUE_ACT_STRENGTH, clear, clear)
                    break
            else:
                if confused:  # commitment wording that names no act: not blame either
                    act = SentenceAct("", 0.0, act.similarity, act.margin)
        if (
            act.act in NEGATIVE_ACTS
            and act.margin < HOSTILE_MARGIN
            and not question
            and WISHES_THEM_WELL.search(text) is not None
        ):
            # "I hope your team will be fine until the hire lands.": a wish for them, which
            # the encoder can read close to blame; not a costly act without a clear margin
            # (rule 72; "I hope you're happy now" and "I hope you learn from this" are no wish)
            act = SentenceAct("", 0.0, act.similarity, act.margin)
        if act.act == "validation" and discloses_own(text):
            # the speaker's own state or need ("I'm very concerned", "We need the licences for
            # the audit"): self-disclosure, no acknowledgement of theirs (rule 45),
            # whether the encoder or its wording named it
            act = SentenceAct("", 0.0, act.similarity, act.margin)
        if act.strength < FAINT and not question and offers_after_but(text):
            # "I'm not moving the date, but I can lend you one engineer for six weeks": the no,
            # then what the speaker will do instead (rule 37)
            act = SentenceAct("offer_help", CUE_ACT_STRENGTH, 0.0, 0.0)
        if (
            not question
            and (act.strength < FAINT or act.act in NEGATIVE_ACTS)
            and not (act.act in NEGATIVE_ACTS and act.margin >= HOSTILE_MARGIN)
            and offers_on_condition(text)
        ):
            # "Add the report as a citation and I'll leave it": a curt compromise, not an
            # ultimatum (rule 31c)
            act = SentenceAct("trade", CUE_ACT_STRENGTH, 0.0, 0.0)
        if (
            partner_texts  # nothing to reflect without their line
            and not question
            and (act.strength < FAINT or (act.act in NEGATIVE_ACTS and act.margin < HOSTILE_MARGIN))
            and COMMITMENT.search(text) is None
            and not OFFERS.search(text)
            and about_them(text)
        ):
            # a statement about them that no wording named and the encoder read faintly, or as a
            # costly act without a hostile act's margin ("Caring for him has taken a great deal
            # out of you" near dismissal): it reflects their feeling or meaning
            act = SentenceAct("reflection", CUE_ACT_STRENGTH, 0.0, 0.0)
        if (
            partner_texts
            and not question
            and (act.strength < FAINT or (act.act in NEGATIVE_ACTS and act.margin < HOSTILE_MARGIN))
            and COMMITMENT.search(text) is None
            and not OFFERS.search(text)
            and not INSTRUCTION.search(text)
            and not advice_wording(text)
            and not own_story(text)
            and not general_statement(text)
            and not cave
            and not gloomy(text)
            and carries_their_story(text, partner, close)
        ):
            # "She didn't know you.", "The comments are making it worse.": an inference about
            # someone or something of theirs that the encoder read faintly (rule 73)
            act = SentenceAct("reflection", CUE_ACT_STRENGTH, 0.0, 0.0)
        if (
            (act.strength < FAINT or (act.act in NEGATIVE_ACTS and act.margin < HOSTILE_MARGIN))
            or (act.act == "reflection" and act.strength < CUE_ACT_STRENGTH)
        ) and weighs_their_load(text, partner):
            # "A quarter early is a big jump": their point restated by weighing its size
            act = SentenceAct("reflection", CUE_ACT_STRENGTH, 0.0, 0.0)
        if act.strength < FAINT and partner_texts and restates_in_fragment(text, partner):
            # "Two sources, five minutes.": their point handed back without a verb (rule 41)
            act = SentenceAct("reflection", CUE_ACT_STRENGTH, 0.0, 0.0)
        if not question and INVITATION.search(text) and act.act in ("", "advice", "interrogation"):
            # "Tell me more about last night" invites them to say more; it instructs no one
            act = SentenceAct("curious_question", CUE_ACT_STRENGTH, 0.0, 0.0)
        if (
            not question
            and easy_story(text)
            and COMMITMENT.search(text) is None
            and not (act.act in NEGATIVE_ACTS and act.margin >= HOSTILE_MARGIN)
        ):
            # "We were short-staffed last year too, I just worked weekends.": the speaker's
            # own story of getting past it easily turns the focus to the speaker (rule 177)
            act = SentenceAct("self_focus", CUE_ACT_STRENGTH, 1.0, 1.0)
        # rule 53, read once here: the scorer's engagement test and closed_for_a_fact use them
        # ... and rule 441's closed question for a fact about them in a reply that only asks
        # ("How many units do you drink in a week?", "Have you got a follow-up appointment?")
        closed = question and (
            closed_fact(text, partner) or (asking_only and closed_about_them(text))
        )
        # ... or a question or proposal that moves the talk to another matter (rule 174)
        shifted = changes_subject(text, partner, reply[:start])
        elsewhere = shifted or (question and off_topic(text, partner, close))
        if question:
            if ADVICE_QUESTION.search(text) or remedy_question(text):
                act = SentenceAct("advice", 1.0, 1.0, 1.0)
            elif INTERROGATION.search(text):
                act = SentenceAct("interrogation", 1.0, 1.0, 1.0)
            elif act.act == "curious_question" and EXPERIENCE_QUESTION.search(text):
                # asking how they (or someone of theirs) are, or what it was like: the open
                # question of support work, fully
                act = SentenceAct("curious_question", 1.0, act.similarity, act.margin)
            elif asks_their_reasons(text) or turns_back(text, reply[:start], partner):
                # asking what they need or prefer, or why: the interest behind their position
                # (rule 19), whatever act the encoder read ("Why do you prefer Tuesday?" near
                # advice, "Could you tell me why you want it?" near interrogation)
                act = SentenceAct("curious_question", 1.0, act.similarity, act.margin)
            elif (act.act == "curious_question" and closed) or (
                act.act not in NEGATIVE_ACTS and elsewhere
            ):
                # "Was she old?", "What is for lunch today?": a detail their line did not
                # raise, or another subject, asks about nothing of theirs (rule 53)
                act = act.cleared()
        if shifted and act.act not in NEGATIVE_ACTS:
            # "Let's talk about the parking scheme instead.", "How are the kids doing these
            # days?": another matter, whatever act the wording performs (rule 174)
            act = act.cleared()
        if question and BARE_QUESTION.search(text):
            act = act.cleared()  # "When?", "Who?", "What next?": too short to carry an act (130)
            bare.append(len(out))
        if cave and act.act in CAVE_CLEARED and (gives_all(text) or blank_cheque):
            # "That would gut the launch, but OK, I'll cut the full 30%": giving it all away
            # offers, proposes and trades nothing (rule 221)
            act = act.cleared()
        out.append(Sentence(start, end, text, act, repeat, cave, elsewhere, closed, shifted))
    if len(bare) >= RAPID_FIRE:
        # "What happened? When? Who? Why?": question words fired at them, a cross-examination
        grilled = SentenceAct("interrogation", 1.0, 1.0, 1.0)
        out = [replace(s, act=grilled) if i in bare else s for i, s in enumerate(out)]
    return out


def exchanges(text: str) -> bool:
    """The sentence names both sides of an exchange or a condition."""
    if EXCHANGE.search(text):
        return True
    own = OWN_SIDE.search(text)
    if own is not None and THEIR_SIDE.search(text[: own.start()]) is not None:
        return True  # "You take Monday and I'll take Thursday"
    return splits_work(text)  # "You present the part your team built, and I'll ..." (rule 150)


def own_story(text: str) -> bool:
    """The speaker tells of themselves ("My biopsy took twenty minutes", "I had the same scan")
    without committing to anything ("My team will load the contacts" commits)."""
    return (
        len(text.split()) >= STORY_WORDS
        and about_the_speaker(text)
        and COMMITMENT.search(text) is None
        and not OFFERS.search(text)
    )


def sentence_at(sentences: list[Sentence], span: tuple[int, int] | None) -> Sentence | None:
    if span is None:
        return None
    at = span[0]
    for s in sentences:  # a plain loop: called for every evidence item, often
        if s.start <= at < s.end:
            return s
    return None
