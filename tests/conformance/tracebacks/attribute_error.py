class A:
    pass
a = A()
print("before")
a.missing
