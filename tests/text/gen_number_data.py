#!/usr/bin/env python3
"""Generates the float and int expectations in tests/text/data/ from CPython.

    python3 tests/text/gen_number_data.py

Every value comes from the running interpreter (must be 3.11), from a
fixed seed, so re-running reproduces the files byte for byte.
"""
import math
from decimal import Decimal, localcontext
import os
import random
import struct
import sys

from textdata import bits, esc, from_bits, outcome, write

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
INT64_MIN, INT64_MAX = -2**63, 2**63 - 1
rng = random.Random(20261121)


def random_double():
    """A mix: uniform bit patterns, 'nice' decimals, integers, tiny/huge."""
    kind = rng.randrange(8)
    if kind == 0:
        while True:
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
            if math.isfinite(x):
                return x
    if kind == 1:
        return round(rng.uniform(-1000, 1000), rng.randrange(0, 8))
    if kind == 2:
        return float(rng.randrange(-10**rng.randrange(1, 20), 10**rng.randrange(1, 20)))
    if kind == 3:
        return rng.random() * 10.0 ** rng.randrange(-30, 30)
    if kind == 4:
        return math.ldexp(1.0, rng.randrange(-1074, 1024)) * rng.choice([1, -1])
    if kind == 5:  # neighbours of powers of two and ten: lopsided intervals
        base = rng.choice([math.ldexp(1.0, rng.randrange(-1022, 1023)),
                           10.0 ** rng.randrange(-300, 300)])
        return rng.choice([math.nextafter(base, 0), base, math.nextafter(base, math.inf)])
    if kind == 6:  # subnormals
        return struct.unpack("<d", struct.pack("<Q", rng.randrange(1, 2**52)))[0]
    return rng.random() * rng.choice([1, 100, 1e-5, 1e16, 12345.678])


EDGE_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15,
               9999999999999998.0, 1e-4, 1e-5, 0.0001, 0.00001, 123456789012345.0,
               1234567890123456.0, 12345678901234567.0, 5e-324, 2.2250738585072014e-308,
               1.7976931348623157e308, math.pi, math.e, 2.5, 0.5, 1.5, -2.5, 0.125,
               0.375, 1e22, 1e23, 9007199254740993.0, 2.0**53, 2.0**63, 2.0**64, 4.35, 2.675,
               1.005, 1e300, 1e-300, math.inf, -math.inf, math.nan, 100.0, 1e100,
               0.30000000000000004, 5e-5, 1.25e-5, 3.14159e-10]


def float_repr_cases(n):
    xs = EDGE_FLOATS + [random_double() for _ in range(n)]
    return [(bits(x), repr(x), str(x)) for x in xs]


def float_parse_cases():
    texts = ["1.5", " 1.5 ", "\t-2\n", "+0", "-0", "1e5", "1E-5", "1_000.5", "1__0", "_1",
             "1_", "1._5", "1e1_0", ".5", "5.", ".", "e5", "1e", "1e+", "-.e1", "inf", "-inf",
             "+INF", "Infinity", "-infinity", "infinit", "nan", "-NaN", "nAn", "nan1",
             "0x10", "1.5x", "", "   ", "1 2", "١٢.٥", "\u00a01.5\u2003", "1.5\u200b",
             "1e400", "-1e400", "1e-400", "2.2250738585072011e-308", "0.1e1", "00012",
             "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
             "9007199254740993", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999",
             "1.0000000000000001110223024625156540423631668090820312500000000001",
             "0." + "0" * 400 + "1e400", "١", "𝟏.5", "1,5", "1.5.", "--1", "+-1", "nan(123)",
             "ｉｎｆ"]
    for _ in range(300):
        x = random_double()
        t = rng.choice([repr(x), "%.20g" % x, "%.3e" % x, "%.10f" % x])
        texts.append(t)
    rows = []
    for t in texts:
        rows.append((esc(t), outcome(lambda: float(t), lambda v: bits(v) if not math.isnan(v) else "nan")))
    return rows


