# Random switches and throws among 40 greenlets with generators on their
# chains (a fixed LCG picks the moves); the log must match CPython's.
from greenlet import greenlet, getcurrent, GreenletExit
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2**31
    return state[0] % n
main = getcurrent()
pool = []
log = []
def gen(tag, k):
    for i in range(k):
        x = yield i
        if rnd(3) == 0:
            hop(tag + "/gen")
def hop(tag):
    if not pool:
        return
    t = pool[rnd(len(pool))]
    try:
        if rnd(7) == 0 and t is not getcurrent():
            r = t.throw(KeyError(tag))
        else:
            r = t.switch(tag)
        log.append((tag, "got", str(r)[:30]))
    except KeyError as e:
        log.append((tag, "KeyError", str(e)))
def body(name):
    total = 0
    try:
        for _ in range(rnd(6) + 1):
            g = gen(name, rnd(4) + 1)
            for v in g:
                total += v
                if rnd(2):
                    hop(name)
            if rnd(5) == 0:
                raise ValueError(name)
    except KeyError as e:
        log.append((name, "caught", str(e)))
    return name + ":" + str(total)
for i in range(40):
    g = greenlet(body)
    g.run_name = "g%d" % i
    pool.append(g)
for round_ in range(200):
    live = [g for g in pool if not g.dead]
    if not live:
        break
    g = live[rnd(len(live))]
    try:
        if g:
            r = g.switch("main%d" % round_)
        else:
            r = g.switch(g.run_name)
        log.append(("main", "got", str(r)[:30]))
    except (ValueError, KeyError) as e:
        log.append(("main", type(e).__name__, str(e)))
    if rnd(4) == 0:
        pool[rnd(len(pool))].parent = main if rnd(2) else pool[rnd(len(pool))] if False else main
for entry in log:
    print(entry)
print(sum(g.dead for g in pool), len(log))
