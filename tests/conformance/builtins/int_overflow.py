x = 2 ** 62
print(x, x * 1, -x)
big = 9223372036854775807
print(big, big - 1, -big - 1, big // 2, -big // 3, big % 1000)
print(2 ** 62 - 1 + 2 ** 62 == big, (big - 1) + 1 == big)
