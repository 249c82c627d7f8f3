# x = x + f(): a call between the read and the write of x. CPython 3.11
# loses about half of the updates (measured: 1.06M of 2M).
import sys
import threading
x = 0
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
def f():
    return 1
def inc():
    global x
    for _ in range(N):
        x = x + f()
ts = [threading.Thread(target=inc) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(x)
