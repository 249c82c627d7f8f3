def filter_line(num):
    while True:
        line = (yield)
        if num in line:
            print(line)

cor = filter_line("33") #определяем сопрограмму
next(cor)
cor.send("Джессика, возраст: 24")
cor.send("Марко, возраст: 33")
cor.send("Том, возраст: 55")
cor.close()
