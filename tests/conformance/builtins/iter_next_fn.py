it = iter('ab')
print(next(it), next(it), next(it, None))
it2 = iter([1, 2, 3].pop, 1)
print(list(it2))
