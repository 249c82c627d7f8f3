class A: pass

class B(A):
    x = 1
    def __init__(self, v):
        super().__init__()
        self.v = v

    @property
    def value(self):
        return self.v

    @value.setter
    def value(self, v):
        self.v = v

    @classmethod
    def make(cls):
        return cls(0)

    def __repr__(self):
        return f'B({self.v!r})'

class C(A, B, metaclass=Meta, **kw):
    '''Docstring.'''

class D():
    pass
