r = range(10, 0, -2)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 4 in r, 5 in r, r.index(6), r.count(8))
