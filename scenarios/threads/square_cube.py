# ---
# title.ru: Два потока: квадрат и куб
# title.en: Two threads: a square and a cube
# concepts: threading, Thread, start, join
# lesson.ru: Поток — наименьшая единица выполнения внутри процесса. Главный поток создаёт
#   два потока, запускает их (start) и ждёт их завершения (join). На временной шкале видно,
#   как потоки появляются, по очереди берут GIL и заканчиваются, а главный поток ждёт в
#   join(). Короткая пауза после первого start() нужна, чтобы вывод был одним и тем же:
#   без неё настоящий CPython под нагрузкой иногда печатает «Square: 100Cube: 1000» —
#   print() пишет текст и перевод строки двумя вызовами, и поток может прерваться между
#   ними. Попробуйте убрать паузу, выбрать одно ядро или выключить GIL в меню «Машина».
# lesson.en: A thread is the smallest unit of execution inside a process. The main thread
#   creates two threads, starts them (start) and waits for them to finish (join). The
#   timeline shows the threads appear, take the GIL in turn and end while the main thread
#   waits in join(). The short pause after the first start() keeps the output the same
#   every run: without it, real CPython under load sometimes prints
#   "Square: 100Cube: 1000", because print() writes the text and the newline in two
#   calls and a thread may be interrupted between them. Try removing the pause, one
#   core, or no GIL in the Machine menu.
# ---
import threading
import time


def print_cube(num):
    # функция для подсчета куба заданного числа
    print("Cube: {}".format(pow(num, 3)))


def print_square(num):
    # функция для подсчета квадрата заданного числа
    print("Square: {}".format(pow(num, 2)))


if __name__ == "__main__":
    # создание потоков
    t1 = threading.Thread(target=print_square, args=(10,))
    t2 = threading.Thread(target=print_cube, args=(10,))

    # запуск потока 1
    t1.start()
    time.sleep(0.1)  # пауза: поток 1 успеет напечатать свою строку
    # запуск потока 2
    t2.start()

    # ждем полное выполнение потока 1
    t1.join()
    # ждем полное выполнение потока 2
    t2.join()

    # оба потока выполнены полностью
    print("Done!")
