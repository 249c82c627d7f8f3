# Attribute lookups stay right when classes change after instructions have
# cached what they found (type attribute cache, instance dict entry hints).


class Base:
    kind = "base"

    def who(self):
        return "Base.who"


class Child(Base):
    pass


def read(obj):
    return obj.kind  # one LOAD_ATTR site, reused for every call


def call_who(obj):
    return obj.who()  # one LOAD_METHOD site


c = Child()
for _ in range(3):
    print(read(c), call_who(c))

Base.kind = "changed in base"
print(read(c))
Child.kind = "set in child"
print(read(c))
del Child.kind
print(read(c))
c.kind = "on the instance"
print(read(c))
del c.kind
print(read(c))


def new_who(self):
    return "patched"


Base.who = new_who
print(call_who(c))
c.who = lambda: "instance attribute"
print(call_who(c))
del c.who
del Base.who
try:
    call_who(c)
except AttributeError as e:
    print("AttributeError:", e)
Child.who = lambda self: "Child.who"
print(call_who(c))


# A property added later takes precedence over the instance dict.
class P:
    pass


p = P()
p.x = 1
print(read_x := (lambda o: o.x)(p))


def get_x(o):
    return o.x


for _ in range(3):
    print(get_x(p))
P.x = property(lambda self: "from property")
print(get_x(p))
del P.x
print(get_x(p))


# Objects of one class with attributes set in different orders, one site.
class Point:
    pass


def make(order):
    pt = Point()
    for name in order:
        setattr(pt, name, name.upper())
    return pt


def show(pt):
    return pt.a + pt.b + pt.c


def store(pt, v):
    pt.b = v


pts = [make("abc"), make("cba"), make("bac"), make("abc")]
for pt in pts:
    print(show(pt))
for i, pt in enumerate(pts):
    store(pt, str(i))
    print(show(pt), sorted(vars(pt).items()))
del pts[0].a
pts[0].a = "again"
print(show(pts[0]), list(vars(pts[0])))


# __setattr__ and __getattr__ defined after instances exist.
class Late:
    pass


lt = Late()


def set_y(o, v):
    o.y = v


def get_z(o):
    return o.z


set_y(lt, 1)
print(lt.y)
try:
    get_z(lt)
except AttributeError as e:
    print("AttributeError:", e)


def late_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 10)


Late.__setattr__ = late_setattr
set_y(lt, 2)
print(lt.y)
Late.__getattr__ = lambda self, name: "getattr " + name
print(get_z(lt))
print(hasattr(lt, "anything"), getattr(lt, "other", "default"))


class Plain:
    pass


print(hasattr(Plain(), "missing"), getattr(Plain(), "missing", "default"))
try:
    Plain().mising_attr
except AttributeError as e:
    print("AttributeError:", e)
