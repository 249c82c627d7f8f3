print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2), divmod(-9.5, 2), divmod(0, 5))
