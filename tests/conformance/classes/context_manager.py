class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is ValueError
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("c"):
    raise ValueError("suppressed")
print("after")
try:
    with CM("d"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    with CM("e"):
        return "returned"
print(f())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
