class L(list):
    pass
l = L([1, 2])
l.name = "n"
print(l.__dict__, l.name, l, vars(l))
class T(tuple):
    pass
t = T((1,))
print(t.__dict__)
t.k = 1
print(vars(t))
class D(dict):
    pass
d = D(a=1)
d.__dict__["z"] = 5
print(d.z, d, vars(d))
try:
    [].__dict__
except AttributeError as e:
    print(e)
try:
    vars([])
except TypeError as e:
    print(e)
