class Suspend:
    def __await__(self):
        yield "suspended"
async def worker():
    try:
        await Suspend()
    except ValueError as e:
        print("worker caught", e)
        return "handled"
w = worker()
print(w.send(None))
try:
    w.throw(ValueError("boom"))
except StopIteration as e:
    print("returned", e.value)
async def closer():
    try:
        await Suspend()
    finally:
        print("cleanup on close")
c = closer()
c.send(None)
c.close()
print("closed")
