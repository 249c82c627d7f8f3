def g():
    yield 1
gen = g()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(gen)
except StopIteration:
    print("again StopIteration")
def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def raiser():
    raise StopIteration("inside")
    yield
try:
    next(raiser())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
