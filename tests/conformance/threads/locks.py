import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
print(type(lock).__name__, type(r).__name__)


counter = 0


def inc(lock):
    global counter
    for _ in range(20000):
        lock.acquire()
        counter += 1
        lock.release()


tl = threading.Thread(target=inc, args=[lock], name="Th 1")
t2 = threading.Thread(target=inc, args=[lock], name="Th 2")
tl.start()
t2.start()
tl.join()
t2.join()
print("final value of x :", counter)


def other_releases():
    held.release()


held = threading.Lock()
held.acquire()
t = threading.Thread(target=other_releases)
t.start()
t.join()
print("released by another thread:", held.locked())
