def risky(kind):
    if kind == "k":
        raise KeyError("key")
    if kind == "v":
        raise ValueError("val")
    return "fine"
for kind in ["k", "v", "x"]:
    try:
        try:
            print(risky(kind))
        except KeyError as e:
            print("inner KeyError", e)
            raise RuntimeError("wrapped") from e
        finally:
            print("inner finally", kind)
    except RuntimeError as e:
        print("outer RuntimeError", e, "cause:", repr(e.__cause__))
    except ValueError as e:
        print("outer ValueError", e)
try:
    raise ExceptionGroup if False else TypeError("t")
except (ValueError, TypeError) as e:
    print("tuple match", type(e).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        print(e.__traceback__ is not None)
        raise
except ArithmeticError as e:
    print("base class caught", type(e).__name__)
