# Attribute loads and stores on instances while the class changes under
# them (the inline caches of LOAD_ATTR and STORE_ATTR must notice): a
# property or __setattr__ added later, a class attribute shadowed and
# unshadowed, and __getattr__ added later.
class A:
    x = 'class'

class B:
    pass

def load(o):
    return o.x

def store(o, v):
    o.x = v

a = A()
print(load(a))
store(a, 1)
print(load(a), load(a))
A.x = property(lambda self: 'prop')
print(load(a))
try:
    store(a, 2)
except AttributeError as e:
    print('AttributeError')
del A.x
print(load(a))
store(a, 3)
print(load(a))
def setattr_hook(self, name, value):
    print('setattr', name, value)
    object.__setattr__(self, name, value * 10)
A.__setattr__ = setattr_hook
store(a, 4)
print(load(a))
del A.__setattr__
store(a, 5)
print(load(a))
b = B()
b.x = 'b'
print(load(a), load(b))
store(b, 6)
print(load(b))
del b.x
try:
    load(b)
except AttributeError as e:
    print('AttributeError:', e)
B.__getattr__ = lambda self, name: 'getattr ' + name
print(load(b))
b.x = 'b'
for i in range(4):
    o = A() if i % 2 else B()
    store(o, i)
    print(type(o).__name__, load(o))
