# async with: what __aexit__ receives, suppression, leaving the body by
# return/break/continue, several managers in one statement, and the
# awaits inside __aenter__/__aexit__ passing through to the driver.
class Tick:
    def __await__(self):
        got = yield "tick"
        return got


class Manager:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        got = await Tick()
        print(f"enter {self.name} (driver sent {got!r})")
        return self.name.upper()

    async def __aexit__(self, typ, exc, tb):
        await Tick()
        print(f"exit {self.name}: {typ.__name__ if typ else None} {exc!r} tb={tb is not None}")
        return typ is not None and issubclass(typ, self.suppress)


async def body_returns():
    async with Manager("r") as v:
        return "returned " + v


async def loop_leaves():
    for i in range(3):
        async with Manager(f"l{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    return i


async def several():
    async with Manager("outer") as a, Manager("inner", suppress=(ZeroDivisionError,)) as b:
        print("body", a, b)
        1 / 0
    return "inner suppressed"


async def not_suppressed():
    try:
        async with Manager("n", suppress=(KeyError,)):
            raise ValueError("bad value")
    except ValueError as e:
        return f"caught {e!r}, context {e.__context__!r}"


async def exit_raises():
    class Raiser(Manager):
        async def __aexit__(self, typ, exc, tb):
            raise RuntimeError(f"from exit, was {exc!r}")
    try:
        async with Raiser("x"):
            raise KeyError("original")
    except RuntimeError as e:
        return f"{e} / context {e.__context__!r}"


def drive(coro):
    ticks = 0
    value = None
    try:
        while True:
            coro.send(value)
            ticks += 1
            value = ticks
    except StopIteration as e:
        print("->", e.value, "after", ticks, "ticks")


for f in (body_returns, loop_leaves, several, not_suppressed, exit_raises):
    drive(f())
