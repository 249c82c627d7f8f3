# Two threads talk over socket.socketpair(): a blocking recv() waits for the
# other thread's send(); closing one end gives b'' at the other.
import socket
import threading

a, b = socket.socketpair()
print(type(a).__name__, a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM)
print(a.fileno() >= 0, a.fileno() != b.fileno(), a.gettimeout(), a.getblocking())


def worker():
    for i in range(3):
        data = b.recv(100)
        print('worker got', data)
        b.sendall(data + b'!')
    print('worker sees end:', b.recv(100))
    b.close()


t = threading.Thread(target=worker)
t.start()
for word in [b'one', b'two', b'three']:
    a.sendall(word)
    print('main got', a.recv(100))
a.close()
t.join()
print(a.fileno(), b.fileno())

# Non-blocking recv on an empty socket.
c, d = socketpair = socket.socketpair()
c.setblocking(False)
print(c.gettimeout(), c.getblocking())
try:
    c.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
d.send(b'xyz')
print(c.recv(2), c.recv(10))
d.close()
print(c.recv(10))
c.close()
try:
    c.recv(10)
except OSError as e:
    print(type(e).__name__, e)

# Timeouts.
e, f = socket.socketpair()
e.settimeout(0.05)
try:
    e.recv(1)
except TimeoutError as exc:
    print('timeout:', exc, isinstance(exc, socket.timeout), isinstance(exc, OSError))
with e, f:
    f.send(b'late')
    print(e.recv(10))
print(e.fileno(), f.fileno())

try:
    e.send('text')
except TypeError as exc:
    print(exc)
g, h = socket.socketpair()
h.close()
try:
    g.send(b'x')
except BrokenPipeError as exc:
    print(type(exc).__name__, exc)
g.close()
