def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
data = list(range(0, 1000, 3))
print(bsearch(data, 300), bsearch(data, 301), bsearch(data, 0), bsearch(data, 999), bsearch([], 1))
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
import random
random.seed(4)
vals = [random.randint(0, 99) for _ in range(30)]
print(quicksort(vals) == sorted(vals), quicksort(vals)[:10])
