def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
