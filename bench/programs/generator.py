def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
total = 0
for v in gen(3_000_000):
    total += v
print(total)
