# bytes(iterable): every item an int or an object with __index__ (asked
# once per item, a generator's items as they come), in range(0, 256).
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
def g(n):
    for i in range(n):
        yield I(i % 256)
print(bytes([I(65), I(66), 67]), bytes(g(300))[-3:], bytes(range(5)), bytes((x for x in b"hi")))
print(bytes(I(3)), bytes(b"ab"), bytes(bytearray(b"cd")) if 'bytearray' in dir(__builtins__) else b"cd")
for bad in ([1.5], [300], [-1], [I(256)], 5.0, object(), ["a"]):
    try:
        bytes(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class B:
    def __index__(self): return "x"
try:
    bytes([B()])
except TypeError as e:
    print(e)
