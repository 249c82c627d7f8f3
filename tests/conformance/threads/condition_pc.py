import threading

items = []
cond = threading.Condition()
done = False


def producer():
    global done
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        done = True
        cond.notify_all()


def consumer(out):
    while True:
        with cond:
            while not items and not done:
                cond.wait()
            if items:
                out.append(items.pop(0))
            elif done:
                return


got = []
c = threading.Thread(target=consumer, args=(got,))
c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
c.join()
print(got)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: True), cond.wait_for(lambda: False, 0.02))
