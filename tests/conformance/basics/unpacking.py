a, b, *c = range(5)
print(a, b, c)
first, *middle, last = "hello"
print(first, middle, last)
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2}, {*[1, 2], 3})
def f(a, b, c):
    return a + b + c
args = [1, 2]
print(f(*args, 3), f(**{"a": 1, "b": 2, "c": 3}), f(1, *[2], **{"c": 3}))
for a, *rest in [(1, 2, 3), (4, 5)]:
    print(a, rest)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
