# sys.exit(obj) with an object that is neither None nor an int prints
# str(obj) on stderr and exits with 1; that __str__ is Python code and may
# sleep.
import sys
import time


class Reason:
    def __str__(self):
        time.sleep(0.2)
        print("__str__ ran after", round(time.monotonic() - t0, 2), "s")
        return "причина: " + "всё"


t0 = time.monotonic()
print("exiting")
sys.exit(Reason())
