text = """Потоки, процессы и корутины: три способа делать несколько дел сразу.
Потоки делят память, процессы — нет, а корутины уступают управление сами."""
lines = text.splitlines()
words = text.replace(",", " ").replace(".", " ").replace(":", " ").split()
print(len(lines), len(words), len(text), max(words, key=len))
vowels = set("аеёиоуыэюя")
print(sum(1 for ch in text.lower() if ch in vowels))
print(sorted({w.lower() for w in words if len(w) > 6}))
print(" ".join(w[::-1] for w in words[:4]))
