# N generator send() round trips.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


g = averager()
next(g)
send = g.send
for i in range(N):
    send(i)
print(send(0))
