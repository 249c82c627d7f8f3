# select.select(): timeouts, readiness, and errors, checked against CPython.
import select
import socket
import threading
import time

a, b = socket.socketpair()
start = time.monotonic()
r, w, x = select.select([a], [], [], 0.2)
elapsed = time.monotonic() - start
print(r, w, x, 0.19 < elapsed < 0.5)

print(select.select([a], [], [], 0))
r, w, x = select.select([a], [a, b], [])
print(r == [], w == [a, b], x)

b.send(b'ping')
r, w, x = select.select([a, b], [], [], 1.0)
print(r == [a], a.recv(10))


def later():
    time.sleep(0.1)
    b.send(b'wake up')


t = threading.Thread(target=later)
t.start()
start = time.monotonic()
r, _, _ = select.select([a.fileno()], [], [])
print(r == [a.fileno()], a.recv(100), 0.09 < time.monotonic() - start < 0.5)
t.join()

b.close()
r, _, _ = select.select([a], [], [], 1)
print(r == [a], a.recv(10))

for bad in [([-1], [], []), (['x'], [], []), ([a], [], [], -1), ([a], [], [], 'x'), (5, [], [])]:
    try:
        select.select(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class Weird:
    def fileno(self):
        return 'nope'

try:
    select.select([Weird()], [], [], 0)
except TypeError as e:
    print(e)
a.close()
try:
    select.select([a], [], [], 0)
except ValueError as e:
    print(type(e).__name__, e)
print(select.error is OSError)
