import selectors
import socket
import threading

a, b = socket.socketpair()
def reader():
    b.recv(10)
threading.Thread(target=reader).start()
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ)
sel.select()
