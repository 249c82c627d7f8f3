def countdown(n):
    while n > 0:
        n -= 1
    return n
COUNT = 200_000
print(countdown(COUNT))
