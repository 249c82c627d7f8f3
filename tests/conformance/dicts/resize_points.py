# Dicts of str keys around CPython's resize points (the 6th, 11th and 22nd
# insertions), with deletions: the order, and what mutating a dict while
# iterating it does. Small dicts have no index (builtins/dict.cpp) but must
# compact where CPython's table does.
def attempt(n, dels, mutate):
    d = {}
    for i in range(n):
        d['k%d' % i] = i
    for k in dels:
        if k in d:
            del d[k]
    seen = []
    try:
        for k in d:
            seen.append(k)
            if len(seen) == 1:
                mutate(d)
    except RuntimeError as e:
        return 'RuntimeError: %s after %d' % (e, len(seen))
    return ' '.join(seen) + ' | ' + ' '.join(d)


def swap(d):  # one out, one in: same size
    del d[next(iter(d))]
    d['new'] = -1


def swap_last(d):
    d.pop(list(d)[-1])
    d['new2'] = -2


def grow(d):
    d['grown'] = 0


for n in range(1, 25):
    for dels in ([], ['k0'], ['k1', 'k2'], ['k%d' % i for i in range(0, n, 2)], ['k%d' % i for i in range(n - 1)]):
        print(n, len(dels), 'grow', attempt(n, dels, grow))

# One key out and one in while iterating, where that insertion resizes the
# table (and compacts the entries, so iteration continues past them).
# (Interleave does not raise "dictionary keys changed during iteration" yet:
# the sizes where CPython would are left out.)
for n in (5, 10, 21):
    for dels in ([], ['k0'], ['k1', 'k2'], ['k%d' % i for i in range(0, n, 2)]):
        for mutate in (swap, swap_last):
            print(n, len(dels), mutate.__name__, attempt(n, dels, mutate))

# Instance dicts of 1-12 attributes, set, deleted and set again.
class C:
    pass

for n in range(1, 13):
    c = C()
    for i in range(n):
        setattr(c, 'a%d' % i, i)
    if n > 3:
        del c.a1
        c.a1 = 'again'
    c.extra = n
    print(n, list(vars(c)), getattr(c, 'a%d' % (n - 1)), hasattr(c, 'missing'))
