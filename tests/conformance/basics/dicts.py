d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
del d["b"]; print(d)
print(d.pop("a"), d, d.setdefault("x", 10), d)
d.update({"y": 20}, z=30); print(d)
print(dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("ab", 0), {**d, "w": 0})
print({k: v * 2 for k, v in [("a", 1), ("b", 2)]})
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
print(d.popitem(), d, {1: "a", 1.0: "b"}, {True: 1, 1: 2})
e = d.copy(); e.clear(); print(e, d)
for k in {"z": 1, "a": 2}:
    print(k)
