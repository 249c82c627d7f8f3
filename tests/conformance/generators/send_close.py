def echo():
    print("started")
    try:
        while True:
            received = yield
            print("got", received)
    except GeneratorExit:
        print("closing")
e = echo()
next(e)
e.send("hello")
e.send(42)
e.close()
print("closed")
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(30))
def g():
    yield 1
x = g()
try:
    x.send(5)
except TypeError as err:
    print(err)
