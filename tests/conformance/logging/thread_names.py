# %(threadName)s and %(thread)d come from the threading module. Replacing
# its current_thread, get_ident and RLock before logging is imported makes
# them deterministic here and in CPython (whose logging uses them too).
import sys
import threading


class FakeLock:
    def __init__(self):
        self.depth = 0
        self.uses = 0

    def acquire(self, blocking=True, timeout=-1):
        self.depth += 1
        self.uses += 1
        return True

    def release(self):
        self.depth -= 1

    def _at_fork_reinit(self):
        pass


class FakeThread:
    def __init__(self, name, ident):
        self.name = name
        self.ident = ident


class FakeThreading:
    def __init__(self):
        self.current = FakeThread("MainThread", 1001)
        self.locks = []

    def current_thread(self):
        return self.current

    def get_ident(self):
        return self.current.ident

    def RLock(self):
        lock = FakeLock()
        self.locks.append(lock)
        return lock


fake = FakeThreading()
saved = threading.current_thread, threading.get_ident, threading.RLock
threading.current_thread, threading.get_ident, threading.RLock = fake.current_thread, fake.get_ident, fake.RLock

import logging

logging.basicConfig(format="%(threadName)s:%(message)s",
                    level=logging.INFO, stream=sys.stdout)
logging.info("Main started")
fake.current = FakeThread("Thread-1 (delay)", 2002)
logging.info("THREE SECONDS DELAY received")
fake.current = FakeThread("Thread-2 (delay)", 3003)
logging.info("TWO SECONDS DELAY received")
fake.current = FakeThread("ThreadPoolExecutor-0_0", 4004)
logging.basicConfig(format="%(thread)d %(threadName)-24s %(levelname)s %(message)s", stream=sys.stdout, force=True)
logging.warning("from the pool")
handler = logging.root.handlers[0]
print(handler.lock is not None, handler.lock.depth, handler.lock.uses > 0)
print(all(lock.depth == 0 for lock in fake.locks))
threading.current_thread, threading.get_ident, threading.RLock = saved
