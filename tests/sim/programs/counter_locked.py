# seeds/003: two threads, a million locked increments each.
from threading import Lock, Thread as Thread

x = 0


def inc(lock):
    global x
    for _ in range(1000000):
        lock.acquire()
        x += 1
        lock.release()


lock = Lock()
tl = Thread(target=inc, args=[lock], name="Th 1")
t2 = Thread(target=inc, args=[lock], name="Th 2")
tl.start()
t2.start()
tl.join()
t2.join()
print("final value of х :", x)
