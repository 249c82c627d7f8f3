# From the course: 003_6566df98dfcc516c.txt, line 92
from threading import current_thread, Thread as Tread
from time import sleep


def print_hello():
    sleep(2)
    print(f'{current_thread().name}: Hello')


def print_message(msg):
    sleep(1)
    print(f'{current_thread().name}: {msg}')


# создаем потоки
t1 = Tread(target=print_hello, name='Tread #1')
t2 = Tread(target=print_hello, name='Tread #2')
t3 = Tread(target=print_message, args=['Good morning'], name='Tread #3')

# запускаем потоки
t1.start()
t2.start()
t3.start()

# ждем, пока все завершатся
t1.join()
t2.join()
t3.join()
