x = 2 ** 62
print(x, x * 1, -x)
big = 9223372036854775807
print(big, big - 1, -big - 1)
try:
    print(big + 1)
except OverflowError:
    print("overflow caught")
