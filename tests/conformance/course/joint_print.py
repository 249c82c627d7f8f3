def joint_print():
    while True:
        part_1 = (yield)
        part_2 = (yield)
        print("{} {}".format(part_1, part_2))

#первая сопрограмма
cor = joint_print()
next(cor)
cor.send("Немного текста")
#ожидание part_2 
cor.close()
#part_2 не поступила, поэтому сопрограмма ничего не вывела
print('')

#вторая сопрограмма
cor1 = joint_print()
next(cor1)
cor1.send("Чуть больше")
cor1.send("Текста")
cor1.close()
