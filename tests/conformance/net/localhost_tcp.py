# TCP over localhost in one program: a listening socket, a client thread,
# accept(), blocking and non-blocking calls, shutdown, refusals. Real
# loopback under CPython, the simulated one here.
import select
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, port > 0, srv.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
try:
    srv.getpeername()
except OSError as e:
    print(type(e).__name__, e)


client_saw = []


def client():
    with socket.create_connection(('127.0.0.1', port)) as c:
        client_saw.append(c.getpeername() == ('127.0.0.1', port))
        c.sendall(b'hello ' * 3)
        c.shutdown(socket.SHUT_WR)
        reply = b''
        while True:
            chunk = c.recv(4)
            if not chunk:
                break
            reply += chunk
        client_saw.append(reply)


t = threading.Thread(target=client)
t.start()
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], conn.gettimeout(), conn.getsockname() == ('127.0.0.1', port))
data = b''
while True:
    chunk = conn.recv(1024)
    if not chunk:
        break
    data += chunk
print('server got', data)
conn.sendall(data.upper())
conn.close()
t.join()
print('client saw', client_saw)

# Non-blocking accept with nothing pending, then a non-blocking connect.
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
c = socket.socket()
c.setblocking(False)
err = c.connect_ex(('127.0.0.1', port))
print('connect_ex:', err in (0, 115))
r, w, _ = select.select([srv], [c], [], 5)
print(r == [srv], w == [c], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn, _ = srv.accept()
print(conn.getblocking())
conn.close()
c.close()
srv.close()

# Nobody listens there any more.
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
s = socket.socket()
print(s.connect_ex(('127.0.0.1', port)))
s.close()
try:
    socket.socket().bind(('192.0.2.1', 0))
except OSError as e:
    print(type(e).__name__, e)
print(socket.gethostbyname('localhost'), socket.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM)[0][4])
