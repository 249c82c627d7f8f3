# "coroutine ... was never awaited": CPython warns on stderr when a
# coroutine that never started is destroyed. A call whose result is
# dropped at once warns there (once per location); one still alive at
# exit warns at shutdown ("sys:1").
async def fetch(n):
    return n * 2


class Client:
    async def get(self):
        return "data"


def helper():
    fetch(1)
    print("helper done")


fetch(0)
print("after the first call")
helper()
for i in range(3):
    fetch(i)
Client().get()
kept = fetch(10)
closed = fetch(11)
closed.close()


async def main():
    fetch(2)
    return await fetch(3)


c = main()
try:
    c.send(None)
except StopIteration as e:
    print("main returned", e.value)
print("end")


def timed(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@timed
async def decorated():
    return 3


decorated()
