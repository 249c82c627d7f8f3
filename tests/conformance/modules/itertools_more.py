from itertools import count, cycle, repeat, chain, islice, product, permutations, combinations, accumulate, groupby, zip_longest, starmap, takewhile, dropwhile, combinations_with_replacement, compress, pairwise, filterfalse
print(list(islice(count(), 3)), list(islice(count(1, 0.5), 3)), list(islice(cycle([1, 2]), 5)))
print(list(islice(range(10), 2, 8, 2)), list(islice("abcdef", 3)), list(repeat(0, 0)))
print(list(combinations_with_replacement("ab", 2)), list(permutations("abc")), len(list(permutations(range(5), 3))))
print(list(product([1, 2], repeat=2)), list(product("a", "b", "c")))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate(range(5), initial=100)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for letter, group in groupby(data, key=lambda w: w[0]):
    print(letter, list(group))
print(list(zip_longest([1, 2, 3], "a")), list(starmap(lambda a, b: a * b, zip(range(4), range(4)))))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(pairwise([1, 2, 3, 4])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(chain.from_iterable(["ab", "cd"])), list(takewhile(str.isupper, "ABcD")), list(dropwhile(str.isupper, "ABcD")))
