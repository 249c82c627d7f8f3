# The course's "event loop on non-blocking sockets": an echo server on
# localhost driven by a selector, and clients in threads of the same program.
import selectors
import socket
import threading

sel = selectors.DefaultSelector()
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(('localhost', 8000))
server.listen()
server.setblocking(False)


def accept(sock):
    conn, addr = sock.accept()
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)


def read(conn):
    data = conn.recv(1024)
    if data:
        conn.send(data.upper())
    else:
        sel.unregister(conn)
        conn.close()


sel.register(server, selectors.EVENT_READ, accept)


def client(name):
    with socket.create_connection(('localhost', 8000)) as s:
        for i in range(3):
            s.sendall(f'{name} says {i}'.encode())
            print(s.recv(1024).decode())


clients = [threading.Thread(target=client, args=(f'client{n}',)) for n in range(3)]
for c in clients:
    c.start()
served = 0
while any(c.is_alive() for c in clients) or len(sel.get_map()) > 1:
    for key, mask in sel.select(timeout=1):
        key.data(key.fileobj)
        served += 1
print('events served:', served)
sel.close()
server.close()
