class Outer:
    x = 1
    class Inner:
        y = 2
        def m(self):
            return y
    def n(self):
        return Outer.Inner
