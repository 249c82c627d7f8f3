def process(items):
    errors = []
    for item in items:
        try:
            if item < 0:
                raise ValueError(f"negative: {item}")
            if item == 0:
                raise ZeroDivisionError("zero")
            yield 10 / item
        except (ValueError, ZeroDivisionError) as e:
            errors.append(str(e))
    yield errors
print(list(process([5, -1, 0, 2])))
def checked(x):
    try:
        return int(x)
    except (TypeError, ValueError):
        return None
    finally:
        pass
print([checked(v) for v in ["1", "a", None, 2.5]])
