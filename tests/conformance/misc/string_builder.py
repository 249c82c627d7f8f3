parts = []
for i in range(10):
    parts.append(f"{i}:{i * i}")
line = ", ".join(parts)
print(line)
s = ""
for ch in "abcdef":
    s += ch.upper()
    s = s + "-"
print(s, len(s))
table = "\n".join(f"{n:>3} | {'#' * n}" for n in range(1, 6))
print(table)
