#!/usr/bin/env python3
"""Generates hash, random and str expectations in tests/text/data/ from CPython.

    python3 tests/text/gen_misc_data.py

str hashes need PYTHONHASHSEED=0 (then CPython's SipHash key is zero, the
key Interleave always uses); the script re-runs itself that way.
"""
import math
import os
import random
import subprocess
import sys

from textdata import bits, esc, outcome, write

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
if os.environ.get("PYTHONHASHSEED") != "0":
    env = dict(os.environ, PYTHONHASHSEED="0")
    sys.exit(subprocess.call([sys.executable] + sys.argv, env=env))

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
rng = random.Random(424242)

SAMPLE_STRS = ["", "a", "abc", "hello world", "Привет, мир!", "Ελληνικά", "ß", "é", "ÿ", "Ā",
               "日本語", "😀", "a😀b", "\x00", "\t\n\r", "'", '"', "'\"", "\\", "\x7f", "\x80",
               "\xa0", "\xad", "\u2028", "\ud800", "\U0010ffff", "İstanbul", "ǅ", "ﬁ", "ŉ",
               "ΣΑΣ", "όσος", "Σ", "aΣ", "aΣb", "aΣ.", "a'Σ", "ΑΣ ΣΑ", "x" * 40, "Ǆungla",
               " \u3000 ", "\u200b", "\u0085", "a\u0301", "﻿x", "ABC def", "hello World 123",
               "  leading", "trailing  ", "  both  ", "a,b,,c", "a\nb\r\nc\rd\x0be\x0cf\x1cg\u2029h",
               "tab\tsep\tx", "12345", "١٢٣", "½", "²", "Ⅻ", "a_b", "_a", "1a", "a1", "class",
               "\u0378", "\ue000", "ǈx", "ŉa"]


def random_str():
    pool = "abcXYZ  \t\n,.'\"\\_-01" + "ПриветΣσςαβΓ" + "éÉßüÜ" + "日😀\u2028\x85\xa0"
    return "".join(rng.choice(pool) for _ in range(rng.randrange(0, 12)))


def hash_cases():
    rows = []
    ints = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 - 2, -(2**61 - 1), 2**63 - 1, -2**63, 10**18]
    ints += [rng.randrange(-2**63, 2**63) for _ in range(400)]
    for v in ints:
        rows.append(("int", str(v), str(hash(v))))
    floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -1.5, 1e100, 1e-100, math.inf, -math.inf, 2.0**61, 2.0**62,
              2.0**-1074, 1.7976931348623157e308, 0.1, 3.141592653589793]
    floats += [rng.uniform(-1e6, 1e6) for _ in range(200)]
    floats += [rng.random() * 10.0 ** rng.randrange(-300, 300) for _ in range(200)]
    for x in floats:
        rows.append(("float", bits(x), str(hash(x))))
    for s in SAMPLE_STRS + [random_str() for _ in range(300)]:
        rows.append(("str", esc(s), str(hash(s))))
    for s in [b"", b"a", b"abc", b"\x00\xff" * 9, bytes(range(256))]:
        rows.append(("bytes", s.hex(), str(hash(s))))
    # Tuples and frozensets of ints: the element hashes are hash_int's.
    for _ in range(200):
        items = [rng.choice([rng.randrange(-10, 10), rng.randrange(-2**63, 2**63)]) for _ in range(rng.randrange(0, 6))]
        rows.append(("tuple", ",".join(map(str, items)), str(hash(tuple(items)))))
        rows.append(("frozenset", ",".join(map(str, sorted(set(items)))), str(hash(frozenset(items)))))
    rows.append(("tuple", "", str(hash(()))))
    return rows


def random_cases():
    rows = []
    seeds = [0, 1, 42, 12345, -7, 2**32 - 1, 2**32, 2**40 + 5, 2**63 - 1, -2**63, 987654321]
    for seed in seeds:
        r = random.Random(seed)
        rows.append((str(seed), "random", ",".join(repr(r.random()) for _ in range(20))))
        r = random.Random(seed)
        rows.append((str(seed), "getrandbits", ",".join(str(r.getrandbits(k)) for k in
                                                         [1, 2, 5, 8, 16, 31, 32, 33, 40, 53, 63, 0, 7])))
        r = random.Random(seed)
        rows.append((str(seed), "randrange", ",".join(str(r.randrange(n)) for n in
                                                       [1, 2, 3, 10, 100, 1000, 10**6, 2**31, 2**32 + 1, 10**18, 7, 5])))
        r = random.Random(seed)
        out = [r.randint(1, 6) for _ in range(30)] + [r.randrange(-5, 50, 3), r.randrange(100, 0, -7), r.randrange(10, 20)]
        rows.append((str(seed), "randint", ",".join(map(str, out))))
        r = random.Random(seed)
        xs = list(range(20))
        r.shuffle(xs)
        rows.append((str(seed), "shuffle20", ",".join(map(str, xs))))
        r = random.Random(seed)
        rows.append((str(seed), "choice", ",".join(str(r.choice(range(n))) for n in [1, 5, 17, 100, 3] * 4)))
        r = random.Random(seed)
        s1 = r.sample(range(10), 4)
        s2 = r.sample(range(1000), 10)
        s3 = r.sample(range(30), 30)
        rows.append((str(seed), "sample", ";".join(",".join(map(str, s)) for s in (s1, s2, s3))))
        r = random.Random(seed)
        rows.append((str(seed), "uniform", ",".join(repr(r.uniform(-3, 7.5)) for _ in range(10))))
        r = random.Random(seed)
        rows.append((str(seed), "gauss", ",".join(repr(r.gauss(0, 1)) for _ in range(9))))
        r = random.Random(seed)
        rows.append((str(seed), "normalvariate", ",".join(repr(r.normalvariate(10, 2)) for _ in range(5))))
        r = random.Random(seed)
        rows.append((str(seed), "expovariate", ",".join(repr(r.expovariate(1.5)) for _ in range(5))))
        r = random.Random(seed)
        c1 = r.choices(range(7), k=10)
        c2 = r.choices(range(4), cum_weights=[1, 3, 3.5, 10], k=10)
        rows.append((str(seed), "choices", ",".join(map(str, c1 + c2))))
    for seed in ["", "a", "hello", "Привет, мир!", "x" * 200, "\x00abc"]:
        r = random.Random(seed)
        rows.append(("s:" + esc(seed), "random", ",".join(repr(r.random()) for _ in range(20))))
    import hashlib
    for data in [b"", b"abc", b"a" * 111, b"a" * 112, b"a" * 127, b"a" * 128, b"a" * 300]:
        rows.append(("sha512", data.hex(), hashlib.sha512(data).hexdigest()))
    return rows


