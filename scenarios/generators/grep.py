# ---
# title.ru: Фильтр grep на сопрограмме
# title.en: A grep filter as a coroutine
# concepts: generator, yield, send, close
# lesson.ru: Сопрограмма-фильтр помнит шаблон между вызовами send() и печатает только
#   подходящие строки. Сопрограммы можно задавать в стиле генератора; позже в курсе
#   для этого появятся async def и await.
# lesson.en: A filter coroutine keeps its pattern between send() calls and prints only
#   the lines that match. Coroutines can be written as generators; later the course
#   uses async def and await for them.
# ---
def grep(pattern):
    print("Searching for", pattern)
    while True:
        line = (yield)
        if pattern in line:
            print(line)


search = grep('coroutine')
next(search)
search.send("I love you")
search.send("Don't you love me?")
search.send("I love coroutines instead!")
search.close()
