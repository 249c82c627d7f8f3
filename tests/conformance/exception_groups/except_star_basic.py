# except*: each clause gets the matching part; naked exceptions are wrapped.
import sys


def run(exc):
    print("raising", repr(exc))
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError clause:", repr(e), sys.exc_info()[1] is e)
    except* (TypeError, KeyError) as e:
        print("  TypeError/KeyError clause:", repr(e))
    except* OSError:
        print("  OSError clause, no name")
    else:
        print("  else")
    finally:
        print("  finally")


run(ValueError(1))
run(KeyError("k"))
run(ExceptionGroup("all", [ValueError(1), TypeError(2), ValueError(3)]))
run(ExceptionGroup("nested", [OSError(1), ExceptionGroup("inner", [ValueError(2), KeyError(3)])]))
run(ExceptionGroup("only os", [ConnectionError(5)]))

try:
    print("no exception")
except* ValueError:
    print("not here")
else:
    print("else runs")
finally:
    print("finally runs")

# The wrapper of a naked exception: empty message, a tuple, no traceback.
try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e), e.message == "", e.__traceback__ is None, e.exceptions[0].__traceback__ is not None)

# The name is deleted after the clause, as with except.
try:
    raise ExceptionGroup("x", [ValueError(1)])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)

# A group that is itself an instance of the type matches whole.
class Both(ExceptionGroup, ValueError):
    pass


b = Both("both", [TypeError(1)])
try:
    raise b
except* ValueError as e:
    print("whole group:", e is b)

print(sys.exc_info())
