print('a' + )
