matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[::-1] for row in matrix], list(zip(*matrix)))
flat = [x for row in matrix for x in row]
print(flat, flat.index(5), flat[-3:], flat[1::3])
stack = []
stack.append(1); stack.append(2); print(stack.pop(), stack)
queue = [1, 2, 3]; print(queue.pop(0), queue)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
words.sort(key=len, reverse=True); print(words)
print(list(map(str.upper, words)), [w for w in words if "an" in w])
nums = [5, 3, 8, 1]
print(min(nums), max(nums), sum(nums) / len(nums), sorted(nums)[len(nums) // 2])
a = [1, 2, 3]
b = a
b.append(4)
c = a.copy()
c.append(5)
print(a, b, c, a is b, a == c[:4])
print([0] * 0, [] * 5, [[]] * 2, list(range(0)), [1, 2, 3][::-1][0])
l = [3, 1, 2]
print(sorted(l), l, l.sort(), l)
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), max(pairs), min(pairs, key=lambda p: p[1]))
