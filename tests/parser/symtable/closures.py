def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    def reader():
        return n
    return inner, reader
