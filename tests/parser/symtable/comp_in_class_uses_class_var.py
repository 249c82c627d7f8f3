class A:
    x = 1
    y = [x for _ in range(3)]
    z = [i for i in range(x)]
