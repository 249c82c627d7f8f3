# Ten threads each fetch a page with requests.get(): each thread is blocked
# in socket.connect()/socket.recv() with the GIL released, so the requests
# overlap. With --net example.com=100ms a request takes two round trips
# (connect, then request/answer): about 0.2 s, and all ten about 0.2 s too.
import threading
import time

import requests

results = []


def fetch(i):
    r = requests.get(f'http://example.com/page{i}')
    results.append((i, r.status_code, len(r.text)))


start = time.perf_counter()
threads = [threading.Thread(target=fetch, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(sorted(code for _, code, _ in results))
print(f'threads: {elapsed:.3f}')

start = time.perf_counter()
for i in range(10):
    requests.get(f'http://example.com/page{i}')
print(f'sequential: {time.perf_counter() - start:.3f}')
