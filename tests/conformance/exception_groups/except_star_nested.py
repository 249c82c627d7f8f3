# except* inside functions, loops, handlers and generators.
def inner():
    try:
        raise ExceptionGroup("inner", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("inner caught", repr(e))


try:
    inner()
except* TypeError as e:
    print("outer caught", repr(e))

for i in range(3):
    try:
        if i == 1:
            raise ExceptionGroup("loop", [KeyError(i)])
        raise ValueError(i)
    except* ValueError as e:
        print("iteration", i, "ValueError", e.exceptions)
    except* KeyError as e:
        print("iteration", i, "KeyError", e.exceptions)
        for x in e.exceptions:
            if x.args[0] == 1:
                break
        print("a loop inside a clause may break")

try:
    raise ExceptionGroup("outer", [ValueError("a"), TypeError("b")])
except* ValueError:
    try:
        raise ExceptionGroup("nested", [KeyError("c"), OSError("d")])
    except* KeyError as e:
        print("nested caught", repr(e))
    except* OSError as e:
        print("nested OSError", repr(e))
except* TypeError as e:
    print("outer TypeError", repr(e))

try:
    raise ExceptionGroup("in except", [ValueError(1)])
except ExceptionGroup:
    try:
        raise ExceptionGroup("again", [ValueError(2), TypeError(3)])
    except* TypeError as e:
        print("inside except:", repr(e))
    except* ValueError as e:
        print("inside except:", repr(e), repr(e.__context__))


def gen():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        yield f"handled {e!r}"
        yield "still in the clause"
    except* KeyError:
        yield "key"
    yield "after"


print(list(gen()))


async def coro():
    try:
        raise ExceptionGroup("coro", [ValueError(1)])
    except* ValueError as e:
        result = repr(e)
    return result


c = coro()
try:
    c.send(None)
except StopIteration as stop:
    print("coroutine returned", stop.value)
