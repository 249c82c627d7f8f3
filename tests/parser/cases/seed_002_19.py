# From the course: 002_039665b7b9fb3412.txt, line 528
async def f():
    return "abc"

coroutine = f()
try:
    coroutine.send(None)
except StopIteration as e:
    print(e.value)

### Await
