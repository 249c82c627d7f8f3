import threading
import time


def work(i):
    time.sleep(0.5)
    print(i)


ts = [threading.Thread(target=work, args=(i,)) for i in range(10000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done", threading.active_count())
