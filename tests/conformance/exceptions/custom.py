class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class Other(MyError):
    pass
try:
    raise Other(42, "bad thing")
except MyError as e:
    print(type(e).__name__, e.code, e, e.args)
class Simple(Exception):
    pass
try:
    raise Simple("a", 1)
except Exception as e:
    print(repr(e), str(e))
e = ValueError("x")
print(repr(e), e.args, isinstance(e, Exception), issubclass(ValueError, Exception))
print(repr(KeyError("k")), str(KeyError("k")), str(Exception()), repr(Exception()))
