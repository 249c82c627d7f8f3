# type(name, bases, dict) makes the class a class statement would.
class Base:
    def hello(self): return "hello from " + type(self).__name__
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
D = type("D", (Base,), {"x": 1, "__eq__": lambda a, b: True})
d = D()
print(D, D.__name__, D.__qualname__, D.__module__, D.__mro__, d.hello(), d.x, D.__hash__)
E = type("E", (), {})
print(E, E.__bases__, type(E()).__name__)
for bad in [(1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError", e)
try:
    type("A", "B")
except TypeError as e:
    print("TypeError", e)
