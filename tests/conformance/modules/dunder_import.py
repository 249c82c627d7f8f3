m = __import__("math")
print(m.sqrt(16), m is __import__("math"))
cf = __import__("concurrent.futures")
print(cf.__name__, cf.futures.__name__)
f = __import__("concurrent.futures", fromlist=["ThreadPoolExecutor"])
print(f.__name__, f.ThreadPoolExecutor.__name__)
print(__import__("collections", globals(), locals(), ["deque"], 0).deque([1]))
mods = [__import__(n) for n in ("time", "random")]
print([x.__name__ for x in mods])
for bad in [("nosuchmod",), ("",), (5,), ("math", None, None, (), -1), ("math", None, None, (), 1)]:
    try:
        __import__(*bad)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).split(" (the Interleave")[0])
import sys
print("math" in sys.modules, type(sys.modules["math"]).__name__)
