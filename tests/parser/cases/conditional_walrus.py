a = x if c else y
b = x if c else y if d else z
c = (lambda: 1) if x else None
if (n := len(a)) > 10:
    print(n)
while (chunk := f.read(10)):
    pass
print([y for x in data if (y := f(x))])
f(x := 1)
z = [w := 1, w ** 2]
