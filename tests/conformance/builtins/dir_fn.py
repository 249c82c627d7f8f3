class A:
    z = 1
    def m(self): pass
a = A()
a.q = 2
print([n for n in dir(a) if not n.startswith('__')])
