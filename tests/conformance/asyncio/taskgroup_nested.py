# Nested TaskGroups: a failure inside propagates as a group inside a group.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(name, "ok")
    return name


async def bad(name, delay):
    await asyncio.sleep(delay)
    raise ValueError(name)


async def inner_group(fail):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ok("inner-1", 0.1))
        if fail:
            tg.create_task(bad("inner-bad", 0.05))
        tg.create_task(ok("inner-2", 0.2))
    return "inner done"


async def long_sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("long sibling cancelled")
        raise


def describe(e, indent=""):
    print(indent + repr(e))
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            describe(sub, indent + "  ")


async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(inner_group(False))
        tg.create_task(ok("outer", 0.15))
    print(t.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group(True))
            tg.create_task(long_sibling())
            tg.create_task(bad("outer-bad", 0.3))
    except ExceptionGroup as eg:
        describe(eg)
        print("leaves:", eg.subgroup(ValueError) is eg)
        match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == "inner-bad")
        describe(match)
        print(rest)


asyncio.run(main())
