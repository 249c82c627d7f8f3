def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    def reset():
        nonlocal count
        count = start
    counter.reset = reset
    return counter
c1 = make_counter()
c2 = make_counter(10, 5)
print(c1(), c1(), c2(), c2(), c1())
c1.reset()
print(c1(), c2())
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
            return x
        return inner()
    return mid(), x
print(outer())
