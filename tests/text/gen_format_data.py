#!/usr/bin/env python3
"""Generates %-formatting and str.format expectations from CPython 3.11.

    python3 tests/text/gen_format_data.py

Arguments are written typed so the C++ test can play the VM's part:
i:<int>  f:<float bits>  s:<str>  b:True|False  n:None  l:<repr of a list>.
"""
import os
import random
import sys

from textdata import bits, esc, outcome, write

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
rng = random.Random(777)


def random_value():
    k = rng.randrange(12)
    if k < 3:
        return rng.choice([0, 1, -1, 42, -255, 65, 1234567, 2**40, -2**63, 0x10FFFF, 0x110000])
    if k < 6:
        return rng.choice([0.0, -0.0, 1.5, -2.25, 3.14159, 1e20, 1e-7, 123456.789, float("inf"),
                           float("nan"), 0.1, -1e100, 2.5, 1e16])
    if k < 9:
        return rng.choice(["", "a", "abc", "é", "Привет", "x'y", "日本", "\n", "tab\t", "😀", "'\""])
    if k == 9:
        return rng.choice([True, False])
    if k == 10:
        return None
    return rng.choice([[1, 2], [], ["a"]])


def typed(v):
    if isinstance(v, bool):
        return "b:%s" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + bits(v)
    if isinstance(v, str):
        return "s:" + v
    if v is None:
        return "n:None"
    return "l:" + repr(v)


def value_for(code):
    """A value that suits conversion [code] most of the time."""
    if code == "*":  # widths stay small: the expected output is stored
        return rng.choice([rng.randrange(-15, 16), rng.randrange(-15, 16), 2**40, -2**63, "x", 1.5])
    if rng.random() < 0.15:
        return random_value()
    if code in "diuoxXc":
        return rng.choice([0, 1, -1, 42, -255, 65, 1234567, 2**40, -2**63, 7, 0x1F600])
    if code in "eEfFgG":
        return rng.choice([0.0, -0.0, 1.5, -2.25, 3.14159, 1e20, 1e-7, 123456.789, float("inf"),
                           float("nan"), 0.1, -1e100, 2.5, 1e16, 12, -3])
    return random_value()


def random_percent_format(keys):
    """A format string and the conversions its arguments feed, in order."""
    out, needs = [], []
    for _ in range(rng.randrange(0, 4)):
        if rng.random() < 0.5:
            out.append(rng.choice(["x", " ", "ab ", "Ж", "=", "%%", "{}", "\n"]))
        spec = "%"
        if keys is not None and rng.random() < 0.8:
            spec += "(" + rng.choice(keys + ["missing"] if rng.random() < 0.1 else keys) + ")"
        spec += "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 1, 2])))
        r = rng.random()
        if r < 0.15:
            spec += "*"
            needs.append("*")
        elif r < 0.5:
            spec += str(rng.randrange(0, 12))
        r = rng.random()
        if r < 0.1:
            spec += ".*"
            needs.append("*")
        elif r < 0.4:
            spec += "." + str(rng.randrange(0, 8))
        if rng.random() < 0.03:
            spec += rng.choice("hlL")
        code = rng.choice("srasrdidddiuoxXxeEfFgGfgcc" if rng.random() < 0.97 else ["", "ф", "(", "z", "%"])
        spec += code
        needs.append(code)
        out.append(spec)
    return "".join(out), needs


