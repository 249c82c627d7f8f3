try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(e, repr(e.__context__), e.__cause__)
try:
    raise ValueError("no chain") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
