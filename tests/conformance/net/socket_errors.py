# The errors a learner meets with sockets, as CPython reports them.
import socket


def attempt(label, fn):
    try:
        result = fn()
        print(label, '->', result)
    except Exception as e:
        print(label, '->', type(e).__name__, e)


s = socket.socket()
attempt('send before connect', lambda: s.send(b'x'))
attempt('recv before connect', lambda: s.recv(1))
attempt('accept before listen', lambda: s.accept())
attempt('getpeername', lambda: s.getpeername())
attempt('shutdown unconnected', lambda: s.shutdown(socket.SHUT_RDWR))
attempt('sendall str', lambda: s.sendall('text'))
attempt('recv negative', lambda: s.recv(-5))
attempt('settimeout negative', lambda: s.settimeout(-1))
attempt('settimeout str', lambda: s.settimeout('1'))
attempt('connect str', lambda: s.connect('localhost:80'))
attempt('connect port str', lambda: s.connect(('localhost', '80')))
attempt('connect port too big', lambda: s.connect(('localhost', 70000)))
attempt('bind port too big', lambda: s.bind(('127.0.0.1', 70000)))
s.close()
attempt('recv after close', lambda: s.recv(1))
attempt('send after close', lambda: s.send(b'x'))
attempt('fileno after close', lambda: s.fileno())
attempt('close twice', lambda: s.close())

a = socket.socket()
a.bind(('127.0.0.1', 0))
port = a.getsockname()[1]
b = socket.socket()
attempt('bind twice', lambda: a.bind(('127.0.0.1', 0)))
attempt('bind in use', lambda: b.bind(('127.0.0.1', port)))
a.listen()
c = socket.create_connection(('127.0.0.1', port))
attempt('connect again', lambda: c.connect(('127.0.0.1', port)))
attempt('connect_ex again', lambda: c.connect_ex(('127.0.0.1', port)))
conn, _ = a.accept()
conn.close()
attempt('recv after peer closed', lambda: c.recv(10))
for sock in (a, b, c):
    sock.close()
with socket.socket() as d:
    print('inside with:', d.fileno() >= 0)
print('after with:', d.fileno())
attempt('gethostbyname number', lambda: socket.gethostbyname('127.0.0.1'))
attempt('getaddrinfo bad service', lambda: socket.getaddrinfo('localhost', 'nope'))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.SOMAXCONN, socket.SHUT_WR)
print(issubclass(socket.gaierror, OSError), socket.timeout is TimeoutError, socket.error is OSError)
