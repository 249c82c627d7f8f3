f = lambda: 0
g = lambda x: x
h = lambda x, y=1: x + y
i = lambda *args, **kwargs: (args, kwargs)
j = lambda *, k: k
k = lambda a, /, b: a
l = lambda x: lambda y: x + y
m = sorted(d, key=lambda kv: kv[1], reverse=True)
n = lambda x=lambda: 1: x
