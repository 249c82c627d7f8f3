class A:
    def f(self):
        def g():
            return super()
        return g
