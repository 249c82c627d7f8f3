# Notes print after the exception line of an uncaught exception.
def check(value):
    if value < 0:
        err = ValueError(f"negative: {value}")
        err.add_note("values must be positive")
        err.add_note("got it from the second line\nof the input file")
        raise err
    return value


try:
    check(-1)
except ValueError as e:
    e.add_note("caught and re-raised")
    raise RuntimeError("cannot continue") from e
