gen = (x ** 2 for x in range(5))
print(next(gen), next(gen), list(gen))
print(sum(x for x in range(1000) if x % 7 == 0), max((len(w), w) for w in "a bb ccc".split()))
print(list(zip((i for i in range(3)), "abc")), dict((k, k * 2) for k in "ab"), set(c for c in "hello"))
print(", ".join(str(i) for i in range(5)), any(x > 3 for x in range(5)), all(x < 10 for x in range(5)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def take(n, it):
    return [x for _, x in zip(range(n), it)]
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, naturals()), take(3, (x * x for x in naturals())))
print(sorted(x % 5 for x in range(12)), min(abs(x - 7) for x in [1, 9, 4]), tuple(x for x in "hi"))
