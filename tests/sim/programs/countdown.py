import threading, time
def countdown(n):
    while n > 0:
        n -= 1
N = 2_000_000
t0 = time.perf_counter()
countdown(N); countdown(N)
seq = time.perf_counter() - t0
t0 = time.perf_counter()
ts = [threading.Thread(target=countdown, args=(N,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
par = time.perf_counter() - t0
print(f"sequential {seq:.3f} s, two threads {par:.3f} s, ratio {par/seq:.2f}")
