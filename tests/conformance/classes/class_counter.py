class Shape:
    registry = []
    def __init_subclass__(cls, **kwargs):
        Shape.registry.append(cls.__name__)
    def area(self):
        raise NotImplementedError
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
print(Shape.registry, [s.area() for s in [Square(2), Circle(1)]])
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
