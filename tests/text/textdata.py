"""Helpers shared by the generators of tests/text/data/*.txt.

Each data file is UTF-8 text, one case per line, fields separated by tabs.
A field escapes backslash, tab, newline and carriage return as \\\\ \\t \\n
\\r, so any Python str survives (tests/unit/test_text_data.h reads it back).
An outcome field is either the value or "!ExceptionType: message".
"""
import struct


def esc(s):
    return (s.replace("\\", "\\\\").replace("\t", "\\t")
             .replace("\n", "\\n").replace("\r", "\\r"))


def bits(x):
    """A float as the 16 hex digits of its IEEE-754 bit pattern."""
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(h):
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


def outcome(fn, render=str):
    try:
        return esc(render(fn()))
    except Exception as e:  # noqa: BLE001 - the exception is the expectation
        return esc("!%s: %s" % (type(e).__name__, e))


def write(path, rows):
    with open(path, "w", encoding="utf-8", errors="surrogatepass", newline="\n") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    print("wrote %s (%d cases)" % (path, len(rows)))
