i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no break")
for j in range(3):
    print("j", j)
else:
    print("for else")
n = 10
while n > 0:
    n -= 3
else:
    print("while else", n)
for x in []:
    print("never")
for i in range(10, 0, -3):
    print(i, end=" ")
print()
total = 0
for i in range(100):
    if i % 2:
        continue
    total += i
print(total)
