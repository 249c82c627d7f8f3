import threading
import time

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
results = []


def waiter(n):
    ev.wait()
    results.append(n)


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
time.sleep(0.1)
print("before set:", results)
ev.set()
for t in ts:
    t.join()
print("after set:", sorted(results), ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

order = []
barrier = threading.Barrier(3, action=lambda: order.append("action"))


def party(n):
    time.sleep(0.01 * n)
    order.append(f"arrive {n}")
    i = barrier.wait()
    order.append(("pass", i))


ps = [threading.Thread(target=party, args=(n,)) for n in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(order[:4])
print(sorted(order[4:]))
print(barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken:", b2.broken)
b2.reset()
print("reset:", b2.broken)
