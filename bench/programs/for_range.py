s = 0
for i in range(10**7):
    s += i
print(s)
