# The course's helper module for CPython: the same source as the one built into
# Interleave (core/stdlib/asyncio_module.cpp, kUtilSource). tests/scenarios/check.py
# puts this directory on PYTHONPATH when it asks CPython for the expected output.
"""The course's helper module (from "Python Concurrency with asyncio"):
delay() sleeps and says so; async_timed() times a coroutine."""
import asyncio
import functools
import time


async def delay(delay_seconds):
    print(f'засыпаю на {delay_seconds} с')
    await asyncio.sleep(delay_seconds)
    print(f'сон в течение {delay_seconds} с закончился')
    return delay_seconds


def async_timed():
    def wrapper(func):
        @functools.wraps(func)
        async def wrapped(*args, **kwargs):
            print(f'выполняется {func} с аргументами {args} {kwargs}')
            start = time.time()
            try:
                return await func(*args, **kwargs)
            finally:
                end = time.time()
                total = end - start
                print(f'{func} завершилась за {total:.4f} с')
        return wrapped
    return wrapper
