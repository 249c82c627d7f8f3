s = "Привет, мир! 😀"
print(len(s), s[0], s[-1], s[8:11], s.upper(), s.find("мир"), s.encode()[:6])
for ch in "аб😀":
    print(ch, ord(ch), hex(ord(ch)))
print(sorted("ёаяб"), "ё" > "я", list(reversed("абв")), "абв" * 2)
print(f"{'кот':>6}|{'пёс':<6}|{'ёж':^6}|", "%-6s|" % "мир", "{:_^7}".format("я"))
print(repr("табуляция\t"), ascii("мир"), "мир".isalpha(), "Мир".istitle(), "١٢٣".isdigit())
