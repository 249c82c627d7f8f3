# From the course: 000_cf8282084174141e.txt, line 24
import threading
 
def print_cube(num):
    #функция для подсчета куба заданного числа

    print("Cube: {}".format(pow(num, 3)))
 
def print_square(num):
    #функция для подсчета квадрата заданного числа

    print("Square: {}".format(pow(num, 2)))
 
if __name__ == "__main__":
    # создание потоков
    t1 = threading.Thread(target=print_square, args=(10,))
    t2 = threading.Thread(target=print_cube, args=(10,))

    # запуск потока 1
    t1.start()
    # запуск потока 2
    t2.start()
 
    # ждем полное выполнение потока 1
    t1.join()
    #ждем полное выполнение потока 2
    t2.join()
 
    # оба потока выполнены полностью
    print("Done!")