def float_format_specs(n, types):
    specs = ["", "f", ".2f", "0.2f", ".0f", ".1f", "e", ".3e", "E", "g", ".3g", "G", "n", "%",
             ".1%", ",", "_", ",.2f", "_.3f", "010.2f", "+.2f", " .2f", "-.2f", "z.1f", "z",
             "#.0f", "#g", "#.3g", "#e", ".0e", "#.0e", "10", "<10", ">10", "^10", "=10",
             "*^12.3f", "0=12,.2f", "012,.2f", "015,", "x", "s", "d", "c", "b", ".", "..2",
             ",_", "_,", ",,", "z+08.2f", "é>9.2", ".15g", ".17g", ".20f", ".50e", ".0%",
             "{<8", "q", "\x01", "ab", ".3", ".0", "010", "=+10.3", "0>10", "0<10", "#10.4",
             ",g", ",e", "_%", "+,.1%", ".12", ".16", "#.16", "1111111111111111111111111111f",
             ".1111111111111111111111111111f", "010.0%", "0^10", "\U0001F600^10"]
    fills = ["", "*", "0", " ", "é", "{", "x"]
    for _ in range(n):
        s = ""
        if rng.random() < 0.4:
            s += rng.choice(fills) + rng.choice("<>^=")
        if rng.random() < 0.3:
            s += rng.choice("+- ")
        if rng.random() < 0.1:
            s += "z"
        if rng.random() < 0.2:
            s += "#"
        if rng.random() < 0.2:
            s += "0"
        if rng.random() < 0.5:
            s += str(rng.randrange(0, 25))
        if rng.random() < 0.25:
            s += rng.choice([",", "_"])
        if rng.random() < 0.5:
            s += "." + str(rng.randrange(0, 20))
        if rng.random() < 0.85:
            s += rng.choice(types)
        specs.append(s)
    return specs


def float_format_cases(n):
    rows = []
    specs = float_format_specs(n, "eEfFgGn%" + "eEfFgG" + "xds")
    values = EDGE_FLOATS + [random_double() for _ in range(len(specs))]
    for i, spec in enumerate(specs):
        for x in (values[i % len(values)], values[(i * 7 + 3) % len(values)]):
            rows.append((bits(x), esc(spec), outcome(lambda: format(x, spec))))
    # Exact binary ties and decimal near-ties for the fixed-point fast path.
    for _ in range(1500):
        k = rng.randrange(4)
        if k == 0:
            x = rng.randrange(0, 10**7) / 2 ** rng.randrange(1, 12)
        elif k == 1:
            x = round(rng.uniform(-1000, 1000), rng.randrange(1, 6)) + rng.choice([5e-4, 5e-5, 5e-6, -5e-3])
        elif k == 2:
            x = rng.randrange(2**50, 2**53) / rng.choice([1, 2, 4, 10, 100])
        else:
            x = rng.uniform(0, 1) * 10.0 ** rng.randrange(-8, 4)
        spec = rng.choice([".%df", ".%de", ".%dg", "%%.%d", ".%d%%"]) % rng.randrange(0, 12)
        rows.append((bits(x), esc(spec), outcome(lambda: format(x, spec))))
    return rows


def float_round_cases(n):
    rows = []
    xs = EDGE_FLOATS + [random_double() for _ in range(n)]
    for x in xs:
        for nd in (None, rng.randrange(-20, 20), rng.randrange(-3, 6), rng.choice([-400, -308, -307, 400, 323, 322, 16, 17])):
            if nd is None:
                res = outcome(lambda: round(x))
                rows.append((bits(x), "None", res))
            else:
                rows.append((bits(x), str(nd), outcome(lambda: round(x, nd), bits)))
    return rows


