import time
def measure(func, *args, repeat=3):
    results = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(*args)
        elapsed = time.perf_counter() - start
        results.append(elapsed >= 0)
    return all(results)
def work(n):
    return sum(i * i for i in range(n))
print(measure(work, 1000))
start = time.time()
total = work(10000)
elapsed = time.time() - start
print(total, elapsed >= 0, f"{0.5:0.2f} сек.")
