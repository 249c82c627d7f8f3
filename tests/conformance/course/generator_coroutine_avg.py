def coroutine(fn):
    def wrapper(*args, **kwargs):
        g = fn(*args, **kwargs)
        g.send(None)
        return g
    return wrapper
@coroutine
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
avg = running_average()
for v in [10, 30, 5]:
    print(avg.send(v))
def producer(target):
    for item in ["a", "b", "c"]:
        target.send(item)
    target.close()
@coroutine
def consumer():
    try:
        while True:
            item = yield
            print("consumed", item)
    except GeneratorExit:
        print("consumer done")
producer(consumer())
