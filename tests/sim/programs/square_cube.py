# The course's first threading example (seeds/000): two threads, then join.
import threading


def print_cube(num):
    print("Cube: {}".format(pow(num, 3)))


def print_square(num):
    print("Square: {}".format(pow(num, 2)))


if __name__ == "__main__":
    t1 = threading.Thread(target=print_square, args=(10,))
    t2 = threading.Thread(target=print_cube, args=(10,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print("Done!")
