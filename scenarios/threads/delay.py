# ---
# title.ru: delay() в двух потоках: сон отпускает GIL
# title.en: delay() in two threads: sleeping releases the GIL
# concepts: threading, Thread, time.sleep, join, GIL
# lesson.ru: Одна и та же функция delay() в двух потоках. Пока поток спит в time.sleep(),
#   он не держит GIL, и другие потоки выполняются — поэтому программа идёт около трёх
#   секунд, а не пяти. На шкале видно, как оба потока заблокированы во сне одновременно,
#   а главный поток ждёт в join(). В курсе этот пример печатает через logging (с временем);
#   здесь print и короткие паузы главного потока, чтобы вывод был одинаковым при каждом
#   запуске.
# lesson.en: The same delay() function in two threads. While a thread sleeps in
#   time.sleep() it does not hold the GIL, so the other threads run: the program takes
#   about three seconds, not five. The timeline shows both threads blocked in sleep at
#   once while the main thread waits in join(). The course prints through logging (with
#   timestamps); this version uses print and short pauses in the main thread so every
#   run prints the same.
# ---
import threading
import time


def delay(delay, message):
    name = threading.current_thread().name
    print(f"{name}: {message} received")
    time.sleep(delay)
    print(f"{name}: Printing {message}")
    return message


def main():
    print("Main started")
    threads = [
        threading.Thread(target=delay, args=(3, "THREE SECONDS DELAY")),
        threading.Thread(target=delay, args=(2, "TWO SECONDS DELAY")),
    ]
    # Паузы — чтобы вывод был одним и тем же при каждом запуске: print() пишет текст и
    # перевод строки двумя вызовами, и без пауз строки потоков могут перемешаться.
    for thread in threads:
        thread.start()
        time.sleep(0.1)
    time.sleep(0.5)
    print("А тут мы видим, что главный поток тоже продолжает исполняться")
    for thread in threads:
        thread.join()  # ждём, пока поток закончит работу
    print("Main Ended")


main()
