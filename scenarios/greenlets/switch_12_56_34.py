# ---
# title.ru: Гринлеты: 12, 56, 34 — управление передаётся явно
# title.en: Greenlets: 12, 56, 34 — control is passed explicitly
# concepts: greenlet, switch, green threads, cooperative multitasking
# lesson.ru: Гринлет («зелёный поток») работает в том же потоке ОС, но отдаёт управление
#   другому гринлету сам — вызовом switch(). gr1.switch() запускает test1: она печатает 12
#   и переключается на gr2; test2 печатает 56 и переключается обратно на gr1, и test1
#   продолжается с того места, где остановилась: 34. Когда test1 заканчивается, управление
#   возвращается к её родителю — главному гринлету, и программа завершается: 78 не
#   печатается, test2 так и остаётся приостановленной. На шкале под MainThread — строка на
#   каждый гринлет (зелёная — выполняется, серая — ждёт в switch()), стрелки — переключения.
#   Переключает гринлеты сама программа, а не ОС, поэтому одновременно выполняется один.
# lesson.en: A greenlet (a "green thread") runs in the same OS thread but hands control to
#   another greenlet itself, with switch(). gr1.switch() starts test1: it prints 12 and
#   switches to gr2; test2 prints 56 and switches back to gr1, and test1 goes on from where
#   it stopped: 34. When test1 ends, control returns to its parent, the main greenlet, and
#   the program ends: 78 is never printed, and test2 stays suspended. On the timeline,
#   under MainThread, each greenlet has a row (green: running, grey: waiting in switch()),
#   and the arrows are the switches. The program switches greenlets, not the OS, so only
#   one runs at a time.
# ---
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
