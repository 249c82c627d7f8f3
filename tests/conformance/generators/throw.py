def worker():
    while True:
        try:
            x = yield
            print("work", x)
        except ValueError as e:
            print("handled", e)
w = worker()
next(w)
w.send(1)
w.throw(ValueError("oops"))
w.send(2)
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", e)
try:
    w.send(3)
except StopIteration:
    print("generator is finished")
