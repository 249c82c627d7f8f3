import concurrent.futures as cf
import time


# No two of the jobs submitted below end within a few ms of each other (3
# starts when 2 ends), so as_completed's order does not hinge on how fast a
# worker thread picks up its next job.
DELAY = {0: 0.04, 1: 0.03, 2: 0.02, 3: 0.005, 4: 0.0}


def square(x):
    time.sleep(DELAY[x])
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(5))))
    fs = {ex.submit(square, i): i for i in range(4)}
    print([fs[f] for f in cf.as_completed(fs)])
    f = ex.submit(fail, 1)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("raised", e)
    done, not_done = cf.wait([ex.submit(square, 1), ex.submit(square, 2)])
    print(len(done), len(not_done), sorted(d.result() for d in done))
    slow = ex.submit(time.sleep, 0.2)
    try:
        slow.result(timeout=0.01)
    except cf.TimeoutError:
        print("timeout", slow.done(), slow.running())
    d, nd = cf.wait([slow], timeout=0.01)
    print(len(d), len(nd))
    calls = []
    g = ex.submit(square, 3)
    g.add_done_callback(lambda fut: calls.append(fut.result()))
    g.result()
    time.sleep(0.01)
    print(calls)

fut = cf.Future()
print(fut.done(), fut.cancelled(), fut.cancel(), fut.cancelled(), fut.done())
try:
    fut.result()
except cf.CancelledError:
    print("cancelled")
ex = cf.ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(print)
except RuntimeError as e:
    print(e)
try:
    cf.ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
print(issubclass(cf.TimeoutError, TimeoutError))
