def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    return "done"
print(g())
def h():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("h finally")
print(h())
def k():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
k()
def nested():
    try:
        return 1
    finally:
        try:
            print("nested finally")
        finally:
            print("deepest")
print(nested())
