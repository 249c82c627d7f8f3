def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def acc(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = acc(10)
print(a(1), a(2))
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
def counter_gen():
    count = 0
    def get():
        return count
    count = 5
    return get
print(counter_gen()())