FIXED = [
    ("%5%", "tuple", []), ("%5%", "tuple", [1]), ("%", "tuple", []), ("%(a", "dict", {}),
    ("%(a)", "dict", {"a": 1}), ("%*", "tuple", [1]), ("%.*", "tuple", [1]),
    ("%(a)s %s", "dict", {"a": 1}), ("abc", "single", 5), ("abc", "single", [1]),
    ("%s", "single", [1]), ("%-05d|%05s|%+05d|% d|%#x|%#08X|%-#8o|%.3d|%+.3x", "tuple",
                            [3, "ab", 7, 5, 255, 255, 8, 5, -10]),
    ("%c%c", "tuple", ["é", 65]), ("%c", "single", 1.5), ("%x", "single", 1.5),
    ("%*d", "tuple", ["a", 1]), ("%.*f|%*.*f", "tuple", [2, 3.14159, -8, 1, 2.5]),
    ("%s %r %a", "tuple", ["é", "é", "é"]), ("%5.2s|", "single", "abc"),
    ("%hd %ld %Lf", "tuple", [1, 2, 3]), ("%z", "tuple", []), ("%ф", "single", 1),
    ("%e %E %g %G %F", "tuple", [1.5, 1e20, 1e-5, 1e20, float("inf")]),
    ("%#.0f %#g", "tuple", [2, 1.0]), ("%d", "single", True), ("%s", "single", True),
    ("%(a)d %(b)s", "dict", {"a": 1.9, "b": None}), ("%10000000000000000000000d", "single", 1),
    ("%i", "single", "1"), ("%.100000000000000000000f", "single", 1), ("%(a)s", "single", 1),
    ("%s %s", "single", 1), ("%s", "tuple", [1, 2]), ("%c", "single", "ab"),
    ("%c", "single", 1234567), ("%d", "single", float("inf")), ("%d", "single", float("nan")),
    ("%(x(y))s", "dict", {"x(y)": 5}), ("%()s", "dict", {"": 7}), ("%s", "dict", {"a": 1}),
    ("%-5c|%05c", "tuple", [66, 67]), ("%+s", "single", "x"), ("%.0s|", "single", "abc"),
    ("%020.3e|%-+12.4g|% 012.2f", "tuple", [12345.678, -0.00012345, 3.14159]),
    ("%#o %#X %#5x %-#7X|", "tuple", [0, 255, -1, 10]), ("%.2147483648f", "single", 1.0),
]


def percent_cases(n):
    rows = []
    cases = list(FIXED)
    for _ in range(n):
        shape = rng.choice(["tuple", "tuple", "tuple", "single", "dict"])
        keys = ["a", "b", "key"] if shape == "dict" else None
        fmt, needs = random_percent_format(keys)
        if shape == "dict":
            args = {k: random_value() for k in keys}
        elif shape == "single":
            args = value_for(needs[0]) if needs else random_value()
        else:
            args = [value_for(code) for code in needs]
            if rng.random() < 0.1:
                args = args[:-1] if args and rng.random() < 0.5 else args + [random_value()]
        cases.append((fmt, shape, args))
    for fmt, shape, args in cases:
        if shape == "tuple":
            operand, fields = tuple(args), [typed(a) for a in args]
        elif shape == "single":
            operand, fields = args, [typed(args)]
        else:
            operand, fields = args, ["%s=%s" % (k, typed(v)) for k, v in args.items()]
        rows.append([esc(fmt), shape, outcome(lambda: fmt % operand)] + [esc(f) for f in fields])
    return rows


TEMPLATES = ["", "abc", "{}", "{0}", "{name}", "{0.attr}", "{0[key]}", "{0[1]}", "{0!r}",
             "{0!s:>5}", "{:{}}", "{{}}", "{{", "}}", "a{{b}}c", "{", "}", "a}b", "{0!x}", "{0!}",
             "{0!rr}", "{0.}", "{0[}", "{0[]}", "{0]}", "{a.b[c].d}", "{0:{1}.{2}f}", "{!r}", "{:}",
             "{0:{{}}}", "{0:}}", "{x[a}b]}", "{0[0]x}", "{0.a.b}", "{ 0 }", "{-1}", "{00}",
             "{0:x{1:y}}", "{0:{1:{2}}}", "{:Ж}", "Ж{}Ж", "{0}{}", "{}{0}", "{:{}}{}", "{a}{}",
             "{0:.{prec}f}", "{!s}", "{0!a:^10}", "{[0]}", "{.a}", "{0[a.b]}", "{0[a]b}",
             "{0.a[b]}", "{0:<>10}", "{0!r:}", "{0:!r}", "{é}", "{0x}", "{1e3}", "{:0{}}",
             "{0[a]}{0[b]}", "trailing {", "{{{0}}}", "{0:{}}{}", "{}{:{}}", "{a{b}", "{0!Ж}",
             "{0!\x01}", "{99999999999999999999}", "{0[99999999999999999999]}", "{!}", "{:",
             "{0!r", "{0:", "{0:{", "x{}y{}z{}", "{2}{1}{0}", "{name!r:*^9}", "{x:{w}}",
             "{1:{0}}", "{0:>{1}}", "{:d}", "{:s}", "{0:,}", "{2:.3}", "{2:e}", "{name:>4}",
             "{x!s:5}", "{name!a}", "{}{}{}{}", "{3}", "{y}"]


