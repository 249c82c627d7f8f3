def f():
    try:
        pass
    except* ValueError:
        return g(x) + 1
