import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)])
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
b = queue.Queue(maxsize=1)
b.put("a")
try:
    b.put_nowait("b")
except queue.Full:
    print("full", b.full())
try:
    b.put("b", timeout=0.01)
except queue.Full:
    print("full after timeout")
try:
    b.get(timeout=-1)
except ValueError as e:
    print(e)
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty(), sq.qsize())

work = queue.Queue()
results = []


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.append(item * item)
        work.task_done()


ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(10):
    work.put(i)
work.join()
print(sorted(results))
for w in ws:
    work.put(None)
for w in ws:
    w.join()
try:
    work.task_done()
except ValueError as e:
    print(e)


def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)


def consumer(q, out):
    while (item := q.get()) is not None:
        out.append(item)


pc = queue.Queue(maxsize=2)
out = []
c = threading.Thread(target=consumer, args=(pc, out))
p = threading.Thread(target=producer, args=(pc, 8))
c.start(); p.start(); p.join(); c.join()
print(out)
