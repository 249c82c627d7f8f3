# asyncio's socket API on non-blocking sockets over localhost: sock_accept,
# sock_connect, sock_sendall, sock_recv, add_reader/remove_reader, and
# call_soon_threadsafe waking the loop from another thread.
import asyncio
import socket
import threading


async def serve(srv, loop):
    conn, addr = await loop.sock_accept(srv)
    print('accepted', conn.getblocking(), addr[0])
    while True:
        data = await loop.sock_recv(conn, 1024)
        if not data:
            break
        await loop.sock_sendall(conn, data[::-1])
    conn.close()
    return 'server done'


async def talk(port, loop):
    c = socket.socket()
    c.setblocking(False)
    await loop.sock_connect(c, ('127.0.0.1', port))
    replies = []
    for word in [b'abc', b'hello']:
        await loop.sock_sendall(c, word)
        replies.append(await loop.sock_recv(c, 1024))
    c.close()
    return replies


async def main():
    loop = asyncio.get_running_loop()
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen()
    srv.setblocking(False)
    port = srv.getsockname()[1]
    print(await asyncio.gather(serve(srv, loop), talk(port, loop)))
    srv.close()

    a, b = socket.socketpair()
    a.setblocking(False)
    got = loop.create_future()

    def on_readable():
        got.set_result(a.recv(100))

    loop.add_reader(a.fileno(), on_readable)
    loop.call_later(0.05, b.send, b'ready')
    print(await got)
    print(loop.remove_reader(a.fileno()), loop.remove_reader(a.fileno()), loop.remove_writer(a.fileno()))
    a.close()
    b.close()

    blocking = socket.socket()
    try:
        await loop.sock_recv(blocking, 1)
    except ValueError as e:
        print('ValueError', e)
    blocking.close()

    done = loop.create_future()
    threading.Thread(target=lambda: loop.call_soon_threadsafe(done.set_result, 'woken')).start()
    print(await done)


asyncio.run(main(), debug=True)
