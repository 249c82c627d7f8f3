b = b"hello"
print(b, len(b), b[0], b[1:3], b + b"!", list(b"ab"), "héllo".encode(), b"abc".decode())
print(bytes([65, 66]), bytes(3), b"x" * 3, b"a" in b"abc", 97 in b"abc")
