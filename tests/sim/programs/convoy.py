import threading, time
def io_bound(n):
    t0 = time.perf_counter()
    for _ in range(n):
        time.sleep(0.0005)
    return time.perf_counter() - t0
def cpu_bound(stop):
    while not stop:
        pass
print(f"alone: {io_bound(200):.3f} s")
stop = []
t = threading.Thread(target=cpu_bound, args=(stop,))
t.start()
print(f"beside a CPU-bound thread: {io_bound(200):.3f} s")
stop.append(1)
t.join()
