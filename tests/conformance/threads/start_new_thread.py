# _thread.start_new_thread with positional and keyword arguments, and its
# argument errors.
import _thread
import time

done = []


def work(a, b, *, sep="-"):
    done.append(f"{a}{sep}{b}")


_thread.start_new_thread(work, (1, 2))
_thread.start_new_thread(work, (3, 4), {"sep": "+"})
time.sleep(0.1)
print(sorted(done))
for bad in [(work, [1, 2]), (work, (1, 2), 5), (work,)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
