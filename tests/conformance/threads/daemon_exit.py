import threading
import time


def forever():
    while True:
        time.sleep(0.1)


def slow():
    time.sleep(0.3)
    print("non-daemon thread finished")


d = threading.Thread(target=forever, daemon=True)
d.start()
s = threading.Thread(target=slow)
s.start()
print("main ends", d.daemon, s.daemon)
