# From the course: 003_6566df98dfcc516c.txt, line 1000
import multiprocessing
from multiprocessing import Process, Manager


def insert_data(dict1, code, subject):
    dict1[code] = subject


def output(dict1):
    print("Dictionary data: ", dict1)


def main():
    with Manager() as mgr:
        #создаем словарь в серверном процессе
        mydict = mgr.dict({100: "Maths", 200: "Science"})
        p1 = Process(target=insert_data, args=(mydict, 300, "English"))
        р2 = Process(target=insert_data, args=(mydict, 400, "French"))
        рЗ = Process(target=output, args=(mydict,))

        p1.start()
        р2.start()

        p1.join()
        р2.join()

        рЗ.start()
        рЗ.join()


if __name__ == '__main__':
    main()
