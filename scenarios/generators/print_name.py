# ---
# title.ru: Сопрограмма print_name и GeneratorExit
# title.en: The print_name coroutine and GeneratorExit
# concepts: generator, yield, send, close, GeneratorExit
# lesson.ru: Корутины — обобщение подпрограмм для кооперативной многозадачности: функция
#   сама отдаёт управление (yield) и ждёт данных. __next__() запускает корутину, send()
#   передаёт имена, а close() вызывает внутри неё GeneratorExit — корутина успевает
#   напечатать прощание.
# lesson.en: Coroutines generalise subroutines for cooperative multitasking: the function
#   gives up control itself (yield) and waits for data. __next__() starts it, send()
#   passes names in, and close() raises GeneratorExit inside it, so it can say goodbye.
# ---
def print_name(prefix):
    print("Searching prefix:{}".format(prefix))
    try:
        while True:
            # yield делает из функции сопрограмму
            name = (yield)
            if prefix in name:
                print(name)
    except GeneratorExit:
        print("Closing coroutine!!")


corou = print_name("Dear")
corou.__next__()
corou.send("James")
corou.send("Dear James")
corou.close()
