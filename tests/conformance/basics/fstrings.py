name = "мир"
x = 3.14159
n = 42
print(f"Привет, {name}!", f"{x:.2f}", f"{n:5d}|", f"{n:<5}|", f"{n:^5}|", f"{n:05}")
print(f"{name!r}", f"{n!s}", f"{x:0.2f} сек.", f"{n:x} {n:o} {n:b} {n:X}", f"{1234567:,}", f"{0.25:.1%}")
print(f"{'nested'}", f"{n * 2}", f"{[1, 2][0]}", f"{x:10.3f}|", f"{n:+d}", f"{-n:+d}")
w = 8
print(f"{name:>{w}}|", f"{{literal}}", f"{3 + 4 = }" if False else "skip")
print(f"{1e20}", f"{1.0}", f"{123.456:e}", f"{0.000123:g}", f"{True}", f"{None}")
