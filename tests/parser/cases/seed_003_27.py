# From the course: 003_6566df98dfcc516c.txt, line 873
import os
from multiprocessing import Process, current_process as cp
from time import sleep


def print_hello():
    sleep(2)
    print(f'{os.getpid()}-{cp().name}: Hello')


def print_message(msg):
    sleep(1)
    print(f'{os.getpid()}-{cp().name}: {msg}')


def main():
    processes = []

    # создание процессов
    processes.append(Process(target=print_hello, name="Process #1"))
    processes.append(Process(target=print_hello, name="Process #2"))
    processes.append(Process(target=print_message, args=['Good morning'], name="Process #3"))

    # запуск процессов
    for p in processes:
        p.start()

    # ждем завершения всех процессов
    for p in processes:
        p.join()

    print('Exiting the main process')


if __name__ == '__main__':
    main()
