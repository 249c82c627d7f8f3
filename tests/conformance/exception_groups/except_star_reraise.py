# What leaves a try/except*: unhandled parts, re-raised parts and new
# exceptions, combined as CPython does.
def describe(e, indent=""):
    print(f"{indent}{e!r} context={e.__context__!r}")
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            describe(sub, indent + "  ")


def attempt(label, body):
    print(label)
    try:
        body()
    except BaseException as e:
        describe(e, "  ")
    else:
        print("  nothing raised")


def unhandled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        pass


def bare_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


def bare_raise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise


def raise_e():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from the ValueError clause")
    except* TypeError:
        raise IndexError("from the TypeError clause")


def raise_new_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("replaces it")


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass


def naked_raise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("new")


def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e


def handled_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
    print("  handled inside the clause")


def base_exceptions():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        pass


def keyboard_interrupt():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print("  caught", repr(e), type(e).__name__)
        raise


for f in (unhandled, bare_raise, bare_raise_all, raise_e, raise_new, raise_new_only, naked_unmatched, naked_raise,
          naked_raise_new, raise_from, handled_inside, base_exceptions, keyboard_interrupt):
    attempt(f.__name__, f)
