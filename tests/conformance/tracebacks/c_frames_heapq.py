# heapq.heappush is C code in CPython: the traceback shows the caller's
# line and the comparison's error, no heapq frames.
import heapq

h = [3, 1, 2]
heapq.heapify(h)
heapq.heappush(h, 0)
print(h)
heapq.heappush(h, "a")
