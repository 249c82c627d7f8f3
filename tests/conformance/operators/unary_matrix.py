try:
    print('-', '1', -1)
except TypeError as e:
    print('-', '1', "TypeError", e)
try:
    print('-', '2.5', -2.5)
except TypeError as e:
    print('-', '2.5', "TypeError", e)
try:
    print('-', '"s"', -"s")
except TypeError as e:
    print('-', '"s"', "TypeError", e)
try:
    print('-', '[1]', -[1])
except TypeError as e:
    print('-', '[1]', "TypeError", e)
try:
    print('-', '(1,)', -(1,))
except TypeError as e:
    print('-', '(1,)', "TypeError", e)
try:
    print('-', '{1: 2}', -{1: 2})
except TypeError as e:
    print('-', '{1: 2}', "TypeError", e)
try:
    print('-', 'None', -None)
except TypeError as e:
    print('-', 'None', "TypeError", e)
try:
    print('-', 'True', -True)
except TypeError as e:
    print('-', 'True', "TypeError", e)
try:
    print('-', '{1}', -{1})
except TypeError as e:
    print('-', '{1}', "TypeError", e)
try:
    print('+', '1', +1)
except TypeError as e:
    print('+', '1', "TypeError", e)
try:
    print('+', '2.5', +2.5)
except TypeError as e:
    print('+', '2.5', "TypeError", e)
try:
    print('+', '"s"', +"s")
except TypeError as e:
    print('+', '"s"', "TypeError", e)
try:
    print('+', '[1]', +[1])
except TypeError as e:
    print('+', '[1]', "TypeError", e)
try:
    print('+', '(1,)', +(1,))
except TypeError as e:
    print('+', '(1,)', "TypeError", e)
try:
    print('+', '{1: 2}', +{1: 2})
except TypeError as e:
    print('+', '{1: 2}', "TypeError", e)
try:
    print('+', 'None', +None)
except TypeError as e:
    print('+', 'None', "TypeError", e)
try:
    print('+', 'True', +True)
except TypeError as e:
    print('+', 'True', "TypeError", e)
try:
    print('+', '{1}', +{1})
except TypeError as e:
    print('+', '{1}', "TypeError", e)
try:
    print('~', '1', ~1)
except TypeError as e:
    print('~', '1', "TypeError", e)
try:
    print('~', '2.5', ~2.5)
except TypeError as e:
    print('~', '2.5', "TypeError", e)
try:
    print('~', '"s"', ~"s")
except TypeError as e:
    print('~', '"s"', "TypeError", e)
try:
    print('~', '[1]', ~[1])
except TypeError as e:
    print('~', '[1]', "TypeError", e)
try:
    print('~', '(1,)', ~(1,))
except TypeError as e:
    print('~', '(1,)', "TypeError", e)
try:
    print('~', '{1: 2}', ~{1: 2})
except TypeError as e:
    print('~', '{1: 2}', "TypeError", e)
try:
    print('~', 'None', ~None)
except TypeError as e:
    print('~', 'None', "TypeError", e)
try:
    print('~', 'True', ~True)
except TypeError as e:
    print('~', 'True', "TypeError", e)
try:
    print('~', '{1}', ~{1})
except TypeError as e:
    print('~', '{1}', "TypeError", e)
try:
    print('not ', '1', not 1)
except TypeError as e:
    print('not ', '1', "TypeError", e)
try:
    print('not ', '2.5', not 2.5)
except TypeError as e:
    print('not ', '2.5', "TypeError", e)
try:
    print('not ', '"s"', not "s")
except TypeError as e:
    print('not ', '"s"', "TypeError", e)
try:
    print('not ', '[1]', not [1])
except TypeError as e:
    print('not ', '[1]', "TypeError", e)
try:
    print('not ', '(1,)', not (1,))
except TypeError as e:
    print('not ', '(1,)', "TypeError", e)
try:
    print('not ', '{1: 2}', not {1: 2})
except TypeError as e:
    print('not ', '{1: 2}', "TypeError", e)
try:
    print('not ', 'None', not None)
except TypeError as e:
    print('not ', 'None', "TypeError", e)
try:
    print('not ', 'True', not True)
except TypeError as e:
    print('not ', 'True', "TypeError", e)
try:
    print('not ', '{1}', not {1})
except TypeError as e:
    print('not ', '{1}', "TypeError", e)
