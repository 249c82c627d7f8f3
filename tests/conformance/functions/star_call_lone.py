# f(*x) with x the only positional argument: CALL_FUNCTION_EX gets x itself
# (CPython's compilation), so the error names the function; the iterable is
# consumed after the keyword arguments are evaluated; ** errors name the
# function too; constant tuples are one object.
def f(*a, **k):
    return a, k


class C:
    def m(self, *a):
        return a

    def __call__(self, *a):
        return a


def gen(tag):
    print('iterating', tag)
    yield 1
    yield 2


def kw(tag):
    print('keyword', tag)
    return tag


class MyTuple(tuple):
    def __iter__(self):
        return iter(('from', '__iter__'))


class MyList(list):
    def __iter__(self):
        return iter(['list', '__iter__'])


for call in [lambda: f(*1), lambda: f(0, *1), lambda: C().m(*1), lambda: print(*1), lambda: f(*None, x=1),
             lambda: len(*5), lambda: C(*3), lambda: "".join(*7), lambda: f(*[], **1),
             lambda: f(**{'x': 1}, **{'x': 2}), lambda: f(x=1, **{'x': 2}), lambda: print(**[]), lambda: f(**None)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(f(*[1, 2]), f(*(3,)), f(*range(3)), f(*"ab"), f(*{1: 2}), C().m(*[5]))
print(f(*gen('a'), x=kw('x')))
print(f(0, *gen('b'), y=kw('y')))
print(f(*MyTuple((1, 2))), f(*MyList([3])))
args = [1, 2]
r = f(*args)
args.append(3)
print(r, args)


def consts():
    return (), (1, 'a', (2.5, None)), (-1, -2.0)


a, b = consts(), consts()
print(a == b, [x is y for x, y in zip(a, b)])
