from collections import deque
import random
random.seed(11)
q = deque()
served = []
t = 0
for step in range(20):
    if random.random() < 0.6:
        q.append(f"c{step}")
    if q and random.random() < 0.5:
        served.append((step, q.popleft()))
print(len(served), served[:4], list(q))
