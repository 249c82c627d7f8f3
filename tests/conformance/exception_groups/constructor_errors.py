# BaseExceptionGroup/ExceptionGroup's constructor checks, with CPython's messages.
from collections import deque


def attempt(label, make):
    try:
        result = make()
    except BaseException as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {type(result).__name__} {result!r}")


attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("only a message"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError(1)], 3))
attempt("keyword exceptions", lambda: ExceptionGroup("m", exceptions=[ValueError(1)]))
attempt("all keywords", lambda: ExceptionGroup(message="m", exceptions=[ValueError(1)]))
attempt("extra keyword", lambda: ExceptionGroup("m", [ValueError(1)], extra=1))
attempt("message int", lambda: ExceptionGroup(1, [ValueError()]))
attempt("message bytes", lambda: BaseExceptionGroup(b"m", [ValueError()]))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: ExceptionGroup("m", ()))
attempt("empty range", lambda: ExceptionGroup("m", range(0)))
attempt("None", lambda: ExceptionGroup("m", None))
attempt("int", lambda: ExceptionGroup("m", 5))
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("dict", lambda: ExceptionGroup("m", {0: ValueError()}))
attempt("iterator", lambda: ExceptionGroup("m", iter([ValueError()])))
attempt("generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
attempt("item not exception", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("item is a class", lambda: ExceptionGroup("m", [ValueError]))
attempt("str is a sequence", lambda: ExceptionGroup("m", "ab"))
attempt("BaseException inside", lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("SystemExit inside", lambda: ExceptionGroup("m", [SystemExit(2)]))
attempt("base group of Exceptions", lambda: BaseExceptionGroup("m", [ValueError(1), TypeError(2)]))
attempt("base group of BaseExceptions", lambda: BaseExceptionGroup("m", [ValueError(1), KeyboardInterrupt()]))
attempt("tuple", lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))
attempt("deque", lambda: ExceptionGroup("m", deque([ValueError(1)])))
attempt("nested group", lambda: ExceptionGroup("m", [ExceptionGroup("n", [ValueError(1)])]))
attempt("nested base group", lambda: ExceptionGroup("m", [BaseExceptionGroup("n", [GeneratorExit()])]))


class Seq:
    def __getitem__(self, i):
        if i < 2:
            return KeyError(i)
        raise IndexError(i)

    def __len__(self):
        return 2


eg = ExceptionGroup("m", Seq())
print(eg.exceptions)
attempt("__new__ directly", lambda: ExceptionGroup.__new__(ExceptionGroup, "x", [ValueError()]))
attempt("BaseExceptionGroup.__new__", lambda: BaseExceptionGroup.__new__(BaseExceptionGroup, "x", [ValueError()]))
