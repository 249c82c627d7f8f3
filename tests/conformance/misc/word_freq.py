text = """Параллелизм и конкурентность — разные вещи. Конкурентность — это про структуру,
параллелизм — про исполнение. Параллелизм требует нескольких ядер."""
import re if False else None
words = [w.strip(".,—").lower() for w in text.split()]
words = [w for w in words if w]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(f"{w:<15}{n:>3}")
print(len(words), len(freq))
