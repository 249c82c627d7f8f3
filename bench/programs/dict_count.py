words = ("the quick brown fox jumps over the lazy dog " * 200_000).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(words), sorted(counts.items())[:3])
