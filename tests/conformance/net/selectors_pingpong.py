# selectors: a ping-pong between two threads through a DefaultSelector, and
# the selector's API and errors, checked against CPython.
import selectors
import socket
import threading

print(selectors.EVENT_READ, selectors.EVENT_WRITE)
a, b = socket.socketpair()
sel = selectors.DefaultSelector()
key = sel.register(a, selectors.EVENT_READ, data='side a')
print(type(key).__name__, key.fileobj is a, key.fd == a.fileno(), key.events, key.data)
print(key._fields)
print(sel.get_key(a) is key, len(sel.get_map()), a in sel.get_map(), b in sel.get_map())
print(sel.select(timeout=0))

try:
    sel.register(a, selectors.EVENT_READ)
except KeyError as e:
    print('KeyError', 'is already registered' in str(e))
for bad in [0, 4, -1]:
    try:
        sel.register(b, bad)
    except ValueError as e:
        print('ValueError', e)
try:
    sel.unregister(b)
except KeyError as e:
    print('KeyError', 'is not registered' in str(e))
try:
    sel.get_key(b)
except KeyError as e:
    print('KeyError', 'is not registered' in str(e))
try:
    sel.register('nope', selectors.EVENT_READ)
except ValueError as e:
    print('ValueError', e)

key2 = sel.modify(a, selectors.EVENT_READ, data='renamed')
print(key2.data, key2.events, sel.get_key(a).data)
key3 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data='both')
print(key3.events, [(k.data, ev) for k, ev in sel.select(0)])
sel.modify(a, selectors.EVENT_READ, data='side a')

rounds = 5


def pong():
    with selectors.DefaultSelector() as s:
        s.register(b, selectors.EVENT_READ)
        for i in range(rounds):
            events = s.select()
            for k, mask in events:
                data = k.fileobj.recv(100)
                print('pong got', data, mask)
                k.fileobj.sendall(b'pong')


t = threading.Thread(target=pong)
t.start()
for i in range(rounds):
    a.sendall(b'ping')
    for k, mask in sel.select(timeout=5):
        print('ping got', k.fileobj.recv(100), k.data, mask)
t.join()

removed = sel.unregister(a)
print(removed.data, len(sel.get_map()))
sel.close()
print(sel.get_map())
try:
    sel.get_key(a)
except RuntimeError as e:
    print('RuntimeError', e)

# A closed socket can still be unregistered through its key.
s2 = selectors.SelectSelector()
s2.register(b, selectors.EVENT_READ)
b.close()
print(s2.unregister(b).fd >= 0)
s2.close()
a.close()
print(selectors.DefaultSelector.__name__, issubclass(selectors.DefaultSelector, selectors.BaseSelector))
