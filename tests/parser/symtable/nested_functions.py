def a():
    x = 1
    def b():
        def c():
            return x
        return c
    return b
def d():
    def e():
        return undefined_name
    return e
