class Point:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError(f"Point is immutable: cannot set {name}")
p = Point(1, 2)
print(p.x, p.y)
try:
    p.x = 5
except AttributeError as e:
    print(e)
