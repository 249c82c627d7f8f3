# Subclasses: which constructors they accept, derive(), extra state.
class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


def attempt(label, make):
    try:
        result = make()
    except BaseException as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {type(result).__name__} {result!r}")


attempt("MyGroup", lambda: MyGroup("m", [ValueError(1)]))
attempt("MyGroup with a BaseException", lambda: MyGroup("m", [KeyboardInterrupt()]))
attempt("MyBaseGroup", lambda: MyBaseGroup("m", [ValueError(1)]))
attempt("MyBaseGroup with a BaseException", lambda: MyBaseGroup("m", [KeyboardInterrupt()]))
attempt("MyGroup keyword", lambda: MyGroup("m", [ValueError(1)], code=3))
attempt("MyGroup three args", lambda: MyGroup("m", [ValueError(1)], 3))


class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Errors(self.message, excs, self.code)


e = Errors("failed", [ValueError(1), TypeError(2)], 42)
print(type(e).__name__, e.code, e, e.args)
match, rest = e.split(ValueError)
print(type(match).__name__, match.code, match.exceptions, type(rest).__name__, rest.code, rest.exceptions)

# Without derive(), the parts are plain groups.
plain = MyGroup("mine", [ValueError(1), TypeError(2)])
match, rest = plain.split(TypeError)
print(type(match).__name__, repr(match), type(rest).__name__, repr(rest))

# derive() of the built-in types.
print(repr(plain.derive([KeyError(3)])))
print(repr(plain.derive([KeyboardInterrupt()])))
print(repr(BaseExceptionGroup("b", [GeneratorExit()]).derive([ValueError()])))
attempt("derive empty", lambda: plain.derive([]))
attempt("derive no args", lambda: plain.derive())
attempt("derive two args", lambda: plain.derive([], []))


class Loud(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", excs)
        return Loud(self.message.upper(), excs)


loud = Loud("loud", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(repr(loud.subgroup(ValueError)))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"


attempt("derive returns a str", lambda: BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError))
attempt("full match needs no derive", lambda: BadDerive("bad", [ValueError(1)]).split(BadDerive))
