with open('f') as f:
    pass
with a, b:
    pass
with a as x, b as y:
    pass
with (a as x, b as y):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (yield):
    pass
with a as (x, y):
    pass
with lock: x += 1
with (
    open('a') as a,
    open('b') as b,
):
    pass
with a() as b.c:
    pass
