def gen():
    yield 1
    raise RuntimeError("inside gen")
for x in gen():
    print(x)
