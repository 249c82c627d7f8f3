class A: pass
a = A()
setattr(a, 'k', 5)
print(hasattr(a, 'k'), a.k, hasattr(a, 'z'))
delattr(a, 'k')
print(hasattr(a, 'k'))
