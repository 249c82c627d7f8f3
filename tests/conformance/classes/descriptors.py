# User-defined descriptors: data descriptors (with __set__ or __delete__)
# go before the instance dict, non-data ones after it; __get__ through the
# class gets None; __set_name__ tells a descriptor its name; property
# deleters; __init_subclass__ after __set_name__.


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "<unset>")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("  __delete__", self.name)
        obj.__dict__.pop(self.name, None)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("  computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value  # a non-data descriptor: the dict wins next time
        return value


class Registry:
    def __init_subclass__(cls):
        print("  __init_subclass__", cls.__name__)


class Account(Registry):
    owner = Typed(str)
    balance = Typed(int)

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    @Lazy
    def report(self):
        return f"{self.owner}: {self.balance}"

    @property
    def flag(self):
        return getattr(self, "_flag", False)

    @flag.setter
    def flag(self, v):
        self._flag = v

    @flag.deleter
    def flag(self):
        print("  flag deleter")
        del self._flag


a = Account("Ann", 10)
print(a.owner, a.balance, a.report, a.report)
try:
    a.balance = "lots"
except TypeError as e:
    print("TypeError:", e)
a.__dict__["balance"] = 99  # the data descriptor still decides
print(a.balance)
del a.balance
print(a.balance)
print(type(Account.owner).__name__, Account.owner.name)
a.flag = True
print(a.flag)
del a.flag
print(a.flag)
try:
    del a.flag
except AttributeError as e:
    print("AttributeError:", e)


class NoDeleter:
    @property
    def x(self):
        return 1


try:
    del NoDeleter().x
except AttributeError as e:
    print("AttributeError:", e)


class GetOnly:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Holder:
    g = GetOnly()


h = Holder()
print(h.g, Holder.g)
h.g = "from instance"
print(h.g)
print(getattr(h, "g"), hasattr(Holder, "g"))
