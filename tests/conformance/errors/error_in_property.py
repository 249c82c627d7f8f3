class A:
    @property
    def p(self):
        return self.q
A().p
