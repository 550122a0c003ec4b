"""Replies the scorer cannot read: empty, no words, another language, keyboard mash.

`unreadable_reason(reply)` returns None for a reply worth scoring, else the reason that goes into
`Score.reason`: `empty`, `no_words`, `language:xx` (ISO 639-1) or `gibberish`. The language check
counts function words of a few common languages (and the script for non-Latin alphabets); the
gibberish check asks whether the words are in the encoder's English vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import chain, repeat

from roleplay.nlp.vocabulary import characters_per_piece, whole_words

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
# The same on lower-cased ASCII text, where a letter is a-z: a character class, not a Unicode
# category look-up per character.
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
# a terminal's escape sequence (a colour code pasted with the text, "\x1b[31m"): its letters
# are not words
_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-~])")
# What is left of such a sequence when the escape character itself was lost on the way (a
# terminal or a paste dropped it, or it was typed as "^["): "[31m", "[0;1m", "[2J" and the
# arrow keys' "[A" ... "[D" with nothing after them but "[H", "[F". Its letter is not a word.
_ESCAPE_LEFTOVER = re.compile(r"(?:\^\[)?\[(?:[0-9;?]+[@-~]|[A-DFH](?![^\W\d_]))")
# A single letter right after a digit is a unit or a code, not a word: "31m" (a colour code
# missing its "\x1b["), "5m", "2x". Alone it is like "20%" or "5": no words. ("5pm" keeps its
# two letters; a word after the number is read as before.)
_UNIT_LETTER = re.compile(r"(?<=\d)[^\W\d_](?![^\W\d_])")
_DIGIT = re.compile(r"\d")  # what _UNIT_LETTER needs: without one it changes nothing

# Frequent function words per language (a word also common in English is in its list too).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and you that is it to of in for we this what with have not be are can i my your "
        "me so but if will would could should just our they about do don't it's i'm".split()
    ),
    # function words, pronouns, possessives, greetings and the commonest verbs of each language
    "fr": frozenset(
        "le la les des est et je tu vous nous une un pas que qui pour avec sur dans c'est "
        "mais on très ce cette sont être avoir au aux du il elle votre vos notre nos mon mes "
        "ton tes ses leur leurs bonjour merci oui suis sommes êtes avez avons comprends "
        "j'ai je suis désolé désolée salut".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ich du wir sie ein eine mit für auf den dem zu es was "
        "auch noch aber wie bei oder sich dass mir dir uns ihr ihre ihren ihrem mein meine "
        "dein deine unser unsere hallo danke ja nein bin bist sind habe haben verstehe "
        "tut leid".split()
    ),
    "es": frozenset(
        "el la los las es y que de en un una por para con no lo más pero muy esto está son "
        "como su al del se te hola gracias tu tus mi mis nuestro nuestra vuestro estoy estás "
        "tengo entiendo siento lo usted ustedes".split()
    ),
    "it": frozenset(
        "il lo gli della che non per con una sono questo molto anche ma ciao grazie tuo tua "
        "mio mia nostro nostra capisco sei siamo della dello perché".split()
    ),
    "pt": frozenset(
        "o os as que não uma com para por mas muito isso está são você olá obrigado obrigada "
        "sim seu sua meu minha estou entendo".split()
    ),
    "nl": frozenset(
        "de het een en van ik je niet dat is wij zijn met voor maar ook jullie uw mijn ons "
        "onze ben begrijp dank bedankt".split()
    ),
}
SCRIPTS = {
    "CYRILLIC": "ru",
    "GREEK": "el",
    "ARABIC": "ar",
    "HEBREW": "he",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "DEVANAGARI": "hi",
    "THAI": "th",
}


def _script_language(text: str) -> str | None:
    if text.isascii():
        return None
    foreign = [ch for ch in text if ch > "\x7f" and ch.isalpha()]
    if not foreign:
        return None
    counts: dict[str, int] = {}
    for ch in foreign:
        name = unicodedata.name(ch, "")
        for script, language in SCRIPTS.items():
            if name.startswith(script):
                counts[language] = counts.get(language, 0) + 1
                break
    if not counts:
        return None
    letters = len(foreign) + sum(1 for ch in text if ch < "\x80" and ch.isalpha())
    language, count = max(counts.items(), key=lambda kv: kv[1])
    return language if count / letters > 0.5 else None


# Each function word with the languages it belongs to (one pass over a reply's words).
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _vocab in FUNCTION_WORDS.items():
    for _word in _vocab:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)


# function words of another language that are English words too (rule 169): they count for that
# language, but a reply made of them and English ("Understood, no form, no trip.", "No. No way.")
# is not that language
ALSO_ENGLISH = frozenset({"no", "was", "die"})


def _latin_language(words: list[str], *, minimum: int = 2) -> str | None:
    hits = dict.fromkeys(FUNCTION_WORDS, 0)  # every language, in FUNCTION_WORDS' order
    # each word's languages, counted in C (no Python step per word)
    hits.update(Counter(chain.from_iterable(map(_LANGUAGES_OF.get, words, repeat(())))))
    english = hits.pop("en")
    language, best = max(hits.items(), key=lambda kv: kv[1])
    if best >= minimum and best > 1.5 * english:
        if ALSO_ENGLISH.isdisjoint(words):
            return language
        shared = sum(1 for w in words if w in ALSO_ENGLISH and language in _LANGUAGES_OF[w])
        if best > shared:  # a word of that language's own
            return language
    return None


MASH_CHARACTERS_PER_PIECE = 2.0
_CONTRACTION = re.compile(r"'(?:s|t|re|ll|ve|d|m)$")


_STRETCH = re.compile(r"([a-z])\1{2,}")


def _stretched_word(word: str, known: frozenset[str]) -> bool:
    """A word with a letter held for emphasis ("noooo", "sooooo", "cooool"): with the run cut to
    one or two letters it is a known word."""
    if _STRETCH.search(word) is None:
        return False
    return _STRETCH.sub(r"\1", word) in known or _STRETCH.sub(r"\1\1", word) in known


def _looks_like_gibberish(words: list[str]) -> bool:
    """Most longer words are unknown AND shatter into letter-sized word pieces."""
    known = whole_words()
    if not words:
        return False
    # "let's" is "let", not a shattered word
    bases = [_CONTRACTION.sub("", w) if "'" in w else w for w in words]
    long_words = [w for w in bases if len(w) >= 5]  # "thx", "lol", "hjkl": too short to tell
    mash = [
        w
        for w in long_words
        if w not in known
        and not _stretched_word(w, known)
        and characters_per_piece(w) < MASH_CHARACTERS_PER_PIECE
    ]
    return bool(mash) and len(mash) / len(long_words) > 0.5


# One-letter words that are replies on their own ("k", "y", "n", "I", "a", "o"); any other letter
# alone ("m", "q") is a stray key.
REPLY_LETTERS = frozenset("aiknoy")
# The letter rows of a keyboard: an unknown word typed along one row, with a finger sliding over
# three neighbouring keys ("asdf", "qwer", "hjkl", "sdfsdf"), is mash however short; chat words
# ("thx", "lol", "ffs") and unknown words that merely sit on one row ("tweet") are not.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_ROW_OF = {ch: row for row, keys in enumerate(_KEY_ROWS) for ch in keys}


def _along_one_row(word: str) -> bool:
    rows = {_ROW_OF.get(ch) for ch in word}
    if len(rows) != 1 or None in rows:
        return False
    keys = _KEY_ROWS[_ROW_OF[word[0]]]
    places = [keys.index(ch) for ch in word]
    steps = [b - a for a, b in zip(places, places[1:], strict=False)]
    return any(s == t and s in (1, -1) for s, t in zip(steps, steps[1:], strict=False))


MASH_WORDS = 12  # stray keys and row runs make up a short reply ("asdf jkl; qwerty uiop zxcv")
HELD_KEY = 4  # a word of one letter held down this long ("aaaaaaa") is a held key, not a word


def _stray_keys(reply: str, words: list[str]) -> bool:
    """Only letters that are no reply alone ("m"), only keys held down ("aaaaaaa"), or mostly
    unknown words typed along one row of the keyboard ("asdf", "asdf jkl; qwerty uiop zxcv")."""
    if all(len(w) == 1 for w in words):
        # a letter beside a digit is a code ("Q3?"), not a stray key
        return not _DIGIT.search(reply) and any(w not in REPLY_LETTERS for w in words)
    if all(len(w) >= HELD_KEY and len(set(w)) == 1 for w in words):
        return True  # "aaaaaaa", "jjjj kkkk": keys held down
    if len(words) > MASH_WORDS:
        return False  # a longer reply of mash is the shattering check's
    known = whole_words()
    longer = [w for w in words if len(w) >= 3]
    typed = [w for w in longer if w not in known and _along_one_row(w)]
    return bool(typed) and len(typed) / len(longer) > 0.5


def unreadable_reason(reply: str) -> str | None:
    """Why `reply` cannot be scored, or None when it can."""
    if not reply.strip():
        return "empty"
    if "\x1b" in reply:
        reply = _ESCAPE.sub(" ", reply)
    if "[" in reply:
        reply = _ESCAPE_LEFTOVER.sub(" ", reply)
    if _DIGIT.search(reply):  # one scan in C, not a Python loop over the characters
        reply = _UNIT_LETTER.sub(" ", reply)
    if reply.isascii():  # the same words, lower-cased in one call
        words = _ASCII_WORD.findall(reply.lower())
    else:
        words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(reply)]
    if not words:
        return "no_words"
    script = _script_language(reply)
    if script is not None:
        return f"language:{script}"
    language = _latin_language(words)
    if language is not None:
        return f"language:{language}"
    if _looks_like_gibberish(words) or _stray_keys(reply, words):
        # Mostly unknown words: another language with one function word, or keyboard mash.
        other = _latin_language(words, minimum=1)
        return f"language:{other}" if other is not None else "gibberish"
    return None


LANGUAGE_NAMES = {
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "ru": "Russian",
    "el": "Greek",
    "ar": "Arabic",
    "he": "Hebrew",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "th": "Thai",
}


def unscored_message(reason: str | None) -> str:
    """One line for a person: why the reply earned nothing."""
    if reason == "empty":
        return "Not scored: the reply is empty, so this turn earns nothing."
    if reason == "no_words":
        return "Not scored: the reply has no words, so this turn earns nothing."
    if reason == "gibberish":
        return "Not scored: the reply looks like random keys, so this turn earns nothing."
    if reason is not None and reason.startswith("language:"):
        code = reason.split(":", 1)[1]
        name = LANGUAGE_NAMES.get(code, code)
        return f"Not scored: the reply seems to be in {name}; the scorer reads English only, so this turn earns nothing."
    return "Not scored: this turn earns nothing."
