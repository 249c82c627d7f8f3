print(max(1, 2), max([3, 7, 5]), max('abc'), min([[2], [1, 5]]), max([], default='empty'), min(4, 2, 8, key=lambda x: x % 3))
