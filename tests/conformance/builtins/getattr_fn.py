class A:
    x = 1
print(getattr(A, 'x'), getattr(A(), 'y', 'dflt'), getattr(str, 'upper')('q'))
try:
    getattr(A, 'nope')
except AttributeError as e:
    print(e)
