class Logged:
    def __init__(self):
        self.x = 1
        self.calls = []

    def __getattribute__(self, name):
        if name != "calls":
            object.__getattribute__(self, "calls").append(name)
        return object.__getattribute__(self, name)

    def method(self):
        return "метод"


obj = Logged()
print(obj.x, obj.method(), getattr(obj, "x"), hasattr(obj, "nope"))
print(obj.calls)


class WithFallback:
    def __init__(self):
        self.real = "настоящий"

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"hidden {name}")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback for {name}"


w = WithFallback()
print(w.real, w.secret_key, w.other)


class Strict:
    def __getattribute__(self, name):
        raise KeyError(name)

    def __getattr__(self, name):
        return "never"


try:
    Strict().anything
except KeyError as e:
    print("KeyError", e)


class Base:
    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if isinstance(value, int):
            return value * 10
        return value


class Child(Base):
    y = 4


c = Child()
c.z = 5
print(c.y, c.z, type(c).__name__, len([1, 2]))


class Late:
    a = 1


late = Late()
print(late.a)
Late.__getattribute__ = lambda self, name: "patched " + name
print(late.a, late.b)
del Late.__getattribute__
print(late.a)
try:
    late.b
except AttributeError as e:
    print("AttributeError:", e)
print(object.__getattribute__(late, "a"))
try:
    object.__getattribute__(late, 5)
except TypeError as e:
    print("TypeError:", e)
print("__getattribute__" in dir(late))


class Counter:
    hits = 0

    def __getattribute__(self, name):
        Counter.hits += 1
        return object.__getattribute__(self, name)

    def step(self):
        return 1


k = Counter()
total = 0
for i in range(1000):
    total += k.step()
print(total, Counter.hits)
