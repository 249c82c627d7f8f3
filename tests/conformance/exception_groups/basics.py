# message, exceptions, args, str, repr and the type hierarchy.
eg = ExceptionGroup("many things", [ValueError(1), TypeError("two")])
print(eg.message)
print(eg.exceptions)
print(type(eg.exceptions).__name__, eg.exceptions is eg.exceptions)
print(eg.args)
print(str(eg))
print(repr(eg))
print(str(ExceptionGroup("", [ValueError()])))
print(str(ExceptionGroup("one", (KeyError("k"),))))
print(repr(ExceptionGroup("t", (KeyError("k"),))))
print(f"{eg}")
print([eg])

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))

beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(3)])
print(type(beg).__name__, isinstance(beg, Exception), beg)
print(type(BaseExceptionGroup("all exceptions", [ValueError()])).__name__)

for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, "x")
    except AttributeError as e:
        print(attr, "AttributeError:", e)

# __init__ changes args, not message/exceptions.
eg.__init__("other", [KeyError()])
print(eg.message, eg.exceptions, eg.args)

# Groups are exceptions like any other.
try:
    raise eg
except Exception as caught:
    print("caught", caught is eg, caught)

try:
    raise BaseExceptionGroup("stop", [SystemExit(3)])
except Exception:
    print("not here")
except BaseException as caught:
    print("caught base", repr(caught))

print(eg == ExceptionGroup("other", [KeyError()]))
print(hasattr(eg, "__notes__"))
print(eg.with_traceback(None) is eg)
