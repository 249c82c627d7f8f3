closes = []
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")
            if closes:
                return
            closes.append(1)
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g.close()
