# Groups in chains: as a cause, with a context, with a group as context.
def first():
    try:
        raise ExceptionGroup("first", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass


def second():
    try:
        first()
    except ExceptionGroup as eg:
        raise ExceptionGroup("second", [KeyError(3)]) from eg


try:
    second()
except ExceptionGroup:
    try:
        1 / 0
    except ZeroDivisionError as zde:
        raise RuntimeError("giving up")
