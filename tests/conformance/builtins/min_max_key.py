print(max([3, 1, 2], key=lambda v: -v), min("bca", key=ord), max(1, 5, 3, key=lambda v: v % 4), min([], default="d"), max(range(10), key=lambda v: (v % 3, v)))
class P:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __gt__(s, o): return s.v > o.v
    def __repr__(s): return f"P({s.v})"
print(max(P(1), P(3), P(2)), min([P(5), P(4)]))
try:
    max([])
except ValueError as e:
    print(e)
