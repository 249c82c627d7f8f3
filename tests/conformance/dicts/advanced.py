d = {}
d[1] = "int"; d[1.0] = "float"; d["1"] = "str"; d[(1,)] = "tuple"; d[None] = "none"; d[True] = "bool"
print(d, len(d))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, sorted(inv), list(reversed(list(inv))))
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"].get("z"))
d2 = dict(zip(range(5), "abcde"))
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2, d2 == {0: "a", 2: "c", 4: "e"}, d2 != {})
try:
    for k in d2:
        d2[k + 10] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
big = {i: i * i for i in range(1000)}
print(sum(big.values()), big[999], len(big), 500 in big, -1 in big)
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5])
m = {"b": 1} | {"a": 2}
m |= {"c": 3}
print(m)
