#!/usr/bin/env python3
"""Build Candour's own annotated redaction corpus from its inline-marked source.

Usage:
    python3 scripts/build_corpus.py [MARKED] [OUT.jsonl] [--strict] [--check]

Defaults: Tests/Fixtures/redaction/own.marked.txt -> Tests/Fixtures/redaction/own.jsonl
(paths relative to the repository root, whatever the current directory).
--check   validate and print the counts, but write nothing.
--strict  treat warnings (see below) as errors.

The marked format
-----------------
* Documents are separated by a line consisting of exactly ``---``.
* A document may start with one header line of ``key: value`` pairs after ``# ``::

      # id: own-0001 genre: compliment
      # id: own-0042 genre: note eol: crlf

  Keys: ``id`` (unique; when absent, ``own-NNNN`` from the document's position),
  ``genre`` (one of GENRES; default ``unknown`` is rejected, so give one), and
  ``eol`` (``lf``, the default, or ``crlf``).
* The text of a document is every line after the header up to the separator,
  joined with their line endings, minus the single line ending that precedes the
  ``---``.  Blank lines inside a document are kept, and a blank last line gives a
  text that ends in a newline.
* CRLF: ``eol: crlf`` in the header is the explicit escape for a document whose
  line endings are CR LF: every LF in its text becomes CR LF *before* the markers
  are parsed, so offsets count the CR.  (Literal CR LF line endings in the marked
  file are also kept as they are - the file is read with ``newline=''`` - but an
  editor may normalise them, so the header is the reliable way.)
* Personal data is marked inline as ``[[TYPE:text]]``.  The markers are removed
  and the span ``{"start", "end", "type"}`` records where ``text`` ends up, in
  Unicode code points (Python ``str`` indices), end exclusive.

Annotation conventions (shared with the dev corpus): a full name is one PERSON
span per part (forename, surname); honorifics (Mr, Mrs, Ms, Miss, Dr, ...) and a
possessive 's stay outside the span; already-pseudonymised letters (Mrs X, Y, Z,
Mrs B, xxx) are not marked; a street address ("14 Larch Close") is one ADDRESS
span with the town and the postcode outside it (the postcode is its own span);
DOB only in a birth context; council and Ombudsman references are CASE_REF.

Validation: any of these stops the build with ``MARKED:LINE: message``:
unknown type, ``[[`` without ``TYPE:``, unbalanced or nested markers, a span
running over a line end, empty span text, span text with leading or trailing
whitespace, a PERSON span that starts with an honorific or ends with 's,
malformed NHS number (10 digits, valid mod-11 check digit), NINO, postcode,
e-mail or phone number, a bad header, a duplicate id, an unknown genre, an empty
document.
Warnings (errors with --strict): a PERSON string marked in a document that also
occurs unmarked, as a whole word with the same case, elsewhere in that document.

Output: one JSON object a line, ``{"id", "genre", "text", "spans"}``, spans
sorted by start, UTF-8 without ASCII escaping, LF between records.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = ("PERSON", "EMAIL", "PHONE", "POSTCODE", "ADDRESS", "NINO", "NHS", "DOB",
         "CASE_REF", "SCHOOL")
GENRES = ("compliment", "complaint", "lgsco", "note", "yswd", "stage2", "learning")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_IN = ROOT / "Tests" / "Fixtures" / "redaction" / "own.marked.txt"
DEFAULT_OUT = ROOT / "Tests" / "Fixtures" / "redaction" / "own.jsonl"

HEADER_RE = re.compile(r"^# ((?:[a-z]+: ?\S+\s*)+)$")
PAIR_RE = re.compile(r"([a-z]+): ?(\S+)")
OPEN, CLOSE = "[[", "]]"
TYPE_RE = re.compile(r"([A-Z_]+):")

HONORIFIC_RE = re.compile(r"^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Sir|Dame|Lady|Lord)\.?\s", re.I)
NINO_RE = re.compile(
    r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


class BuildError(Exception):
    pass


def nhs_valid(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def phone_valid(text):
    if not re.fullmatch(r"[+(\d][\d ()-]*\d", text):
        return False
    digits = re.sub(r"\D", "", text)
    if text.startswith("+44"):
        digits = digits[2:]  # "+44 (0)7700 ..." keeps its trunk 0
        if not digits.startswith("0"):
            digits = "0" + digits
    return digits.startswith("0") and len(digits) in (10, 11)


def check_span_text(kind, text):
    """Return an error message for a span text that cannot be right, or None."""
    if kind == "PERSON":
        if HONORIFIC_RE.match(text):
            return "PERSON span includes an honorific: %r" % text
        if text.endswith(("'s", "\u2019s")) and len(text) > 2:
            return "PERSON span includes a possessive 's: %r" % text
    elif kind == "NHS":
        if not nhs_valid(re.sub(r"[ -]", "", text)):
            return "NHS number %r is not 10 digits with a valid mod-11 check digit" % text
    elif kind == "NINO":
        if not NINO_RE.match(text):
            return "NINO %r does not have a valid shape" % text
    elif kind == "POSTCODE":
        if not POSTCODE_RE.match(text):
            return "postcode %r does not have a valid shape" % text
    elif kind == "EMAIL":
        if not EMAIL_RE.match(text):
            return "e-mail address %r does not look valid" % text
    elif kind == "PHONE":
        if not phone_valid(text):
            return "phone number %r is not a UK number of 10 or 11 digits" % text
    elif kind in ("DOB", "CASE_REF", "ADDRESS"):
        if not re.search(r"\d", text):
            return "%s span %r has no digit" % (kind, text)
    return None


def parse_markers(raw, line_of, where):
    """Strip [[TYPE:text]] markers from raw; return (text, spans).

    line_of(i) gives the marked-file line number of raw[i]; where(n) formats it.
    """
    out = []
    spans = []
    i = 0
    n = len(raw)
    while i < n:
        if raw.startswith(OPEN, i):
            m = TYPE_RE.match(raw, i + 2)
            if not m:
                raise BuildError(where(line_of(i)) + ": '[[' not followed by TYPE:")
            kind = m.group(1)
            if kind not in TYPES:
                raise BuildError(where(line_of(i)) + ": unknown type %r" % kind)
            body_start = m.end()
            close = raw.find(CLOSE, body_start)
            nested = raw.find(OPEN, body_start)
            newline = min([p for p in (raw.find("\n", body_start), raw.find("\r", body_start))
                           if p >= 0] or [n])
            if close < 0:
                raise BuildError(where(line_of(i)) + ": unbalanced '[[' (no closing ']]')")
            if 0 <= nested < close:
                raise BuildError(where(line_of(i)) + ": nested '[[' inside a span")
            if newline < close:
                raise BuildError(where(line_of(i)) + ": span runs over the end of a line")
            body = raw[body_start:close]
            if not body:
                raise BuildError(where(line_of(i)) + ": empty %s span" % kind)
            if body != body.strip():
                raise BuildError(where(line_of(i)) +
                                 ": %s span %r has leading or trailing whitespace" % (kind, body))
            problem = check_span_text(kind, body)
            if problem:
                raise BuildError(where(line_of(i)) + ": " + problem)
            start = sum(len(s) for s in out)
            out.append(body)
            spans.append({"start": start, "end": start + len(body), "type": kind})
            i = close + 2
        elif raw.startswith(CLOSE, i):
            raise BuildError(where(line_of(i)) + ": unbalanced ']]' (no opening '[[')")
        else:
            j = i
            while j < n and not raw.startswith(OPEN, j) and not raw.startswith(CLOSE, j):
                j += 1
            out.append(raw[i:j])
            i = j
    return "".join(out), spans


def unmarked_repeats(text, spans):
    """PERSON strings that occur again, unmarked, in the same text."""
    covered = [(s["start"], s["end"]) for s in spans]
    names = {text[s["start"]:s["end"]] for s in spans if s["type"] == "PERSON"}
    found = []
    for name in sorted(names):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                found.append((name, m.start()))
    return found


def read_blocks(path):
    """Yield (first_line_number, [lines with their endings]) per document."""
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if data.startswith("\ufeff"):
        data = data[1:]
    lines = re.findall(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$", data)
    block, first = [], 1
    for number, line in enumerate(lines, 1):
        if line.rstrip("\r\n") == "---":
            yield first, block
            block, first = [], number + 1
        else:
            block.append(line)
    if any(l.strip() for l in block):
        yield first, block


def build(marked_path):
    where = lambda line: "%s:%d" % (marked_path, line)
    docs = []
    seen_ids = {}
    warnings = []
    for index, (first, lines) in enumerate(read_blocks(marked_path), 1):
        header = {}
        body_first = first
        if lines and lines[0].startswith("# "):
            m = HEADER_RE.match(lines[0].rstrip("\r\n"))
            if not m:
                raise BuildError(where(first) + ": malformed header line %r" % lines[0].rstrip())
            for key, value in PAIR_RE.findall(m.group(1)):
                if key not in ("id", "genre", "eol"):
                    raise BuildError(where(first) + ": unknown header key %r" % key)
                if key in header:
                    raise BuildError(where(first) + ": header key %r given twice" % key)
                header[key] = value
            lines = lines[1:]
            body_first = first + 1
        doc_id = header.get("id", "own-%04d" % index)
        genre = header.get("genre", "unknown")
        eol = header.get("eol", "lf")
        if doc_id in seen_ids:
            raise BuildError(where(first) + ": duplicate id %r (first at line %d)"
                             % (doc_id, seen_ids[doc_id]))
        seen_ids[doc_id] = first
        if genre not in GENRES:
            raise BuildError(where(first) + ": unknown genre %r (one of %s)"
                             % (genre, ", ".join(GENRES)))
        if eol not in ("lf", "crlf"):
            raise BuildError(where(first) + ": eol must be lf or crlf, not %r" % eol)
        if not "".join(lines).strip():
            raise BuildError(where(first) + ": empty document %s" % doc_id)

        # Line number of each character of raw, for messages.
        raw_parts, line_starts = [], []
        pos = 0
        for k, line in enumerate(lines):
            if eol == "crlf":
                line = re.sub(r"\r?\n$", "\r\n", line)
            line_starts.append(pos)
            raw_parts.append(line)
            pos += len(line)
        raw = "".join(raw_parts)
        for ending in ("\r\n", "\n", "\r"):
            if raw.endswith(ending):
                raw = raw[:-len(ending)]
                break

        def line_of(i, starts=line_starts, base=body_first):
            k = 0
            while k + 1 < len(starts) and starts[k + 1] <= i:
                k += 1
            return base + k

        text, spans = parse_markers(raw, line_of, where)
        for s in spans:
            assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]]
        for name, at in unmarked_repeats(text, spans):
            warnings.append("%s: %s: %r also occurs unmarked at offset %d"
                            % (where(body_first), doc_id, name, at))
        spans.sort(key=lambda s: (s["start"], s["end"]))
        docs.append({"id": doc_id, "genre": genre, "text": text, "spans": spans})
    if not docs:
        raise BuildError("%s: no documents" % marked_path)
    return docs, warnings


def main(argv):
    flags = {a for a in argv if a.startswith("--")}
    unknown = flags - {"--strict", "--check", "--help", "-h"}
    if "--help" in flags or "-h" in argv:
        print(__doc__)
        return 0
    if unknown:
        print("build_corpus: unknown option %s" % ", ".join(sorted(unknown)), file=sys.stderr)
        return 2
    paths = [a for a in argv if not a.startswith("--")]
    if len(paths) > 2:
        print("build_corpus: usage: build_corpus.py [MARKED] [OUT.jsonl] [--strict] [--check]",
              file=sys.stderr)
        return 2
    marked = Path(paths[0]) if paths else DEFAULT_IN
    out = Path(paths[1]) if len(paths) > 1 else DEFAULT_OUT
    try:
        docs, warnings = build(marked)
    except (BuildError, OSError, UnicodeDecodeError) as e:
        print("build_corpus: error: %s" % e, file=sys.stderr)
        return 1
    for w in warnings:
        print("build_corpus: warning: %s" % w, file=sys.stderr)
    if warnings and "--strict" in flags:
        print("build_corpus: %d warning(s) with --strict" % len(warnings), file=sys.stderr)
        return 1

    types = Counter(s["type"] for d in docs for s in d["spans"])
    genres = Counter(d["genre"] for d in docs)
    if "--check" not in flags:
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print("wrote %s" % out)
    print("documents: %d (%d without any span, %d with CR LF)"
          % (len(docs), sum(1 for d in docs if not d["spans"]),
             sum(1 for d in docs if "\r\n" in d["text"])))
    print("genres: " + ", ".join("%s %d" % (g, genres[g]) for g in GENRES if genres[g]))
    print("spans: %d" % sum(types.values()))
    for t in TYPES:
        print("  %-9s %5d" % (t, types[t]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
