import random
def merge(left, right):
    result = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            result.append(left[i])
            i += 1
        else:
            result.append(right[j])
            j += 1
    result.extend(left[i:])
    result.extend(right[j:])
    return result
def merge_sort(data):
    if len(data) <= 1:
        return data
    mid = len(data) // 2
    return merge(merge_sort(data[:mid]), merge_sort(data[mid:]))
random.seed(1)
lists = [[random.randint(0, 1_000_000) for _ in range(30_000)] for _ in range(20)]
ok = all(merge_sort(l) == sorted(l) for l in lists)
print(ok)
