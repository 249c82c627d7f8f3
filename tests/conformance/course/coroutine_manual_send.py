async def compute():
    return 42
c = compute()
try:
    c.send(None)
except StopIteration as e:
    print("Результат:", e.value)
def gen():
    for i in range(3):
        yield i
print(list(gen()))
async def agen_like(n):
    total = 0
    for i in range(n):
        total += i
    return total
co = agen_like(5)
print(type(co).__name__)
try:
    co.send(None)
except StopIteration as stop:
    print(stop.value)
