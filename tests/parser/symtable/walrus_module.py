if (n := 10) > 5:
    print(n)
print([m for m in range(3) if (last := m)])
print(last)
