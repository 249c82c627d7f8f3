class A(object):
    x: int
    y: str = 'a'
    z = [i for i in range(3)]
    def f(self): return self.x
    class Inner:
        pass
    if True:
        w = 1