def str_cases():
    rows = []
    strs = SAMPLE_STRS + [random_str() for _ in range(120)]
    for s in strs:
        rows.append(("repr", esc(s), "", esc(repr(s))))
        rows.append(("ascii", esc(s), "", esc(ascii(s))))
        for m in ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "strip", "lstrip",
                  "rstrip", "isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace",
                  "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii",
                  "split", "rsplit", "splitlines", "expandtabs"]:
            rows.append((m, esc(s), "", outcome(lambda: render(getattr(s, m)()))))
        rows.append(("len", esc(s), "", str(len(s))))
        rows.append(("splitlines1", esc(s), "", esc(render(s.splitlines(True)))))
        for w in [0, 5, 12]:
            rows.append(("center", esc(s), str(w), esc(s.center(w, "*"))))
            rows.append(("ljust", esc(s), str(w), esc(s.ljust(w, "é"))))
            rows.append(("rjust", esc(s), str(w), esc(s.rjust(w))))
            rows.append(("zfill", esc(s), str(w), esc(s.zfill(w))))
        rows.append(("expandtabs3", esc(s), "3", esc(s.expandtabs(3))))
        for sep in [",", " ", "a", "Σ", "ab", ""]:
            for maxsplit in [-1, 0, 1, 2]:
                rows.append(("split_sep", esc(s), esc(sep) + "|" + str(maxsplit), outcome(lambda: render(s.split(sep, maxsplit)))))
                rows.append(("rsplit_sep", esc(s), esc(sep) + "|" + str(maxsplit), outcome(lambda: render(s.rsplit(sep, maxsplit)))))
            rows.append(("partition", esc(s), esc(sep), outcome(lambda: render(s.partition(sep)))))
            rows.append(("rpartition", esc(s), esc(sep), outcome(lambda: render(s.rpartition(sep)))))
            rows.append(("count", esc(s), esc(sep), str(s.count(sep))))
            rows.append(("find", esc(s), esc(sep), str(s.find(sep))))
            rows.append(("rfind", esc(s), esc(sep), str(s.rfind(sep))))
            rows.append(("replace", esc(s), esc(sep), esc(s.replace(sep, "<>"))))
            rows.append(("replace2", esc(s), esc(sep), esc(s.replace(sep, "-", 2))))
            rows.append(("strip_chars", esc(s), esc(sep), esc(s.strip(sep))))
            rows.append(("lstrip_chars", esc(s), esc(sep), esc(s.lstrip(sep + " "))))
            rows.append(("rstrip_chars", esc(s), esc(sep), esc(s.rstrip(sep + "é"))))
            rows.append(("in", esc(s), esc(sep), str(sep in s)))
            for a, b in ([(1, None), (-3, None), (2, 5), (0, -1), (5, 2), (100, None), (-100, 3)] if sep in ("a", "") else [(1, None), (-3, 5)]):
                ab = "%s,%s" % (a, b)
                rows.append(("find_range", esc(s), esc(sep) + "|" + ab, str(s.find(sep, a, b))))
                rows.append(("rfind_range", esc(s), esc(sep) + "|" + ab, str(s.rfind(sep, a, b))))
                rows.append(("count_range", esc(s), esc(sep) + "|" + ab, str(s.count(sep, a, b))))
                rows.append(("startswith", esc(s), esc(sep) + "|" + ab, str(s.startswith(sep, a, b))))
                rows.append(("endswith", esc(s), esc(sep) + "|" + ab, str(s.endswith(sep, a, b))))
    return rows


def render(v):
    """Lists and tuples of str as |-joined escaped items in brackets."""
    if isinstance(v, (list, tuple)):
        return "[" + "|".join(x.replace("\\", "\\\\").replace("|", "\\|") for x in v) + "]"
    return str(v)


def main():
    write(os.path.join(DATA, "hash.txt"), hash_cases())
    write(os.path.join(DATA, "random.txt"), random_cases())
    write(os.path.join(DATA, "str_methods.txt"), str_cases())


if __name__ == "__main__":
    main()
