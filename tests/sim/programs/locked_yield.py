# Four threads take one Lock 30,000 times each and yield (sleep(0)) after
# each: every hand-off is a state change, about 1.7 million trace records.
import threading
import time

lock = threading.Lock()
n = 0


def work():
    global n
    for _ in range(30000):
        with lock:
            n += 1
        time.sleep(0)


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(n)
