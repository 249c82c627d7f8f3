# Each thread has its own main greenlet and its own tree of greenlets;
# switching to a greenlet of another thread raises greenlet.error.
import sys
import threading
from greenlet import greenlet, getcurrent, error

sys.setswitchinterval(1e-5)  # threads preempt each other often
main_main = getcurrent()
results = {}
lock = threading.Lock()


def pingpong(name, rounds):
    tmain = getcurrent()
    checks = [tmain is not main_main, tmain.parent is None]

    def ping():
        n = 0
        while n < rounds:
            n = pong_g.switch(n + 1)
        return n

    def pong(n):
        while True:
            n = ping_g.switch(n + 1)

    ping_g = greenlet(ping)
    pong_g = greenlet(pong)
    checks.append(ping_g.parent is tmain)
    total = ping_g.switch()
    try:
        main_main.switch()
    except error as e:
        checks.append(str(e))
    with lock:
        results[name] = (total, checks, pong_g.dead)


threads = [threading.Thread(target=pingpong, args=("t%d" % i, 3000 + i)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])

# A suspended greenlet of a thread that is still running cannot be entered.
ready = threading.Event()
done = threading.Event()
box = {}


def owner():
    def parked():
        getcurrent().parent.switch()
    box["g"] = greenlet(parked)
    box["g"].switch()
    ready.set()
    done.wait()


t = threading.Thread(target=owner)
t.start()
ready.wait()
try:
    box["g"].switch()
except error as e:
    print("error:", e)
g = greenlet(lambda: None)
try:
    box["g"].parent = g
except ValueError as e:
    print("ValueError:", e)
done.set()
t.join()
