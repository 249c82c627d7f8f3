try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.args, type(e).__name__)
e = ValueError("a", "b", 3)
print(e.args, str(e), repr(e))
e2 = Exception()
print(e2.args, str(e2) == "", repr(e2))
err = KeyError("missing")
print(str(err), repr(err), err.args[0])
si = StopIteration(5)
print(si.value, si.args)
se = SystemExit(3)
print(se.code)
class WithData(Exception):
    def __init__(self, data):
        self.data = data
w = WithData({"x": 1})
print(w.data, w.args, str(w))
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(UnboundLocalError, NameError))
