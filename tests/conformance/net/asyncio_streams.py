# asyncio streams over localhost: start_server with an echo handler,
# clients with open_connection, readline/readexactly/read, drain, close.
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    return peer


async def client(port, name):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    got = []
    for i in range(3):
        writer.write(f'{name} line {i}\n'.encode())
        await writer.drain()
        got.append(await reader.readline())
    writer.write(b'tail')
    writer.write_eof()
    got.append(await reader.read())
    print(reader.at_eof(), writer.is_closing())
    writer.close()
    await writer.wait_closed()
    print(writer.is_closing())
    return got


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving(), type(server).__name__)
    results = await asyncio.gather(client(port, 'a'), client(port, 'b'))
    for r in results:
        print(r)
    server.close()
    await server.wait_closed()
    print(server.is_serving())

    reader = asyncio.StreamReader()
    reader.feed_data(b'12345\nabc')
    print(await reader.readline(), await reader.readexactly(2))
    reader.feed_eof()
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    print(reader.at_eof(), await reader.read())
    r2 = asyncio.StreamReader()
    r2.feed_data(b'one\ntwo\n')
    r2.feed_eof()
    lines = []
    async for line in r2:
        lines.append(line)
    print(lines)
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)


asyncio.run(main())
