# seeds/003, as printed in the course: Tread #3 (1 s) finishes first;
# #1 and #2 (2 s) "in any order".
from threading import current_thread, Thread as Tread
from time import sleep


def print_hello():
    sleep(2)
    print(f'{current_thread().name}: Hello')


def print_message(msg):
    sleep(1)
    print(f'{current_thread().name}: {msg}')


t1 = Tread(target=print_hello, name='Tread #1')
t2 = Tread(target=print_hello, name='Tread #2')
t3 = Tread(target=print_message, args=['Good morning'], name='Tread #3')

t1.start()
t2.start()
t3.start()

t1.join()
t2.join()
t3.join()
