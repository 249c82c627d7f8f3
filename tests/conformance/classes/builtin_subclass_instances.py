# Instantiating a subclass of an immutable built-in must not change the type
# of the object the built-in constructor returned (found by the VM fuzzer:
# T(t) turned the tuple t into a T, I() crashed on the inline small int).
class T(tuple):
    pass
class S(str):
    pass
class F(float):
    pass
class I(int):
    pass
class B(bytes):
    pass

t = (1, 2)
s = "abc"
x = 2.5
z = 2 ** 62
b = b"xy"
objs = [T(t), S(s), F(x), I(z), I(), I(5), B(b), S(), T()]
print(type(t).__name__, type(s).__name__, type(x).__name__, type(z).__name__, type(b).__name__)
print(type("abc").__name__, type(()).__name__, type("").__name__, type(0).__name__)
for o in objs:
    print(type(o).__name__, o, o == o, isinstance(o, type(o).__mro__[1]))
print(I(5) + 1, I(5) == 5, hash(I(7)) == hash(7), {I(3): "three"}[3], S("q") + "r", T((1,)) + (2,))
