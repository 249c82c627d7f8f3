# An uncaught group whose members have tracebacks and chains of their own.
def step(i):
    if i == 1:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise ValueError("from") from e
    if i == 2:
        try:
            {}["missing"]
        except KeyError:
            raise TypeError("while handling")
    raise OSError(i)


def collect():
    errors = []
    for i in range(4):
        try:
            step(i)
        except Exception as e:
            errors.append(e)
    errors.append(ExceptionGroup("not raised", [ZeroDivisionError("leaf")]))
    try:
        raise ExceptionGroup("raised", [IndexError(9)])
    except ExceptionGroup as eg:
        errors.append(eg)
    raise ExceptionGroup("collected", errors)


collect()
