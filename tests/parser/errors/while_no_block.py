while x:
print(x)
