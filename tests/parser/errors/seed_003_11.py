async def my_coroutine() -> None:
    print('Hello world!')

result = my_coroutine()

print(f'Результат сопрограммы равен {result}, а его тип равен {type(result)}')
