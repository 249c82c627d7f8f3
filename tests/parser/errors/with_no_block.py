with x:
print(x)
