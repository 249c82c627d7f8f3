def inner():
    try:
        yield "a"
        yield "b"
    except KeyError:
        print("inner caught KeyError")
        yield "recovered"
def outer():
    yield from inner()
    yield "outer end"
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
