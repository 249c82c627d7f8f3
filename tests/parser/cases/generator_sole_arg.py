sum(x * x for x in range(10))
any(p(x) for x in xs)
max((len(w) for w in words), default=0)
sorted(x for x in y)
