def f():
    try:
        raise ValueError("orig")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("reraised", e)
try:
    try:
        raise TypeError("t")
    except TypeError as e:
        err = e
    raise err
except TypeError as e2:
    print(e2 is err)
import sys
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
