x = 10
squares = [x * x for x in range(3)]
print(squares, x)
y = [i for i in range(3)]
try:
    print(i)
except NameError as e:
    print("NameError:", e)
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
def outer():
    k = 5
    return [k * j for j in range(3)]
print(outer())
class C:
    base = 10
    vals = [v for v in range(3)]
print(C.vals)
matrix = [[r * c for c in range(1, 4)] for r in range(1, 4)]
print(matrix, {r: sum(row) for r, row in enumerate(matrix)})
print([(a, b) for a in "ab" for b in "cd" if a != "b" or b != "d"])
print({w: len(w) for w in "to be or not".split() if len(w) > 1})
