# Exceptions raised in except* clauses and the unhandled rest, uncaught.
def work():
    try:
        raise ExceptionGroup("several", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from the ValueError clause")
    except* TypeError:
        raise


work()
