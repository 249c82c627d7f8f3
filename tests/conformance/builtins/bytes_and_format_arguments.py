# bytes() and format() check their arguments (found by the VM fuzzer:
# bytes(-1) and bytes(2**62) aborted, format(x, 0) read an int as a str).
for arg in (-1, 2 ** 62, ["a"], [256], [-1], [1, 2, 255]):
    try:
        print(bytes(arg))
    except (ValueError, TypeError, MemoryError, OverflowError) as e:
        print(type(e).__name__)
for spec in (0, None, ">5"):
    try:
        print(repr(format(12, spec)))
    except TypeError as e:
        print("TypeError", e)
