# sys.set_asyncgen_hooks: firstiter at the first __anext__, finalizer when
# an async for that made the generator is left early.
import sys
seen = []
def first(ag):
    print("firstiter", ag.__name__)
def fin(ag):
    print("finalizer", ag.__name__)
    seen.append(ag)
async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
async def main():
    async for x in gen():
        print(x)
        break
    print("after loop")
    for ag in seen:
        await ag.aclose()
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
print(sys.get_asyncgen_hooks() == (first, fin))
c = main()
try: c.send(None)
except StopIteration: pass
sys.set_asyncgen_hooks(None, None)
try: sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e: print(e)
print("end")
h = sys.get_asyncgen_hooks()
print(h.firstiter, h.finalizer, type(h).__name__, len(h), tuple(h))
