def f(a, b):
    return a * b + None
print(f(2, 3))
