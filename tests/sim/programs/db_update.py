import concurrent.futures as cf
import time
class DbUpdate:
    def __init__(self):
        self.value = 0
    def update(self):
        print("Update Started")
        print("Sleeping")
        time.sleep(2)
        print("Reading Value From Db")
        tmp = self.value**2 + 1
        print("Updating Value")
        self.value = tmp
        print("Update Finished")
db = DbUpdate()
with cf.ThreadPoolExecutor(max_workers=5) as executor:
    updates = [executor.submit(db.update), executor.submit(db.update)]
print(f"Final value is {db.value}")