def float_ops_cases(n):
    special = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, math.inf, -math.inf, math.nan, 3.0, -7.5, 1e308, 1e-308, 10.0]
    rows = []
    pairs = [(a, b) for a in special for b in special]
    for _ in range(n):
        a, b = random_double(), random_double()
        if rng.random() < 0.5:
            a, b = round(rng.uniform(-100, 100), 2), round(rng.uniform(-10, 10), 1)
        pairs.append((a, b))

    def fmt_pair(t):
        return bits(t[0]) + "," + bits(t[1])
    for a, b in pairs:
        rows.append((bits(a), bits(b),
                     outcome(lambda: a // b, bits), outcome(lambda: a % b, bits),
                     outcome(lambda: divmod(a, b), fmt_pair), outcome(lambda: a / b, bits),
                     outcome(lambda: a ** b, bits if True else None)))
    return rows


def pow_cases(n):
    """float ** float, the libm results CPython gets (glibc), plus exp/log."""
    rows = []
    for _ in range(n):
        k = rng.randrange(6)
        if k == 0:
            x, y = rng.uniform(0, 10), rng.uniform(-10, 10)
        elif k == 1:
            x, y = rng.uniform(0, 2), rng.uniform(-500, 500)
        elif k == 2:
            x, y = float(rng.randrange(1, 1000)), float(rng.randrange(-30, 30))
        elif k == 3:
            x, y = rng.random() * 10.0 ** rng.randrange(-300, 300), rng.uniform(-3, 3)
        elif k == 4:
            x, y = float(rng.randrange(1, 100)), rng.choice([0.5, 1/3, 0.25, 1.5, 2.5, -0.5, 3.0, 10.0])
        else:
            x, y = rng.uniform(0.9, 1.1), rng.uniform(-1e5, 1e5)
        rows.append((bits(x), bits(y), outcome(lambda: x ** y, bits),
                     outcome(lambda: math.exp(y), bits), outcome(lambda: math.log(x), bits),
                     correctly_rounded(lambda: (Decimal(y) * Decimal(x).ln()).exp()),
                     correctly_rounded(lambda: Decimal(y).exp()),
                     correctly_rounded(lambda: Decimal(x).ln())))
    return rows


def trig_cases(n):
    """math.sin/cos (glibc) on the ranges random.gauss and programs use."""
    xs = [0.0, -0.0, 1.0, math.pi, math.pi / 2, math.pi / 4, 2 * math.pi, 1e-300, 3.0, 6.283185307179586]
    xs += [rng.random() * 2 * math.pi for _ in range(n)]
    xs += [rng.uniform(-1000, 1000) for _ in range(n // 3)]
    return [(bits(x), bits(math.sin(x)), bits(math.cos(x))) + exact_sin_cos(x) for x in xs]


def decimal_pi():
    def atan_inv(n):
        x = Decimal(1) / n
        total, term, k = x, x, 1
        while True:
            term *= -x * x
            k += 2
            if abs(term / k) < Decimal(10) ** -110:
                return total
            total += term / k
    return 16 * atan_inv(5) - 4 * atan_inv(239)


def exact_sin_cos(x):
    """Correctly rounded sin and cos from 120-digit decimal arithmetic."""
    with localcontext() as ctx:
        ctx.prec = 120
        two_pi = 2 * decimal_pi()
        r = Decimal(x)
        r -= (r / two_pi).to_integral_value() * two_pi
        sin, cos = r, Decimal(1)
        term_s, term_c, n = r, Decimal(1), 1
        while abs(term_s) > Decimal(10) ** -100 or abs(term_c) > Decimal(10) ** -100:
            term_s = -term_s * r * r / ((2 * n) * (2 * n + 1))
            term_c = -term_c * r * r / ((2 * n - 1) * (2 * n))
            sin += term_s
            cos += term_c
            n += 1
        return bits(float(sin)), bits(float(cos))


def correctly_rounded(exact):
    """The double nearest to a 70-digit evaluation (glibc is not always it)."""
    with localcontext() as ctx:
        ctx.prec = 70
        ctx.Emax = 999999
        ctx.Emin = -999999
        return bits(float(exact()))


def int_parse_cases(n):
    texts = [("0", 10), ("-0", 10), ("12", 10), (" 12 ", 10), ("+ 1", 10), ("", 10), ("abc", 10),
             ("abc", 16), ("0x1f", 16), ("0x1f", 0), (" 0x_1f ", 0), ("0_7", 0), ("07", 0),
             ("00", 0), ("0_0", 0), ("0", 0), ("1__2", 10), ("1_2", 10), ("_1", 10), ("1_", 10),
             ("0b", 0), ("0b1", 2), ("0b1", 16), ("0o17", 8), ("0O17", 0), ("0B101", 0),
             ("z", 36), ("Z", 36), ("10", 37), ("10", 1), ("10", -1), ("١٢", 10), ("12", 2),
             ("9223372036854775807", 10), ("9223372036854775808", 10),
             ("-9223372036854775808", 10), ("-9223372036854775809", 10),
             ("99999999999999999999999", 10), ("99999999999999999999999x", 10),
             ("7fffffffffffffff", 16), ("-8000000000000000", 16), ("8000000000000000", 16),
             ("\u00a012\u2003", 10), ("1.5", 10), ("1e3", 10), ("0x", 16), ("0x_", 16),
             ("0x__1", 16), ("-0x10", 0), ("- 1", 10), ("--1", 10), ("12\x00", 10),
             ("𝟏𝟐", 10), ("12é", 10), ("0_", 0), ("000_000", 0), ("0_1", 0), ("0b_", 0),
             ("1" * 4301, 10), ("1" * 4300 + "x", 10), ("1" * 5000 + "x", 10), ("1_" * 3000 + "1", 10),
             ("1" * 4400, 16), ("1" * 4400 + "__", 10), ("0" * 4400, 0), (" " + "9" * 4301, 36)]
    for _ in range(n):
        base = rng.choice([0, 2, 8, 10, 10, 16, 36, rng.randrange(2, 37)])
        v = rng.randrange(-2**rng.randrange(1, 70), 2**rng.randrange(1, 70))
        if base in (0, 10):
            t = str(v)
        elif base == 16:
            t = hex(v) if rng.random() < 0.5 else format(v, "x")
        elif base == 2:
            t = bin(v)
        elif base == 8:
            t = oct(v) if rng.random() < 0.5 else format(v, "o")
        else:
            t = str(abs(v) % 1000)
        if rng.random() < 0.2 and len(t) > 2:
            p = rng.randrange(1, len(t))
            t = t[:p] + "_" + t[p:]
        if rng.random() < 0.1:
            t = " " + t + "\n"
        texts.append((t, base))
    return [(esc(t), str(b), outcome(lambda: int_in_range(int(t, b)))) for t, b in texts]


def int_in_range(v):
    if not INT64_MIN <= v <= INT64_MAX:
        raise OverflowError("<64-bit overflow>")
    return v


def random_int():
    k = rng.randrange(10)
    if k == 0:
        return rng.choice([0, 1, -1, 2, -2, INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1, 10, -10, 2**53, 2**53 + 1, -2**53 - 1])
    if k < 4:
        return rng.randrange(-100, 100)
    return rng.randrange(-2**rng.randrange(1, 64), 2**rng.randrange(1, 64))


def int_format_cases(n):
    specs = float_format_specs(n, "bcdoxXn" + "dxX" + "eEfFgG%" + "sq")
    specs += ["", "d", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_b", "_x", "#_x", "c", "+c",
              "#c", "010,", "010_", "#010x", "#012_x", "0=10", "+d", " d", "-d", ",d", "z",
              "zd", ".2", ".2f", "^10", "*<10", ">10c", "10c", "010c", "n", "_n", ",n", ",x",
              ",b", ",c", "%", ",.2%", "e", "#", "=^", "06", "=", "-", "_o", "_X", "#_b"]
    rows = []
    for i, spec in enumerate(specs):
        for v in (random_int(), rng.choice([0, 1, -1, 65, 1234567, -1234567, 0x10FFFF, 0x110000, 1024])):
            rows.append((str(v), esc(spec), outcome(lambda: format(v, spec))))
    for spec in ["", "d", ">5", "^6", "x", "s", "c", "=5", "+", "05", ".1f"]:
        for b in (True, False):
            rows.append(("True" if b else "False", esc(spec), outcome(lambda: format(b, spec))))
    return rows


def int_ops_cases(n):
    rows = []
    for _ in range(n):
        a, b = random_int(), random_int()
        if rng.random() < 0.3:
            b = rng.randrange(-70, 70)
        rows.append((str(a), str(b),
                     outcome(lambda: int_in_range(a + b)), outcome(lambda: int_in_range(a - b)),
                     outcome(lambda: int_in_range(a * b)), outcome(lambda: int_in_range(a // b)),
                     outcome(lambda: int_in_range(a % b)), outcome(lambda: a / b, bits),
                     outcome(lambda: int_pow_case(a, b)), outcome(lambda: int_in_range(a << b) if b < 200 else int_in_range(a << 200)),
                     outcome(lambda: a >> b), outcome(lambda: int_in_range(round(a, max(b, -60)))),
                     str(hash(a)), bin(a), oct(a), hex(a)))
    return rows


def int_pow_case(a, b):
    if b < 0:
        return bits(a ** b)
    if abs(a) > 1 and b > 64:
        raise OverflowError("<64-bit overflow>")
    return str(int_in_range(a ** b))


def main():
    write(os.path.join(DATA, "float_repr.txt"), float_repr_cases(6000))
    write(os.path.join(DATA, "float_parse.txt"), float_parse_cases())
    write(os.path.join(DATA, "float_format.txt"), float_format_cases(2500))
    write(os.path.join(DATA, "float_round.txt"), float_round_cases(1200))
    write(os.path.join(DATA, "float_ops.txt"), float_ops_cases(1500))
    write(os.path.join(DATA, "int_parse.txt"), int_parse_cases(800))
    write(os.path.join(DATA, "float_pow.txt"), pow_cases(6000))
    write(os.path.join(DATA, "float_trig.txt"), trig_cases(3000))
    write(os.path.join(DATA, "int_format.txt"), int_format_cases(1500))
    write(os.path.join(DATA, "int_ops.txt"), int_ops_cases(2500))


if __name__ == "__main__":
    main()
