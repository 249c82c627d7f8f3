import threading, sys
x = 0
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
def inc():
    global x
    for _ in range(N):
        x += 1
ts = [threading.Thread(target=inc) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(x)
