for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print(i, j)
    else:
        print("inner else", i)
found = None
for i in range(2, 50):
    for d in range(2, i):
        if i % d == 0:
            break
    else:
        found = i
print("last prime below 50:", found)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
i = 0
while True:
    i += 1
    if i > 100:
        break
print(i)
