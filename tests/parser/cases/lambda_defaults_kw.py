f = lambda a, b=2, *c, d, e=5, **g: 0
h = lambda a, /: a
i = lambda: (yield)
