import time
import functools
def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        wrapper.calls += 1
        wrapper.total += elapsed
        return result
    wrapper.calls = 0
    wrapper.total = 0.0
    return wrapper
@timed
def work(n):
    return sum(range(n))
for n in [10, 100, 1000]:
    work(n)
print(work.calls, work.total >= 0, work.__name__)
