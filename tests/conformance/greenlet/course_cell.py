# The course's cell as written (its comments and the header line).
from greenlet import greenlet

def test1():
    print(12)
    #переключение на вторую ветку
    gr2.switch()
    print(34)


def test2():
    print(56)
    #переключение на первую ветку
    gr1.switch()
    print(78)

#инициализация веток
gr1 = greenlet(test1)
gr2 = greenlet(test2)

print("Начало с ветки gr1:")
gr1.switch()
