def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        raise TypeError("one")
    return n
for n in range(3):
    try:
        print(risky(n))
    except ValueError as e:
        print("ValueError", e)
    except (TypeError, KeyError) as e:
        print("Type/Key", type(e).__name__, e.args)
    else:
        print("else ran")
    finally:
        print("finally", n)
try:
    [][1]
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), str(e))
try:
    int("x")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
