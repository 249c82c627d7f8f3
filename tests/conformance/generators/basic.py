def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(next(g), next(g), next(g), next(g, "end"))
print(list(count_up(5)), sum(count_up(100)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
squares = (x * x for x in range(5))
print(squares.__class__.__name__, list(squares), list(squares))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))
def gen_return():
    yield 1
    return "result"
g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
