none_value = None
five = 5
tests = [
    lambda: len(5),
    lambda: int("12a"),
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: "abc"[10],
    lambda: {}["missing"],
    lambda: none_value(),
    lambda: 1 + None,
    lambda: "a" * "b",
    lambda: [] + (),
    lambda: "x" + 1,
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: int(None),
    lambda: [].pop(),
    lambda: [1].remove(2),
    lambda: {1}.remove(2),
    lambda: "abc".index("z"),
    lambda: [1, 2].index(3),
    lambda: abs("x"),
    lambda: five[0],
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: -"x",
    lambda: ord("ab"),
    lambda: chr(-1),
    lambda: float("abc"),
    lambda: (1, 2) < (1, "a"),
    lambda: 1 < "a",
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: range(1, 2, 0),
    lambda: dict([(1, 2, 3)]),
    lambda: a_b_c,
    lambda: (lambda x: x)(),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(y=1),
    lambda: object().x,
    lambda: int.nope,
    lambda: [].nope,
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
