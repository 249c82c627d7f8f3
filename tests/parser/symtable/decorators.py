def deco(f):
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def g(x=lambda: 1):
    return x
class A:
    @property
    def p(self):
        return 1
