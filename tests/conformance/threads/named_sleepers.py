# seeds/003: named threads sleeping 2, 2 and 1 seconds; the 1-second one
# always finishes first.
from threading import current_thread, Thread as Tread
from time import sleep


def print_hello():
    sleep(2)
    print(f'{current_thread().name}: Hello')


def print_message(msg):
    sleep(1)
    print(f'{current_thread().name}: {msg}')


t1 = Tread(target=print_hello, name='Tread #1')
t2 = Tread(target=print_hello, name='Tread #3')
t3 = Tread(target=print_message, args=['Good morning'], name='Tread #3')
t3.start()
t3.join()
t1.start()
t1.join()
t2.start()
t2.join()
