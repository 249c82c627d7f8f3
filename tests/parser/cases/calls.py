f()
f(1)
f(1, 2)
f(a, b=1)
f(*args)
f(**kwargs)
f(*a, *b, **c, **d)
f(a, *b, c=1, **d)
f(x for x in y)
f((x for x in y), 1)
f(a)(b)(c)
obj.method(1).other[2](3)
f(a,)
f(
    a,
    b,
)
f(key=value, *args)
print('a', 'b', sep='', end='\n')
