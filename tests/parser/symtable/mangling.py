class A:
    __x = 1
    def __m(self):
        __y = self.__x
        return __y
    def __dunder__(self):
        pass
class _B:
    def f(self, __p):
        __q = __p
