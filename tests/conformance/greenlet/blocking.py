# Blocking calls (sleep, a lock) inside greenlets, a blocking native as run,
# and SystemExit leaving a greenlet.
import time, threading, sys
from greenlet import greenlet, getcurrent
main = getcurrent()
def sleeper(n):
    time.sleep(0.01)
    x = main.switch("slept once")
    time.sleep(0.01)
    return "slept twice " + x
g = greenlet(sleeper)
print(g.switch(1))
print(g.switch("!"))
g2 = greenlet(time.sleep)
print(g2.switch(0.001), g2.dead)
lock = threading.Lock()
def locker():
    with lock:
        main.switch("holding")
    return "released"
g3 = greenlet(locker)
print(g3.switch(), lock.locked())
print(g3.switch(), lock.locked())
def quitter():
    sys.exit(3)
greenlet(quitter).switch()
