# seeds/002: the DbUpdate example with a lock and a thread pool (print
# instead of logging so the output has no timestamps).
import concurrent.futures as cf
import threading
import time

LOCK = threading.Lock()


class DbUpdate:
    def __init__(self):
        self.value = 0

    def update(self):
        print("Update Started")
        print("Sleeping")
        time.sleep(2)
        with LOCK:
            print("Reading Value From Db")
            tmp = self.value**2 + 1
            print("Updating Value")
            self.value = tmp
            print("Update Finished")


db = DbUpdate()
with cf.ThreadPoolExecutor(max_workers=5) as executor:
    updates = [executor.submit(db.update) for _ in range(2)]
print(f"Final value is {db.value}")
