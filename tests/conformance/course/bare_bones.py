def bare_bones():
    print("Начало сопрограммы")
    try:
        while True:
            value = (yield) #yeild - используется для сбора значений
            print(value)
    except GeneratorExit: 
        print("Выход из сопрограммы") #

coroutine = bare_bones()

next(coroutine) #next() - запуск выполнения сопрограммы
coroutine.send("Первая строка")  #send() - отправление нового ввода
coroutine.send("Вторая строка")
coroutine.close() #close() - выход из сопрограммы
