# The bytes methods socket programs use on what recv() returns.
data = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\nbody'
head, sep, body = data.partition(b'\r\n\r\n')
print(head, sep, body)
print(head.split(b'\r\n'))
print(data.find(b'\r\n\r\n'), data.find(b'nope'), data.rfind(b'\r\n'), data.find(b'H', 5, 20), data.find(72))
print(data.index(b'Host'), data.count(b'\r\n'), data.count(b''))
print(b', '.join([b'a', b'b', b'c']), b''.join([]), b'-'.join(x for x in [b'x', b'y']))
print(b'  hello world  '.split(), b'a,b,,c'.split(b','), b'a b c'.split(None, 1), b'a,b,c'.rsplit(b',', 1))
print(b'  x y  '.rsplit(None, 1), b''.split(), b''.split(b','))
print(b'one\ntwo\r\nthree\r'.splitlines(), b'one\ntwo\r\n'.splitlines(True))
print(data.startswith(b'GET'), data.startswith((b'POST', b'GET')), data.endswith(b'body'), data.startswith(b'index', 5))
print(b'  pad \r\n'.strip(), b'xxhixx'.strip(b'x'), b'  l'.lstrip(), b'r  '.rstrip(), b'abc'.rstrip(b'c'))
print(b'Hello'.upper(), b'Hello'.lower(), b'aaa'.replace(b'a', b'b', 2), b'ab'.replace(b'', b'-'), b'a.b.c'.replace(b'.', b'::'))
print(b'\x00\xff'.hex(), b'123'.isdigit(), b'12a'.isdigit(), b' \t'.isspace())
print(b'a=1&b=2'.rpartition(b'&'), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
for bad in [lambda: b'abc'.find('a'), lambda: b'x'.join(['a']), lambda: b'abc'.split(b''), lambda: b'abc'.index(b'z'),
            lambda: b'abc'.startswith('a')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'a b c  '.split(None, 1), b'  a b'.rsplit(None,1))