def template_cases():
    """MarkupIterator pieces via _string.formatter_parser."""
    import _string
    rows = []
    for t in TEMPLATES:
        def pieces():
            out = []
            for lit, name, spec, conv in _string.formatter_parser(t):
                out.append("%s|%s|%s|%s" % (lit, "~" if name is None else name,
                                            "~" if spec is None else spec,
                                            "~" if conv is None else conv))
            return "\x1f".join(out)
        rows.append((esc(t), outcome(pieces)))
    return rows


def field_name_cases():
    import _string
    names = ["", "0", "00", "12", "name", "0.a", "0.a[b]", "x[0][1].c", "0.", "0[", "0]x", "0[]",
             "١", "a[b]c", "a.b.c", "a[1].b[22][x y]", "[0]", ".a", "0[a.b]", "0[a]b",
             "99999999999999999999", "0[99999999999999999999]", "é.ж", "0..a", "a[[]"]
    rows = []
    for n in names:
        def split():
            first, rest = _string.formatter_field_name_split(n)
            parts = ["%s" % first]
            for is_attr, key in rest:
                parts.append(("." if is_attr else "[") + str(key) + ("" if is_attr else "]#" + type(key).__name__))
            return "\x1f".join(parts)
        rows.append((esc(n), outcome(split)))
    return rows


FORMAT_ARGS = (1, "ab", 2.5)
FORMAT_KWARGS = {"name": "Ж", "x": 10, "w": 6, "prec": 2}


def format_call_cases():
    """Whole str.format calls with ints, strs and floats (no attributes)."""
    return [(esc(t), outcome(lambda: t.format(*FORMAT_ARGS, **FORMAT_KWARGS),
                             lambda s: s)) for t in TEMPLATES]


def str_format_cases(n):
    """format(str, spec): str.__format__."""
    values = ["", "a", "abc", "Привет", "日本語", "😀x", "tab\t", "longer text here"]
    specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "Ж>4", ".2", "10.3", "<.0", "=5", "+", " ",
             "-", "#", "z", "05", "0>5", ",", "_", "d", "x", "c", "%", "5s", ".2s", "{^9", "^", "5.", "ss"]
    for _ in range(n):
        spec = ""
        if rng.random() < 0.5:
            spec += rng.choice(["", "*", "0", "é", " "]) + rng.choice("<>^")
        if rng.random() < 0.1:
            spec += rng.choice("+- #0z")
        if rng.random() < 0.6:
            spec += str(rng.randrange(0, 15))
        if rng.random() < 0.4:
            spec += "." + str(rng.randrange(0, 6))
        if rng.random() < 0.3:
            spec += rng.choice("ssd")
        specs.append(spec)
    rows = []
    for i, spec in enumerate(specs):
        v = values[i % len(values)]
        rows.append((esc(v), esc(spec), outcome(lambda: format(v, spec))))
    return rows


def char_class_cases(n):
    """Single code points: classes and case mappings (spot checks of the tables)."""
    cps = list(range(0, 0x250)) + list(range(0x370, 0x530))
    cps += [rng.randrange(0, 0x110000) for _ in range(n)]
    cps += [0x1E9E, 0x2126, 0x212A, 0x1F80, 0x1FBC, 0x0130, 0x0131, 0x03A3, 0x03C2, 0x2160, 0xFF21, 0x10400]
    rows = []
    for cp in cps:
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        flags = "".join("1" if f() else "0" for f in (c.isalpha, c.isdecimal, c.isdigit, c.isnumeric,
                                                     c.isspace, c.isupper, c.islower, c.isprintable,
                                                     c.isidentifier, c.isalnum, c.istitle))
        rows.append(("%X" % cp, flags, esc(c.upper()), esc(c.lower()), esc(c.title()), esc(c.casefold())))
    return rows


def main():
    write(os.path.join(DATA, "percent_format.txt"), percent_cases(3000))
    write(os.path.join(DATA, "format_template.txt"), template_cases())
    write(os.path.join(DATA, "format_field_name.txt"), field_name_cases())
    write(os.path.join(DATA, "format_call.txt"), format_call_cases())
    write(os.path.join(DATA, "str_format.txt"), str_format_cases(600))
    write(os.path.join(DATA, "char_classes.txt"), char_class_cases(3000))


if __name__ == "__main__":
    main()
