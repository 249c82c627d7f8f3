import threading
import time

sem = threading.Semaphore(2)
active = 0
peak = 0
mutex = threading.Lock()


def limited():
    global active, peak
    with sem:
        with mutex:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)
        with mutex:
            active -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))

fired = []
t1 = threading.Timer(0.05, lambda: fired.append("t1"))
t2 = threading.Timer(0.01, fired.append, args=["t2"])
t3 = threading.Timer(0.03, fired.append, args=["t3"])
t1.start(); t2.start(); t3.start()
t3.cancel()
t1.join(); t2.join(); t3.join()
print(fired)

data = threading.local()
data.x = "main"


def show(n):
    data.x = n
    time.sleep(0.01)
    print("thread sees", data.x)


w = threading.Thread(target=show, args=(1,))
w.start()
w.join()
print("main sees", data.x)
try:
    threading.Thread(target=lambda: print(data.x)).run()
    t = threading.Thread(target=lambda: print(hasattr(data, "x")))
    t.start()
    t.join()
except AttributeError as e:
    print("error", e)
