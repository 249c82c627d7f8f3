import threading
lock = threading.Lock()
counter = 0
def worker(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=worker, args=(10,)) for _ in range(4)]
