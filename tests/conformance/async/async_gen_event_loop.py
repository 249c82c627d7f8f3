# A tiny hand-written event loop (virtual clock, futures, tasks) driving
# async generators that await futures between their yields: the awaits pass
# through the generator to the loop, the yields go to the async for.
import heapq


class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb()

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.timers = []
        self.seq = 0

    def call_soon(self, fn):
        self.ready.append(fn)

    def call_at(self, when, fn):
        self.seq += 1
        heapq.heappush(self.timers, (when, self.seq, fn))

    def sleep(self, delay, value=None):
        fut = Future("sleep")
        self.call_at(self.now + delay, lambda: fut.set_result(value))
        return fut

    def spawn(self, coro, name):
        task = Task(self, coro, name)
        self.call_soon(task.step)
        return task

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                when, _, fn = heapq.heappop(self.timers)
                self.now = when
                fn()
                continue
            fn = self.ready.pop(0)
            fn()


class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__(name)
        self.loop = loop
        self.coro = coro
        self.throw_next = None

    def step(self):
        try:
            if self.throw_next is not None:
                exc, self.throw_next = self.throw_next, None
                fut = self.coro.throw(exc)
            else:
                fut = self.coro.send(None)
        except StopIteration as e:
            print(f"[t={loop.now}] task {self.name} done -> {e.value!r}")
            self.set_result(e.value)
            return
        except Exception as e:
            print(f"[t={loop.now}] task {self.name} failed: {type(e).__name__}: {e}")
            self.set_result(None)
            return
        if fut.done:
            self.loop.call_soon(self.step)
        else:
            fut.callbacks.append(lambda: self.loop.call_soon(self.step))


loop = Loop()


async def ticker(name, n, delay):
    try:
        for i in range(n):
            await loop.sleep(delay)
            received = yield f"{name}{i}"
            if received is not None:
                print(f"[t={loop.now}] {name} received {received!r}")
    except ValueError as e:
        print(f"[t={loop.now}] {name} got ValueError {e}")
        yield "recovered"
    finally:
        await loop.sleep(1)
        print(f"[t={loop.now}] {name} cleaned up")


async def consume_all():
    items = []
    async for item in ticker("a", 3, 2):
        items.append(item)
        print(f"[t={loop.now}] consumer got {item}")
    return items


async def consume_with_break():
    gen = ticker("b", 10, 3)
    async for item in gen:
        print(f"[t={loop.now}] breaker got {item}")
        if item == "b1":
            break
    print(f"[t={loop.now}] breaker left the loop, running: {gen.ag_running}")
    await gen.aclose()
    print(f"[t={loop.now}] breaker closed it")
    return "closed"


async def talk_back():
    gen = ticker("c", 3, 5)
    first = await gen.__anext__()
    second = await gen.asend("hello")
    third = await gen.athrow(ValueError("stop it"))
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print(f"[t={loop.now}] c is exhausted")
    return [first, second, third]


async def comprehension():
    return [x async for x in ticker("d", 2, 4) if x != "d0"]


loop.spawn(consume_all(), "all")
loop.spawn(consume_with_break(), "break")
loop.spawn(talk_back(), "talk")
loop.spawn(comprehension(), "comp")
loop.run()
print("finished at", loop.now)
