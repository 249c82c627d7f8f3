def sub():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def delegator(results):
    while True:
        r = yield from sub()
        results.append(r)
results = []
d = delegator(results)
next(d)
for v in [1, 2, 3, None, 10, 20, None]:
    d.send(v)
print(results)
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
