def f():
    a = 1
    def g():
        def h():
            def i():
                return a
            return i
        return h
    return g
