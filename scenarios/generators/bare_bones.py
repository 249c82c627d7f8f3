# ---
# title.ru: Сопрограмма на генераторе: next, send, close
# title.en: A generator coroutine: next, send, close
# concepts: generator, yield, send, close, GeneratorExit
# lesson.ru: Генераторы производят данные, а сопрограммы их потребляют. next() запускает
#   сопрограмму до первого yield; send() передаёт в неё значение, и она снова ждёт
#   на yield; close() бросает в неё GeneratorExit, и она завершается.
# lesson.en: Generators produce data; coroutines consume it. next() runs the coroutine
#   to its first yield; send() hands it a value and it waits at yield again; close()
#   throws GeneratorExit into it and it finishes.
# ---
def bare_bones():
    print("Начало сопрограммы")
    try:
        while True:
            value = (yield)  # yield принимает значения, переданные send()
            print(value)
    except GeneratorExit:
        print("Выход из сопрограммы")


coroutine = bare_bones()

next(coroutine)  # next() доводит сопрограмму до первого yield
coroutine.send("Первая строка")  # send() передаёт новое значение
coroutine.send("Вторая строка")
coroutine.close()  # close() завершает сопрограмму
