"""Contrast pairs for the semantic scorer, written BEFORE it was tuned and never edited after.

Sixteen work situations across domains (engineering, sales, healthcare, HR, operations, public
sector, education, finance, legal, retail, logistics, research, hospitality, facilities, media,
non-profit). For each, the same partner line and one reply per move; `PAIRS` crosses them into
(dimension, partner, better, worse, note) tuples. The better reply is shorter in about half of
them. `PROBES` are gaming attempts that must rank below the situation's plain decent reply on
overall: stuffing, repetition, insult inside warm words, sarcasm, keyboard mash, empty, emoji
and other languages (an unscorable reply ranks below any scored one).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Situation:
    domain: str
    partner: str
    reflect: str  # restates their point in other words
    question: str  # curious, open, about their needs
    interrogate: str  # accusing "why didn't you" question
    advise_q: str  # advice disguised as a question
    validate: str  # names a feeling that fits their line
    sarcasm: str  # warm words, mocking meaning
    dismiss: str  # brushes the feeling off
    propose: str  # a concrete option
    trade: str  # conditional exchange
    ultimatum: str  # position, threat or demand
    decent: str  # a plain decent reply: acknowledges, engages, moves forward


SITUATIONS: tuple[Situation, ...] = (
    Situation(
        "engineering",
        "The release is Friday and QA keeps finding bugs. I'm honestly exhausted.",
        "So the bugs keep coming and Friday isn't moving.",
        "Which of the open bugs worry you most for Friday?",
        "Why didn't you catch these bugs before QA did?",
        "Why don't you just stop fixing the minor ones?",
        "That sounds exhausting, chasing bugs right up to a release.",
        "Oh no, a few bugs, however will you survive the week.",
        "Everyone is tired before a release, it's not a big deal.",
        "Could we ship Friday with the two blockers fixed and move the rest to a patch next week?",
        "If you triage the list today, I'll take the two nastiest bugs myself.",
        "Friday is final. Fix them all or I escalate it.",
        "That's a rough week. Which bugs are blockers? I can take one of them so Friday holds.",
    ),
    Situation(
        "sales",
        "The client says our price is 20% too high and they're talking to a competitor.",
        "They're weighing us against someone cheaper, and the gap is about a fifth.",
        "What does the client value most apart from the price?",
        "Why did you let them start talking to a competitor?",
        "Why don't you just give them the discount?",
        "That must be stressful with the quarter this close.",
        "Wow, a client who wants a discount, what a shock, you poor thing.",
        "Clients always say that, stop worrying about it.",
        "We could offer a two-year term at a lower yearly price instead of cutting the list price.",
        "If they sign for two years, I can get finance to approve a ten percent reduction.",
        "Tell them the price stands, take it or leave it.",
        "That's worrying. What else matters to them besides price? A longer term might close the gap.",
    ),
    Situation(
        "healthcare",
        "I've had three double shifts this week and now I'm told to cover the weekend too.",
        "You've already done three doubles and now the weekend lands on you as well.",
        "What would make the weekend manageable for you, if anything?",
        "Why didn't you say no to the extra shifts earlier?",
        "Why don't you just call in sick?",
        "You must be worn out after three doubles.",
        "Oh you poor dear, working at a hospital, who could have guessed.",
        "Everyone does doubles here, that's the job.",
        "What if you cover Saturday only and I ask the float pool for Sunday?",
        "If you take Saturday morning, I'll make sure you get Monday off.",
        "Either you cover the weekend or I report it to the director.",
        "Three doubles is a lot. Let me ask the float pool for Sunday; could you manage Saturday?",
    ),
    Situation(
        "hr",
        "I got passed over for the promotion again, after months of weekend work.",
        "You put in the weekends and the promotion still went to someone else.",
        "What were you hoping the promotion would change for you?",
        "Why didn't you ask for feedback after the first time?",
        "Why don't you just apply somewhere else?",
        "That's really disappointing after all that extra effort.",
        "Aww, no promotion, my heart bleeds for you.",
        "Promotions are political, don't take it personally.",
        "Could we sit down with your manager and map what the next round needs, with dates?",
        "If you lead the Q3 project, I'll make the case for you at the next review.",
        "Stop complaining or you'll be first on the next layoff list.",
        "I'm sorry, that's disappointing. What would the role have given you? Let's plan the next round together.",
    ),
    Situation(
        "operations",
        "The warehouse is short four people and the trucks leave at six regardless.",
        "With four people missing, the six o'clock trucks don't wait for anyone.",
        "Which loads matter most to get on the six o'clock trucks?",
        "Why didn't you plan for absences this week?",
        "Why don't you just work faster?",
        "That's a lot of pressure with the trucks on a fixed clock.",
        "Oh no, boxes and trucks, what a tragedy, truly.",
        "Short staff happens every week, deal with it.",
        "Could we load the priority orders first and send the rest on the nine o'clock run?",
        "If you tell me the priority loads, I'll lend you two people from returns until six.",
        "The trucks leave full at six or heads will roll.",
        "That's tight. Which loads are priority? I can lend you two people from returns until six.",
    ),
    Situation(
        "public sector",
        "Residents are furious that the permit office closed early again without notice.",
        "People turned up and found the office shut early, with no warning, again.",
        "What would help residents most until the hours are fixed?",
        "Why didn't anyone post a notice on the door?",
        "Why don't residents just use the website?",
        "I can see why they're angry, being turned away with no warning.",
        "How awful, citizens having to wait, what a catastrophe.",
        "People always complain about the council, ignore it.",
        "Could we post the hours online and keep one counter open until five for a month?",
        "If you draft the notice, I'll get the extra counter hours approved today.",
        "The office closes when I say so, end of discussion.",
        "Their anger makes sense. What would help them most? We could keep one counter open till five.",
    ),
    Situation(
        "education",
        "Half my class failed the midterm and parents are emailing me every day.",
        "Half the class didn't pass, and now parents are in your inbox daily.",
        "What do you think tripped the students up on the midterm?",
        "Why did you write such a hard exam?",
        "Why don't you just curve the grades?",
        "That sounds draining, with parents writing every day.",
        "Oh dear, teenagers failing a test, the world is ending.",
        "Parents always email, it's nothing.",
        "Could we offer a review session and a retake on the two hardest topics?",
        "If you run the review session, I'll answer the parents with a joint letter.",
        "Fix the grades by Monday or the principal hears about it.",
        "That's draining. What tripped them up? A review session and a retake on two topics could help.",
    ),
    Situation(
        "finance",
        "I need 30% out of your Q3 budget. The board wants the numbers by Friday.",
        "The board needs the figures Friday and you're looking for almost a third of my Q3.",
        "What is the board trying to protect with the 30%?",
        "Why are you only telling me this now?",
        "Why don't you just cut marketing instead?",
        "That's a lot of pressure from the board with Friday so close.",
        "Oh wonderful, another budget cut, how delightful for you.",
        "Budgets get cut every year, calm down.",
        "Could we phase it, 15% this quarter and the rest next, tied to the hiring freeze?",
        "If you give me until Monday, I'll bring a 15% cut with the risks spelled out.",
        "You get nothing from my budget. Find it somewhere else.",
        "That's a tight deadline. What is the board after? I could find 15% now and phase the rest.",
    ),
    Situation(
        "legal",
        "The contract review has to be done by tomorrow, and I still have forty pages.",
        "Forty pages left and the deadline is tomorrow.",
        "Which sections of the contract carry the most risk?",
        "Why did you leave forty pages until the last day?",
        "Why don't you just skim the boilerplate?",
        "That's a heavy load for one evening.",
        "Poor you, reading a contract, what a hardship for a lawyer.",
        "Lawyers read all night all the time, it's nothing.",
        "Could I take the indemnity and liability sections so you can focus on the rest?",
        "If you flag the pages that need a second read, I'll review them tonight.",
        "Finish it tonight or don't bother coming in.",
        "Forty pages is a lot. Which sections carry the risk? I can take the liability part tonight.",
    ),
    Situation(
        "retail",
        "Customers keep yelling at me about the broken card reader and I can't fix it.",
        "People are taking out the card reader problem on you, and it's not yours to fix.",
        "What would make the next few hours at the till easier for you?",
        "Why didn't you report the card reader yesterday?",
        "Why don't you just tell them to pay cash?",
        "That sounds awful, being shouted at for something you can't fix.",
        "Oh no, grumpy shoppers, how will you ever cope.",
        "Customers yell, you'll get used to it.",
        "Could we put a sign at the door and send card payments to the second till?",
        "If you keep the queue moving, I'll call the repair line and stand by the reader.",
        "Stop whining and keep the till open.",
        "Being yelled at is awful. I'll call the repair line and put up a sign; can you move card payers to till two?",
    ),
    Situation(
        "logistics",
        "The supplier delayed the parts by two weeks and our customer launch can't slip.",
        "The parts are two weeks late but the customer's launch date is fixed.",
        "Which parts does the launch truly depend on?",
        "Why didn't you have a backup supplier lined up?",
        "Why don't you just switch suppliers tomorrow?",
        "That's a stressful spot to be in with a fixed launch.",
        "A two-week delay, oh the horror, how brave you are.",
        "Suppliers are always late, not worth worrying about.",
        "Could we airfreight the critical parts and ship the rest by sea as planned?",
        "If you get me the critical part list, I'll negotiate partial delivery with the supplier.",
        "The launch doesn't move. Make it happen or you're off the account.",
        "That's stressful. Which parts does launch depend on? We could airfreight those and ship the rest.",
    ),
    Situation(
        "research",
        "Reviewer two wants three new experiments and the resubmission is due in a month.",
        "Three more experiments in a month, for one reviewer.",
        "Which of the three experiments would change the conclusions most?",
        "Why didn't you run those controls in the first place?",
        "Why don't you just ignore reviewer two?",
        "That sounds overwhelming with a month to go.",
        "Oh no, a reviewer with opinions, truly unheard of.",
        "Reviewers always ask for more, it doesn't matter.",
        "Could we run the one key control and answer the other two with an argument and existing data?",
        "If you write the response letter, I'll run the control experiment this week.",
        "Do all three or I take my name off the paper.",
        "That's overwhelming. Which experiment matters most? We could run that one and argue the others.",
    ),
    Situation(
        "hospitality",
        "We're double-booked for the wedding on Saturday and the couple is in tears.",
        "Two bookings for one Saturday, and the couple is heartbroken.",
        "What matters most to the couple about their day?",
        "Why did you accept a second booking?",
        "Why don't you just cancel the other event?",
        "That must be awful for them, and for you.",
        "How tragic, a wedding hiccup, someone alert the news.",
        "Weddings always have drama, they'll get over it.",
        "Could we offer the couple the garden terrace with the ballroom menu at no extra cost?",
        "If they take the terrace, I'll cover the flowers and the band's overtime.",
        "Tell them it's their problem, the contract is clear.",
        "That's awful for them. What matters most to the couple? We could offer the terrace at our cost.",
    ),
    Situation(
        "facilities",
        "The office heating has been broken for a week and people are working in coats.",
        "A whole week without heat, and people are sitting in their coats.",
        "What would make the office bearable until the repair?",
        "Why wasn't the heating serviced in autumn?",
        "Why don't people just bring warmer clothes?",
        "That sounds miserable, a week in the cold.",
        "Oh no, a bit of cold, how will the poor things survive.",
        "It's only a week, people can toughen up.",
        "Could we bring in space heaters and let people work from home until it's fixed?",
        "If you collect who needs to be on site, I'll get heaters delivered tomorrow.",
        "Nobody works from home. Wear a coat or leave.",
        "A week in the cold is miserable. Could we get heaters in and let people work from home till it's fixed?",
    ),
    Situation(
        "media",
        "The editor cut my story to half its length an hour before print.",
        "Your piece was halved with an hour to go.",
        "What part of the story did you most want to keep?",
        "Why did you file it so long in the first place?",
        "Why don't you just quit if you don't like edits?",
        "That's frustrating after all the reporting you put in.",
        "Oh poor you, an editor edited you, what a scandal.",
        "Stories get cut every day, it's nothing personal.",
        "Could we run the full version online tonight and keep the short one in print?",
        "If you pick the two quotes to keep, I'll talk to the editor about the online version.",
        "The cut stays. Take it or pull the story.",
        "That's frustrating. Which part matters most to you? We could run the full piece online.",
    ),
    Situation(
        "non-profit",
        "Our biggest donor pulled out and I have to tell the team we may lose two positions.",
        "With the main donor gone, two jobs may go, and you're the one who has to say it.",
        "What would help you most before you talk to the team?",
        "Why didn't you diversify the funding earlier?",
        "Why don't you just fire the two newest people?",
        "That's a heavy thing to carry into a team meeting.",
        "Oh, how sad, money trouble at a charity, who'd have thought.",
        "Donors come and go, don't be dramatic.",
        "Could we apply for the bridge grant and ask the board for three months of reserves?",
        "If you draft the grant, I'll call the board chair about the reserves today.",
        "Cut the two jobs today or I'll do it myself.",
        "That's heavy. What would help before you tell them? We could try the bridge grant and reserves.",
    ),
)

GENERIC_LONG = (
    "Thank you so much for sharing this with me, I really appreciate you reaching out and I want "
    "you to know that I value you and everything you do here, and I hope things get better soon."
)
STOCK_STUFFING = (
    "I understand how you feel. I hear you. That must be hard. I appreciate you. "
    "Let's work together. We're in this together."
)
REPEATED = " ".join(["I understand how you feel."] * 15)
WE_STUFFING = "together together we we let's us our together we let's"
INSULT_IN_WARM = (
    "I understand how you feel. What matters most to you? Let's work together. "
    "Now go away, you're an idiot."
)
MASH = "asdkjh qwpoeiru zxmcnvb lkjhg"
EMPTY = ""
EMOJI = "🙂🙂👍"
FRENCH = "Je comprends, c'est beaucoup de pression. On pourrait étaler la réduction sur deux trimestres ?"
GERMAN = (
    "Das klingt anstrengend. Was ist dir dabei am wichtigsten? Wir könnten es schrittweise machen."
)
SPANISH = (
    "Entiendo, es mucha presión. ¿Qué es lo más importante para ti? Podríamos hacerlo por fases."
)

Pair = tuple[str, str, str, str, str]


def _pairs() -> list[Pair]:
    out: list[Pair] = []
    for s in SITUATIONS:
        d = s.domain
        out += [
            ("listening", s.partner, s.reflect, GENERIC_LONG, f"{d}: reflection vs long generic"),
            ("listening", s.partner, s.question, s.interrogate, f"{d}: curious vs interrogating"),
            ("listening", s.partner, s.question, s.advise_q, f"{d}: curious vs advice question"),
            ("listening", s.partner, s.reflect, s.dismiss, f"{d}: reflection vs dismissal"),
            ("empathy", s.partner, s.validate, s.sarcasm, f"{d}: validation vs sarcasm"),
            ("empathy", s.partner, s.validate, s.dismiss, f"{d}: validation vs dismissal"),
            (
                "empathy",
                s.partner,
                s.validate,
                INSULT_IN_WARM,
                f"{d}: validation vs insult in warm words",
            ),
            ("empathy", s.partner, s.validate, REPEATED, f"{d}: validation vs repetition"),
            ("empathy", s.partner, s.validate, GENERIC_LONG, f"{d}: validation vs long generic"),
            ("collaboration", s.partner, s.propose, s.ultimatum, f"{d}: proposal vs ultimatum"),
            ("collaboration", s.partner, s.trade, WE_STUFFING, f"{d}: trade vs we-stuffing"),
            (
                "collaboration",
                s.partner,
                s.propose,
                STOCK_STUFFING,
                f"{d}: proposal vs stock phrases",
            ),
            ("collaboration", s.partner, s.trade, s.dismiss, f"{d}: trade vs dismissal"),
            ("overall", s.partner, s.decent, STOCK_STUFFING, f"{d}: decent vs stock stuffing"),
            ("overall", s.partner, s.decent, s.ultimatum, f"{d}: decent vs ultimatum"),
        ]
    return out


PAIRS: list[Pair] = _pairs()

# Found by the lead's gaming probe of rule 51 (docs/scoring.md): the same stock phrases with
# commas for full stops, process talk with no matter in it, a good reflection and question said
# twice each, and a put-down after a sympathetic opening.
COMMA_STUFFING = (
    "I understand how you feel, I understand how you feel, what matters most to you, let's work "
    "together, let's work together, I understand how you feel."
)
PROCESS_TALK = (
    "I totally understand and appreciate your perspective, and together we can collaborate to "
    "find a win-win solution that works for both of us."
)
REPEATED_GOOD = (
    "It sounds like this is really hard for you. It sounds like this is really hard for you. "
    "What matters most to you? What matters most to you?"
)
# The issue's own example without its insult, and the same three stock moves in other words.
THREE_STOCK_MOVES = "I understand how you feel. What matters most to you? Let's work together."
STOCK_MOVES_REWORDED = (
    "I totally get it. What's most important to you here? Let's find a way forward together."
)
# Found by the lead's gaming probe of rules 85-86: two stock moves were enough (an
# acknowledgement and a question about what matters, nothing of theirs), and an exasperated
# "per my last email" cost nothing.
TWO_STOCK_MOVES = "I understand your concern. What matters most to you?"
TWO_STOCK_MOVES_REWORDED = "I see where you're coming from. What would you like to happen?"
EXASPERATED_STOCK = "Per my last email, I understand your concern. Let's work together."
# ... and a term of abuse the insult cues did not know (rule 87)
ABUSE_IN_WARM = "I understand how you feel, you absolute clown. What matters most to you?"
# ... and the "I understand how you feel." x15 with no full stops between (rule 88)
UNPUNCTUATED_REPEAT = " ".join(["I understand how you feel"] * 6)
# ... their work run down, and a threat to their record, in the same warm words (rule 89)
WORK_RUN_DOWN = "It's not personal, it's just that your work is sloppy. I understand your concern."
RECORD_THREAT = "I'd hate to have to mention this in your review, but I understand your concern."
PUT_DOWN_IN_SYMPATHY = (
    "I'm sure that must be stressful for you, but maybe leave this to the grown-ups."
)
# Found by the lead's probe of rules 126-128 on NEW_LINES: a stall after a stock
# acknowledgement read as a next step (78, beside), blame in an idiom, a dismissal and sarcasm
# the cues did not know.
STALL_IN_STOCK = "I understand your concern. Let's circle back on that next quarter."
BLAME_IDIOM = "I understand how you feel, and honestly you brought this on yourself."
YOU_PROBLEM = "It sounds like you're feeling overwhelmed, and frankly that's a you problem."
HARD_BEING_YOU = "You poor thing, it must be so hard being you."
# ... and from its third probe (rules 128-130): a denial and whataboutism after a stock
# acknowledgement, a volley of question words, a warm paragraph that ends "Now go away."
DENIAL_IN_STOCK = "I understand you feel that way, but that never happened."
WHATABOUT = "I hear you, but what about all the times you were late?"
QUESTION_WORDS = "What happened? When? Who? Why? How? What next?"
# ... and from a fourth probe, written after rules 126-131 (rule 132): a closed mind and
# "you're overthinking it" after an acknowledgement
CLOSED_MIND = "That's a really valid point and I appreciate it, but I've already made up my mind."
OVERTHINKING = "Let me stop you there. I understand your concern, but you're overthinking it."
# ... and from a fifth probe of 20 new kinds (rules 150-152): polite why-questions about what
# they did not do, a "split" that hands them all the work or takes the credit, a brush-off in
# policy words, a laugh, corporate filler and a claim of empathy instead of any
REPROACH_VOLLEY = (
    "Could you explain why you didn't raise this sooner? And why you didn't escalate it? And why "
    "nobody knew?"
)
ALL_THE_WORK = "You do all of it and I'll watch how it goes."
TAKE_THE_CREDIT = "You handle the hard part and I'll take the credit."
POLICY_BRUSH_OFF = "Noted. Per policy, no exceptions. Have a nice day!"
LAUGHED_OFF = "Haha, classic! That's life, mate."
CORPORATE_FILLER = "Let's leverage our synergies and circle back offline to align on deliverables."
CLAIMED_EMPATHY = "As an empathetic listener, I am now validating your feelings."
WARM_THEN_GO_AWAY = (
    "I want to start by saying that I really appreciate you bringing this to me, and I want you "
    "to know that I am fully committed to listening to you and supporting you in every way "
    "possible. Now go away."
)

GAMING = {
    "stock stuffing": STOCK_STUFFING,
    "repetition": REPEATED,
    "we-stuffing": WE_STUFFING,
    "insult in warm words": INSULT_IN_WARM,
    "keyboard mash": MASH,
    "empty": EMPTY,
    "emoji only": EMOJI,
    "french": FRENCH,
    "german": GERMAN,
    "spanish": SPANISH,
    "comma stuffing": COMMA_STUFFING,
    "process talk": PROCESS_TALK,
    "repeated reflection and question": REPEATED_GOOD,
    "put-down in sympathy": PUT_DOWN_IN_SYMPATHY,
    "three stock moves": THREE_STOCK_MOVES,
    "three stock moves, reworded": STOCK_MOVES_REWORDED,
    "two stock moves": TWO_STOCK_MOVES,
    "two stock moves, reworded": TWO_STOCK_MOVES_REWORDED,
    "exasperated reminder in stock words": EXASPERATED_STOCK,
    "term of abuse in warm words": ABUSE_IN_WARM,
    "repetition without full stops": UNPUNCTUATED_REPEAT,
    "work run down in warm words": WORK_RUN_DOWN,
    "threat to their record in warm words": RECORD_THREAT,
    "stall after a stock acknowledgement": STALL_IN_STOCK,
    "blame in an idiom": BLAME_IDIOM,
    "dismissal as their problem": YOU_PROBLEM,
    "sarcasm about being them": HARD_BEING_YOU,
    "denial after a stock acknowledgement": DENIAL_IN_STOCK,
    "whataboutism after a stock acknowledgement": WHATABOUT,
    "a volley of question words": QUESTION_WORDS,
    "warm paragraph, then go away": WARM_THEN_GO_AWAY,
    "a closed mind after an acknowledgement": CLOSED_MIND,
    "overthinking after an acknowledgement": OVERTHINKING,
    "polite why-questions about what they did not do": REPROACH_VOLLEY,
    "a split that hands them all the work": ALL_THE_WORK,
    "a split that takes the credit": TAKE_THE_CREDIT,
    "a brush-off in policy words": POLICY_BRUSH_OFF,
    "laughed off": LAUGHED_OFF,
    "corporate filler": CORPORATE_FILLER,
    "empathy claimed, not shown": CLAIMED_EMPATHY,
}

# (partner, decent reply, probe name, probe reply): the probe must rank below the decent reply.
PROBES: list[tuple[str, str, str, str]] = [
    (s.partner, s.decent, name, text)
    for s in SITUATIONS
    for name, text in [*GAMING.items(), ("sarcasm", s.sarcasm)]
]


# Eight partner lines the probe kinds were never tuned on (written by the lead in the stop of
# rules 85-102, after the probes above had been fitted to SITUATIONS), each with a plain decent
# reply: every GAMING probe must rank below it too. Printed by benchmarks/pairs.py as its own
# row; on main 33746b7, 60% of (probe, line) pairs ranked below the decent reply.
NEW_LINES: list[tuple[str, str]] = [
    (
        "My mum was diagnosed with dementia last month and I'm the only one of us who lives "
        "nearby.",
        "That's a lot to carry alone. What does a normal week with her look like now?",
    ),
    (
        "I've been sober 90 days but my team's Friday drinks are the only social thing at work.",
        "Ninety days is real work. Would it help if I suggested a Friday lunch instead, so it's "
        "not only drinks?",
    ),
    (
        "The council closed the footpath by my house and now my kids walk along the main road to "
        "school.",
        "Kids on the main road is frightening. Which stretch is worst? I can ask highways about a "
        "temporary crossing.",
    ),
    (
        "You reverted my edit to the vaccine article three times without discussing it on the "
        "talk page.",
        "You're right, I should have gone to the talk page first. Which source did you want to "
        "use?",
    ),
    (
        "I've had chest pains on and off for a week and my GP can't see me until the 20th.",
        "Chest pain for a week is worrying. Could you ring 111 today so someone checks it sooner?",
    ),
    (
        "My landlord kept my whole deposit for 'cleaning' even though I paid for a professional "
        "clean.",
        "Losing the whole deposit after paying a cleaner is maddening. Do you have the cleaner's "
        "receipt?",
    ),
    (
        "Procurement wants us to switch to the cheaper vendor, but their API failed our load test "
        "twice.",
        "Two failed load tests is a real risk. Could we share the results with procurement and ask "
        "for a paid retest?",
    ),
    (
        "I'm a new manager and my old teammates now ignore my requests in stand-up.",
        "That switch is awkward. Which requests get ignored most? We could agree norms together "
        "at the retro.",
    ),
]
NEW_LINE_PROBES: list[tuple[str, str, str, str]] = [
    (partner, decent, name, text) for partner, decent in NEW_LINES for name, text in GAMING.items()
]
