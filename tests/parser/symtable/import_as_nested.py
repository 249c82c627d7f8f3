def f():
    import a.b.c
    import d.e as g
    return a, g
