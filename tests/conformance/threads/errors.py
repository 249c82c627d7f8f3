import threading

t = threading.Thread(target=print, args=("hi",))
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join self:", e)
lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("release:", e)
r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("rlock release:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("acquire:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("acquire:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("semaphore:", e)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("bounded:", e)
c = threading.Condition()
try:
    c.wait()
except RuntimeError as e:
    print("condition:", e)
try:
    c.notify()
except RuntimeError as e:
    print("condition:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("group:", e)
