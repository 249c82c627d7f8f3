# Producer and consumer as two greenlets handing items back and forth.
from greenlet import greenlet


def producer(n):
    for i in range(n):
        item = "item-%d" % i
        print("produce", item)
        ack = consumer_g.switch(item)
        print("producer got", ack)
    consumer_g.switch(None)  # the end
    return "producer done"


def consumer():
    total = 0
    item = producer_g.switch()  # wait for the first item
    while item is not None:
        print("consume", item)
        total += len(item)
        item = producer_g.switch("ack " + item)
    return total


consumer_g = greenlet(consumer)
producer_g = greenlet(producer)
producer_g.run = lambda: producer(4)
print("main got", consumer_g.switch())  # the consumer ends first: its total
print(consumer_g.dead, producer_g.dead)
print("main got", producer_g.switch())  # the producer's last switch to a dead consumer came back to main


# A ping-pong of many switches: the counts must match.
def ping():
    n = 0
    while n < 1000:
        n = pong_g.switch(n + 1)
    return n


def pong(n):
    while True:
        n = ping_g.switch(n + 1)


ping_g = greenlet(ping)
pong_g = greenlet(pong)
print("ping finished with", ping_g.switch())
