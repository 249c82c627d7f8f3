# str.encode / bytes.decode with encodings and error handlers
print(b"\xd0\x9f\xd1\x80".decode("utf-8"), b"abc".decode("ascii"), b"abc".decode(encoding="latin-1"))
print("Привет".encode(), "Привет".encode("UTF-8"), "é".encode("latin-1"))
print("Привет".encode("cp1251"), "Привет".encode("koi8-r"))
print(b"\xcf\xf0\xe8\xe2\xe5\xf2".decode("windows-1251"), b"\xf0\xd2\xc9\xd7\xc5\xd4".decode("KOI8_R"))
for text, enc in [("Привет", "ascii"), ("aé", "ascii"), ("aйй", "latin-1"), ("Ѐ", "cp1251")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
        print(e.encoding, repr(e.object), e.start, e.end, e.reason)
for data, enc in [(b"\xff", "utf-8"), (b"a\xf0\x9f\x98", "utf-8"), (b"\xe2\x82x", "utf-8"),
                  (b"\xed\xa0\x80", "utf-8"), (b"ok\xd0", "ascii"), (b"\x98", "cp1251")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
        print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
for h in ["ignore", "replace", "backslashreplace"]:
    print(h, repr(b"a\xffb\xe2\x82".decode("utf-8", h)), repr(b"a\xffb".decode("ascii", errors=h)))
for h in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(h, "aй😀b".encode("ascii", h), "ЀЁ".encode("cp1251", h))
for bad in [lambda: b"x".decode("klingon"), lambda: "x".encode("klingon"),
            lambda: b"\xff".decode("utf-8", "nosuch"), lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"),
            lambda: "x".encode(5), lambda: b"x".decode("utf-8", "strict", 3)]:
    try:
        print(bad())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(b"fine".decode("utf-8", "nosuch"))
e = UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "invalid start byte")
print(e, e.args)
print(str(UnicodeEncodeError("ascii", "жж", 0, 2, "ordinal not in range(128)")))
print(int(b"42"), int(b" 7\n"), int(b"ff", 16), int(b"0x1f", 0))
for b in [b"4x", b"\xff", b""]:
    try:
        int(b)
    except ValueError as e:
        print(e)
try:
    int(b"z", 16)
except ValueError as e:
    print(e)
