# The course's singleton: a thread may block inside __new__. Without the
# lock every thread passes the check; with it exactly one instance is made.
import threading
import time


class Unsafe:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            time.sleep(0.1)
            cls._instance = super().__new__(cls)
        return cls._instance


class Safe:
    _instance = None
    _lock = threading.Lock()

    def __new__(cls):
        with cls._lock:
            if cls._instance is None:
                time.sleep(0.1)
                cls._instance = super().__new__(cls)
        return cls._instance


def run(cls):
    made = []

    def work():
        made.append(cls())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    distinct = []
    for obj in made:
        if all(obj is not d for d in distinct):
            distinct.append(obj)
    print(cls.__name__, "threads:", len(made), "instances:", len(distinct))


run(Unsafe)
run(Safe)
