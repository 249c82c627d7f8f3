# Callbacks that raise: the loop's exception handler gets the message, the
# exception and the handle, with the exception being handled (sys.exc_info)
# while it runs; the other callbacks still run; args may be any tuple.
import asyncio
import sys


def boom(tag, *rest):
    raise ValueError(f'boom {tag} {rest}')


def ok(*args):
    print('ok', args)


def handler(loop, context):
    exc = context['exception']
    print('handler:', context['message'].replace(__file__, 'FILE'))  # no absolute path
    print('  exception:', repr(exc), sys.exc_info()[1] is exc)
    h = context['handle']
    print('  handle:', repr(h).replace(__file__, 'FILE') if type(h) is asyncio.Handle else type(h).__name__)
    print('  keys:', sorted(context))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(boom, 1)
    loop.call_soon(ok, 'a', 'b')
    loop.call_soon(boom, 2, 3, 4)
    loop.call_later(0.01, ok)
    loop.call_later(0.02, boom, 'late')
    fut = loop.create_future()
    fut.add_done_callback(lambda f: boom('done', f.result()))
    fut.add_done_callback(lambda f: ok('done', f.result()))
    fut.set_result(7)
    await asyncio.sleep(0.05)
    print(sys.exc_info())

    # A cancelled handle does not run; a callback raising SystemExit (below)
    # ends the loop.
    loop.set_exception_handler(None)
    loop.call_soon(ok, 'still')
    h = loop.call_soon(boom, 'cancelled')
    h.cancel()
    await asyncio.sleep(0)
    print(repr(h).replace(__file__, 'FILE'))


asyncio.run(main())


def leave():
    raise SystemExit(5)


async def exits():
    asyncio.get_running_loop().call_soon(leave)
    await asyncio.sleep(1)

try:
    asyncio.run(exits())
except SystemExit as e:
    print('SystemExit', e.code)
