# From the course: 003_6566df98dfcc516c.txt, line 916
import os
from multiprocessing import Process, Pool, current_process as cp
from time import sleep


def print_message(msg):
    sleep (1)
    print(f'{os.getpid()}-{cp().name}: {msg}')


def main ():
    #создаем процесс из пула
    with Pool(3) as proc:
        proc.map(print_message, ["Orange", "Apple", "Banana", "Grapes", "Pears"])
        print("Exiting the main process")


if __name__ == '__main__':
    main()
