try:
    print('1', '<', '1', 1 < 1)
except TypeError as e:
    print('1', '<', '1', "TypeError", e)
try:
    print('1', '<', '2.5', 1 < 2.5)
except TypeError as e:
    print('1', '<', '2.5', "TypeError", e)
try:
    print('1', '<', '"s"', 1 < "s")
except TypeError as e:
    print('1', '<', '"s"', "TypeError", e)
try:
    print('1', '<', '[1]', 1 < [1])
except TypeError as e:
    print('1', '<', '[1]', "TypeError", e)
try:
    print('1', '<', '(1,)', 1 < (1,))
except TypeError as e:
    print('1', '<', '(1,)', "TypeError", e)
try:
    print('1', '<', '{1: 2}', 1 < {1: 2})
except TypeError as e:
    print('1', '<', '{1: 2}', "TypeError", e)
try:
    print('1', '<', 'None', 1 < None)
except TypeError as e:
    print('1', '<', 'None', "TypeError", e)
try:
    print('1', '<', 'True', 1 < True)
except TypeError as e:
    print('1', '<', 'True', "TypeError", e)
try:
    print('1', '<', '{1}', 1 < {1})
except TypeError as e:
    print('1', '<', '{1}', "TypeError", e)
try:
    print('2.5', '<', '1', 2.5 < 1)
except TypeError as e:
    print('2.5', '<', '1', "TypeError", e)
try:
    print('2.5', '<', '2.5', 2.5 < 2.5)
except TypeError as e:
    print('2.5', '<', '2.5', "TypeError", e)
try:
    print('2.5', '<', '"s"', 2.5 < "s")
except TypeError as e:
    print('2.5', '<', '"s"', "TypeError", e)
try:
    print('2.5', '<', '[1]', 2.5 < [1])
except TypeError as e:
    print('2.5', '<', '[1]', "TypeError", e)
try:
    print('2.5', '<', '(1,)', 2.5 < (1,))
except TypeError as e:
    print('2.5', '<', '(1,)', "TypeError", e)
try:
    print('2.5', '<', '{1: 2}', 2.5 < {1: 2})
except TypeError as e:
    print('2.5', '<', '{1: 2}', "TypeError", e)
try:
    print('2.5', '<', 'None', 2.5 < None)
except TypeError as e:
    print('2.5', '<', 'None', "TypeError", e)
try:
    print('2.5', '<', 'True', 2.5 < True)
except TypeError as e:
    print('2.5', '<', 'True', "TypeError", e)
try:
    print('2.5', '<', '{1}', 2.5 < {1})
except TypeError as e:
    print('2.5', '<', '{1}', "TypeError", e)
try:
    print('"s"', '<', '1', "s" < 1)
except TypeError as e:
    print('"s"', '<', '1', "TypeError", e)
try:
    print('"s"', '<', '2.5', "s" < 2.5)
except TypeError as e:
    print('"s"', '<', '2.5', "TypeError", e)
try:
    print('"s"', '<', '"s"', "s" < "s")
except TypeError as e:
    print('"s"', '<', '"s"', "TypeError", e)
try:
    print('"s"', '<', '[1]', "s" < [1])
except TypeError as e:
    print('"s"', '<', '[1]', "TypeError", e)
try:
    print('"s"', '<', '(1,)', "s" < (1,))
except TypeError as e:
    print('"s"', '<', '(1,)', "TypeError", e)
try:
    print('"s"', '<', '{1: 2}', "s" < {1: 2})
except TypeError as e:
    print('"s"', '<', '{1: 2}', "TypeError", e)
try:
    print('"s"', '<', 'None', "s" < None)
except TypeError as e:
    print('"s"', '<', 'None', "TypeError", e)
try:
    print('"s"', '<', 'True', "s" < True)
except TypeError as e:
    print('"s"', '<', 'True', "TypeError", e)
try:
    print('"s"', '<', '{1}', "s" < {1})
except TypeError as e:
    print('"s"', '<', '{1}', "TypeError", e)
try:
    print('[1]', '<', '1', [1] < 1)
except TypeError as e:
    print('[1]', '<', '1', "TypeError", e)
try:
    print('[1]', '<', '2.5', [1] < 2.5)
except TypeError as e:
    print('[1]', '<', '2.5', "TypeError", e)
try:
    print('[1]', '<', '"s"', [1] < "s")
except TypeError as e:
    print('[1]', '<', '"s"', "TypeError", e)
try:
    print('[1]', '<', '[1]', [1] < [1])
except TypeError as e:
    print('[1]', '<', '[1]', "TypeError", e)
try:
    print('[1]', '<', '(1,)', [1] < (1,))
except TypeError as e:
    print('[1]', '<', '(1,)', "TypeError", e)
try:
    print('[1]', '<', '{1: 2}', [1] < {1: 2})
except TypeError as e:
    print('[1]', '<', '{1: 2}', "TypeError", e)
try:
    print('[1]', '<', 'None', [1] < None)
except TypeError as e:
    print('[1]', '<', 'None', "TypeError", e)
try:
    print('[1]', '<', 'True', [1] < True)
except TypeError as e:
    print('[1]', '<', 'True', "TypeError", e)
try:
    print('[1]', '<', '{1}', [1] < {1})
except TypeError as e:
    print('[1]', '<', '{1}', "TypeError", e)
try:
    print('(1,)', '<', '1', (1,) < 1)
except TypeError as e:
    print('(1,)', '<', '1', "TypeError", e)
try:
    print('(1,)', '<', '2.5', (1,) < 2.5)
except TypeError as e:
    print('(1,)', '<', '2.5', "TypeError", e)
try:
    print('(1,)', '<', '"s"', (1,) < "s")
except TypeError as e:
    print('(1,)', '<', '"s"', "TypeError", e)
try:
    print('(1,)', '<', '[1]', (1,) < [1])
except TypeError as e:
    print('(1,)', '<', '[1]', "TypeError", e)
try:
    print('(1,)', '<', '(1,)', (1,) < (1,))
except TypeError as e:
    print('(1,)', '<', '(1,)', "TypeError", e)
try:
    print('(1,)', '<', '{1: 2}', (1,) < {1: 2})
except TypeError as e:
    print('(1,)', '<', '{1: 2}', "TypeError", e)
try:
    print('(1,)', '<', 'None', (1,) < None)
except TypeError as e:
    print('(1,)', '<', 'None', "TypeError", e)
try:
    print('(1,)', '<', 'True', (1,) < True)
except TypeError as e:
    print('(1,)', '<', 'True', "TypeError", e)
try:
    print('(1,)', '<', '{1}', (1,) < {1})
except TypeError as e:
    print('(1,)', '<', '{1}', "TypeError", e)
try:
    print('{1: 2}', '<', '1', {1: 2} < 1)
except TypeError as e:
    print('{1: 2}', '<', '1', "TypeError", e)
try:
    print('{1: 2}', '<', '2.5', {1: 2} < 2.5)
except TypeError as e:
    print('{1: 2}', '<', '2.5', "TypeError", e)
try:
    print('{1: 2}', '<', '"s"', {1: 2} < "s")
except TypeError as e:
    print('{1: 2}', '<', '"s"', "TypeError", e)
try:
    print('{1: 2}', '<', '[1]', {1: 2} < [1])
except TypeError as e:
    print('{1: 2}', '<', '[1]', "TypeError", e)
try:
    print('{1: 2}', '<', '(1,)', {1: 2} < (1,))
except TypeError as e:
    print('{1: 2}', '<', '(1,)', "TypeError", e)
try:
    print('{1: 2}', '<', '{1: 2}', {1: 2} < {1: 2})
except TypeError as e:
    print('{1: 2}', '<', '{1: 2}', "TypeError", e)
try:
    print('{1: 2}', '<', 'None', {1: 2} < None)
except TypeError as e:
    print('{1: 2}', '<', 'None', "TypeError", e)
try:
    print('{1: 2}', '<', 'True', {1: 2} < True)
except TypeError as e:
    print('{1: 2}', '<', 'True', "TypeError", e)
try:
    print('{1: 2}', '<', '{1}', {1: 2} < {1})
except TypeError as e:
    print('{1: 2}', '<', '{1}', "TypeError", e)
try:
    print('None', '<', '1', None < 1)
except TypeError as e:
    print('None', '<', '1', "TypeError", e)
try:
    print('None', '<', '2.5', None < 2.5)
except TypeError as e:
    print('None', '<', '2.5', "TypeError", e)
try:
    print('None', '<', '"s"', None < "s")
except TypeError as e:
    print('None', '<', '"s"', "TypeError", e)
try:
    print('None', '<', '[1]', None < [1])
except TypeError as e:
    print('None', '<', '[1]', "TypeError", e)
try:
    print('None', '<', '(1,)', None < (1,))
except TypeError as e:
    print('None', '<', '(1,)', "TypeError", e)
try:
    print('None', '<', '{1: 2}', None < {1: 2})
except TypeError as e:
    print('None', '<', '{1: 2}', "TypeError", e)
try:
    print('None', '<', 'None', None < None)
except TypeError as e:
    print('None', '<', 'None', "TypeError", e)
try:
    print('None', '<', 'True', None < True)
except TypeError as e:
    print('None', '<', 'True', "TypeError", e)
try:
    print('None', '<', '{1}', None < {1})
except TypeError as e:
    print('None', '<', '{1}', "TypeError", e)
try:
    print('True', '<', '1', True < 1)
except TypeError as e:
    print('True', '<', '1', "TypeError", e)
try:
    print('True', '<', '2.5', True < 2.5)
except TypeError as e:
    print('True', '<', '2.5', "TypeError", e)
try:
    print('True', '<', '"s"', True < "s")
except TypeError as e:
    print('True', '<', '"s"', "TypeError", e)
try:
    print('True', '<', '[1]', True < [1])
except TypeError as e:
    print('True', '<', '[1]', "TypeError", e)
try:
    print('True', '<', '(1,)', True < (1,))
except TypeError as e:
    print('True', '<', '(1,)', "TypeError", e)
try:
    print('True', '<', '{1: 2}', True < {1: 2})
except TypeError as e:
    print('True', '<', '{1: 2}', "TypeError", e)
try:
    print('True', '<', 'None', True < None)
except TypeError as e:
    print('True', '<', 'None', "TypeError", e)
try:
    print('True', '<', 'True', True < True)
except TypeError as e:
    print('True', '<', 'True', "TypeError", e)
try:
    print('True', '<', '{1}', True < {1})
except TypeError as e:
    print('True', '<', '{1}', "TypeError", e)
try:
    print('{1}', '<', '1', {1} < 1)
except TypeError as e:
    print('{1}', '<', '1', "TypeError", e)
try:
    print('{1}', '<', '2.5', {1} < 2.5)
except TypeError as e:
    print('{1}', '<', '2.5', "TypeError", e)
try:
    print('{1}', '<', '"s"', {1} < "s")
except TypeError as e:
    print('{1}', '<', '"s"', "TypeError", e)
try:
    print('{1}', '<', '[1]', {1} < [1])
except TypeError as e:
    print('{1}', '<', '[1]', "TypeError", e)
try:
    print('{1}', '<', '(1,)', {1} < (1,))
except TypeError as e:
    print('{1}', '<', '(1,)', "TypeError", e)
try:
    print('{1}', '<', '{1: 2}', {1} < {1: 2})
except TypeError as e:
    print('{1}', '<', '{1: 2}', "TypeError", e)
try:
    print('{1}', '<', 'None', {1} < None)
except TypeError as e:
    print('{1}', '<', 'None', "TypeError", e)
try:
    print('{1}', '<', 'True', {1} < True)
except TypeError as e:
    print('{1}', '<', 'True', "TypeError", e)
try:
    print('{1}', '<', '{1}', {1} < {1})
except TypeError as e:
    print('{1}', '<', '{1}', "TypeError", e)
try:
    print('1', '<=', '1', 1 <= 1)
except TypeError as e:
    print('1', '<=', '1', "TypeError", e)
try:
    print('1', '<=', '2.5', 1 <= 2.5)
except TypeError as e:
    print('1', '<=', '2.5', "TypeError", e)
try:
    print('1', '<=', '"s"', 1 <= "s")
except TypeError as e:
    print('1', '<=', '"s"', "TypeError", e)
try:
    print('1', '<=', '[1]', 1 <= [1])
except TypeError as e:
    print('1', '<=', '[1]', "TypeError", e)
try:
    print('1', '<=', '(1,)', 1 <= (1,))
except TypeError as e:
    print('1', '<=', '(1,)', "TypeError", e)
try:
    print('1', '<=', '{1: 2}', 1 <= {1: 2})
except TypeError as e:
    print('1', '<=', '{1: 2}', "TypeError", e)
try:
    print('1', '<=', 'None', 1 <= None)
except TypeError as e:
    print('1', '<=', 'None', "TypeError", e)
try:
    print('1', '<=', 'True', 1 <= True)
except TypeError as e:
    print('1', '<=', 'True', "TypeError", e)
try:
    print('1', '<=', '{1}', 1 <= {1})
except TypeError as e:
    print('1', '<=', '{1}', "TypeError", e)
try:
    print('2.5', '<=', '1', 2.5 <= 1)
except TypeError as e:
    print('2.5', '<=', '1', "TypeError", e)
try:
    print('2.5', '<=', '2.5', 2.5 <= 2.5)
except TypeError as e:
    print('2.5', '<=', '2.5', "TypeError", e)
try:
    print('2.5', '<=', '"s"', 2.5 <= "s")
except TypeError as e:
    print('2.5', '<=', '"s"', "TypeError", e)
try:
    print('2.5', '<=', '[1]', 2.5 <= [1])
except TypeError as e:
    print('2.5', '<=', '[1]', "TypeError", e)
try:
    print('2.5', '<=', '(1,)', 2.5 <= (1,))
except TypeError as e:
    print('2.5', '<=', '(1,)', "TypeError", e)
try:
    print('2.5', '<=', '{1: 2}', 2.5 <= {1: 2})
except TypeError as e:
    print('2.5', '<=', '{1: 2}', "TypeError", e)
try:
    print('2.5', '<=', 'None', 2.5 <= None)
except TypeError as e:
    print('2.5', '<=', 'None', "TypeError", e)
try:
    print('2.5', '<=', 'True', 2.5 <= True)
except TypeError as e:
    print('2.5', '<=', 'True', "TypeError", e)
try:
    print('2.5', '<=', '{1}', 2.5 <= {1})
except TypeError as e:
    print('2.5', '<=', '{1}', "TypeError", e)
try:
    print('"s"', '<=', '1', "s" <= 1)
except TypeError as e:
    print('"s"', '<=', '1', "TypeError", e)
try:
    print('"s"', '<=', '2.5', "s" <= 2.5)
except TypeError as e:
    print('"s"', '<=', '2.5', "TypeError", e)
try:
    print('"s"', '<=', '"s"', "s" <= "s")
except TypeError as e:
    print('"s"', '<=', '"s"', "TypeError", e)
try:
    print('"s"', '<=', '[1]', "s" <= [1])
except TypeError as e:
    print('"s"', '<=', '[1]', "TypeError", e)
try:
    print('"s"', '<=', '(1,)', "s" <= (1,))
except TypeError as e:
    print('"s"', '<=', '(1,)', "TypeError", e)
try:
    print('"s"', '<=', '{1: 2}', "s" <= {1: 2})
except TypeError as e:
    print('"s"', '<=', '{1: 2}', "TypeError", e)
try:
    print('"s"', '<=', 'None', "s" <= None)
except TypeError as e:
    print('"s"', '<=', 'None', "TypeError", e)
try:
    print('"s"', '<=', 'True', "s" <= True)
except TypeError as e:
    print('"s"', '<=', 'True', "TypeError", e)
try:
    print('"s"', '<=', '{1}', "s" <= {1})
except TypeError as e:
    print('"s"', '<=', '{1}', "TypeError", e)
try:
    print('[1]', '<=', '1', [1] <= 1)
except TypeError as e:
    print('[1]', '<=', '1', "TypeError", e)
try:
    print('[1]', '<=', '2.5', [1] <= 2.5)
except TypeError as e:
    print('[1]', '<=', '2.5', "TypeError", e)
try:
    print('[1]', '<=', '"s"', [1] <= "s")
except TypeError as e:
    print('[1]', '<=', '"s"', "TypeError", e)
try:
    print('[1]', '<=', '[1]', [1] <= [1])
except TypeError as e:
    print('[1]', '<=', '[1]', "TypeError", e)
try:
    print('[1]', '<=', '(1,)', [1] <= (1,))
except TypeError as e:
    print('[1]', '<=', '(1,)', "TypeError", e)
try:
    print('[1]', '<=', '{1: 2}', [1] <= {1: 2})
except TypeError as e:
    print('[1]', '<=', '{1: 2}', "TypeError", e)
try:
    print('[1]', '<=', 'None', [1] <= None)
except TypeError as e:
    print('[1]', '<=', 'None', "TypeError", e)
try:
    print('[1]', '<=', 'True', [1] <= True)
except TypeError as e:
    print('[1]', '<=', 'True', "TypeError", e)
try:
    print('[1]', '<=', '{1}', [1] <= {1})
except TypeError as e:
    print('[1]', '<=', '{1}', "TypeError", e)
try:
    print('(1,)', '<=', '1', (1,) <= 1)
except TypeError as e:
    print('(1,)', '<=', '1', "TypeError", e)
try:
    print('(1,)', '<=', '2.5', (1,) <= 2.5)
except TypeError as e:
    print('(1,)', '<=', '2.5', "TypeError", e)
try:
    print('(1,)', '<=', '"s"', (1,) <= "s")
except TypeError as e:
    print('(1,)', '<=', '"s"', "TypeError", e)
try:
    print('(1,)', '<=', '[1]', (1,) <= [1])
except TypeError as e:
    print('(1,)', '<=', '[1]', "TypeError", e)
try:
    print('(1,)', '<=', '(1,)', (1,) <= (1,))
except TypeError as e:
    print('(1,)', '<=', '(1,)', "TypeError", e)
try:
    print('(1,)', '<=', '{1: 2}', (1,) <= {1: 2})
except TypeError as e:
    print('(1,)', '<=', '{1: 2}', "TypeError", e)
try:
    print('(1,)', '<=', 'None', (1,) <= None)
except TypeError as e:
    print('(1,)', '<=', 'None', "TypeError", e)
try:
    print('(1,)', '<=', 'True', (1,) <= True)
except TypeError as e:
    print('(1,)', '<=', 'True', "TypeError", e)
try:
    print('(1,)', '<=', '{1}', (1,) <= {1})
except TypeError as e:
    print('(1,)', '<=', '{1}', "TypeError", e)
try:
    print('{1: 2}', '<=', '1', {1: 2} <= 1)
except TypeError as e:
    print('{1: 2}', '<=', '1', "TypeError", e)
try:
    print('{1: 2}', '<=', '2.5', {1: 2} <= 2.5)
except TypeError as e:
    print('{1: 2}', '<=', '2.5', "TypeError", e)
try:
    print('{1: 2}', '<=', '"s"', {1: 2} <= "s")
except TypeError as e:
    print('{1: 2}', '<=', '"s"', "TypeError", e)
try:
    print('{1: 2}', '<=', '[1]', {1: 2} <= [1])
except TypeError as e:
    print('{1: 2}', '<=', '[1]', "TypeError", e)
try:
    print('{1: 2}', '<=', '(1,)', {1: 2} <= (1,))
except TypeError as e:
    print('{1: 2}', '<=', '(1,)', "TypeError", e)
try:
    print('{1: 2}', '<=', '{1: 2}', {1: 2} <= {1: 2})
except TypeError as e:
    print('{1: 2}', '<=', '{1: 2}', "TypeError", e)
try:
    print('{1: 2}', '<=', 'None', {1: 2} <= None)
except TypeError as e:
    print('{1: 2}', '<=', 'None', "TypeError", e)
try:
    print('{1: 2}', '<=', 'True', {1: 2} <= True)
except TypeError as e:
    print('{1: 2}', '<=', 'True', "TypeError", e)
try:
    print('{1: 2}', '<=', '{1}', {1: 2} <= {1})
except TypeError as e:
    print('{1: 2}', '<=', '{1}', "TypeError", e)
try:
    print('None', '<=', '1', None <= 1)
except TypeError as e:
    print('None', '<=', '1', "TypeError", e)
try:
    print('None', '<=', '2.5', None <= 2.5)
except TypeError as e:
    print('None', '<=', '2.5', "TypeError", e)
try:
    print('None', '<=', '"s"', None <= "s")
except TypeError as e:
    print('None', '<=', '"s"', "TypeError", e)
try:
    print('None', '<=', '[1]', None <= [1])
except TypeError as e:
    print('None', '<=', '[1]', "TypeError", e)
try:
    print('None', '<=', '(1,)', None <= (1,))
except TypeError as e:
    print('None', '<=', '(1,)', "TypeError", e)
try:
    print('None', '<=', '{1: 2}', None <= {1: 2})
except TypeError as e:
    print('None', '<=', '{1: 2}', "TypeError", e)
try:
    print('None', '<=', 'None', None <= None)
except TypeError as e:
    print('None', '<=', 'None', "TypeError", e)
try:
    print('None', '<=', 'True', None <= True)
except TypeError as e:
    print('None', '<=', 'True', "TypeError", e)
try:
    print('None', '<=', '{1}', None <= {1})
except TypeError as e:
    print('None', '<=', '{1}', "TypeError", e)
try:
    print('True', '<=', '1', True <= 1)
except TypeError as e:
    print('True', '<=', '1', "TypeError", e)
try:
    print('True', '<=', '2.5', True <= 2.5)
except TypeError as e:
    print('True', '<=', '2.5', "TypeError", e)
try:
    print('True', '<=', '"s"', True <= "s")
except TypeError as e:
    print('True', '<=', '"s"', "TypeError", e)
try:
    print('True', '<=', '[1]', True <= [1])
except TypeError as e:
    print('True', '<=', '[1]', "TypeError", e)
try:
    print('True', '<=', '(1,)', True <= (1,))
except TypeError as e:
    print('True', '<=', '(1,)', "TypeError", e)
try:
    print('True', '<=', '{1: 2}', True <= {1: 2})
except TypeError as e:
    print('True', '<=', '{1: 2}', "TypeError", e)
try:
    print('True', '<=', 'None', True <= None)
except TypeError as e:
    print('True', '<=', 'None', "TypeError", e)
try:
    print('True', '<=', 'True', True <= True)
except TypeError as e:
    print('True', '<=', 'True', "TypeError", e)
try:
    print('True', '<=', '{1}', True <= {1})
except TypeError as e:
    print('True', '<=', '{1}', "TypeError", e)
try:
    print('{1}', '<=', '1', {1} <= 1)
except TypeError as e:
    print('{1}', '<=', '1', "TypeError", e)
try:
    print('{1}', '<=', '2.5', {1} <= 2.5)
except TypeError as e:
    print('{1}', '<=', '2.5', "TypeError", e)
try:
    print('{1}', '<=', '"s"', {1} <= "s")
except TypeError as e:
    print('{1}', '<=', '"s"', "TypeError", e)
try:
    print('{1}', '<=', '[1]', {1} <= [1])
except TypeError as e:
    print('{1}', '<=', '[1]', "TypeError", e)
try:
    print('{1}', '<=', '(1,)', {1} <= (1,))
except TypeError as e:
    print('{1}', '<=', '(1,)', "TypeError", e)
try:
    print('{1}', '<=', '{1: 2}', {1} <= {1: 2})
except TypeError as e:
    print('{1}', '<=', '{1: 2}', "TypeError", e)
try:
    print('{1}', '<=', 'None', {1} <= None)
except TypeError as e:
    print('{1}', '<=', 'None', "TypeError", e)
try:
    print('{1}', '<=', 'True', {1} <= True)
except TypeError as e:
    print('{1}', '<=', 'True', "TypeError", e)
try:
    print('{1}', '<=', '{1}', {1} <= {1})
except TypeError as e:
    print('{1}', '<=', '{1}', "TypeError", e)
try:
    print('1', '==', '1', 1 == 1)
except TypeError as e:
    print('1', '==', '1', "TypeError", e)
try:
    print('1', '==', '2.5', 1 == 2.5)
except TypeError as e:
    print('1', '==', '2.5', "TypeError", e)
try:
    print('1', '==', '"s"', 1 == "s")
except TypeError as e:
    print('1', '==', '"s"', "TypeError", e)
try:
    print('1', '==', '[1]', 1 == [1])
except TypeError as e:
    print('1', '==', '[1]', "TypeError", e)
try:
    print('1', '==', '(1,)', 1 == (1,))
except TypeError as e:
    print('1', '==', '(1,)', "TypeError", e)
try:
    print('1', '==', '{1: 2}', 1 == {1: 2})
except TypeError as e:
    print('1', '==', '{1: 2}', "TypeError", e)
try:
    print('1', '==', 'None', 1 == None)
except TypeError as e:
    print('1', '==', 'None', "TypeError", e)
try:
    print('1', '==', 'True', 1 == True)
except TypeError as e:
    print('1', '==', 'True', "TypeError", e)
try:
    print('1', '==', '{1}', 1 == {1})
except TypeError as e:
    print('1', '==', '{1}', "TypeError", e)
try:
    print('2.5', '==', '1', 2.5 == 1)
except TypeError as e:
    print('2.5', '==', '1', "TypeError", e)
try:
    print('2.5', '==', '2.5', 2.5 == 2.5)
except TypeError as e:
    print('2.5', '==', '2.5', "TypeError", e)
try:
    print('2.5', '==', '"s"', 2.5 == "s")
except TypeError as e:
    print('2.5', '==', '"s"', "TypeError", e)
try:
    print('2.5', '==', '[1]', 2.5 == [1])
except TypeError as e:
    print('2.5', '==', '[1]', "TypeError", e)
try:
    print('2.5', '==', '(1,)', 2.5 == (1,))
except TypeError as e:
    print('2.5', '==', '(1,)', "TypeError", e)
try:
    print('2.5', '==', '{1: 2}', 2.5 == {1: 2})
except TypeError as e:
    print('2.5', '==', '{1: 2}', "TypeError", e)
try:
    print('2.5', '==', 'None', 2.5 == None)
except TypeError as e:
    print('2.5', '==', 'None', "TypeError", e)
try:
    print('2.5', '==', 'True', 2.5 == True)
except TypeError as e:
    print('2.5', '==', 'True', "TypeError", e)
try:
    print('2.5', '==', '{1}', 2.5 == {1})
except TypeError as e:
    print('2.5', '==', '{1}', "TypeError", e)
try:
    print('"s"', '==', '1', "s" == 1)
except TypeError as e:
    print('"s"', '==', '1', "TypeError", e)
try:
    print('"s"', '==', '2.5', "s" == 2.5)
except TypeError as e:
    print('"s"', '==', '2.5', "TypeError", e)
try:
    print('"s"', '==', '"s"', "s" == "s")
except TypeError as e:
    print('"s"', '==', '"s"', "TypeError", e)
try:
    print('"s"', '==', '[1]', "s" == [1])
except TypeError as e:
    print('"s"', '==', '[1]', "TypeError", e)
try:
    print('"s"', '==', '(1,)', "s" == (1,))
except TypeError as e:
    print('"s"', '==', '(1,)', "TypeError", e)
try:
    print('"s"', '==', '{1: 2}', "s" == {1: 2})
except TypeError as e:
    print('"s"', '==', '{1: 2}', "TypeError", e)
try:
    print('"s"', '==', 'None', "s" == None)
except TypeError as e:
    print('"s"', '==', 'None', "TypeError", e)
try:
    print('"s"', '==', 'True', "s" == True)
except TypeError as e:
    print('"s"', '==', 'True', "TypeError", e)
try:
    print('"s"', '==', '{1}', "s" == {1})
except TypeError as e:
    print('"s"', '==', '{1}', "TypeError", e)
try:
    print('[1]', '==', '1', [1] == 1)
except TypeError as e:
    print('[1]', '==', '1', "TypeError", e)
try:
    print('[1]', '==', '2.5', [1] == 2.5)
except TypeError as e:
    print('[1]', '==', '2.5', "TypeError", e)
try:
    print('[1]', '==', '"s"', [1] == "s")
except TypeError as e:
    print('[1]', '==', '"s"', "TypeError", e)
try:
    print('[1]', '==', '[1]', [1] == [1])
except TypeError as e:
    print('[1]', '==', '[1]', "TypeError", e)
try:
    print('[1]', '==', '(1,)', [1] == (1,))
except TypeError as e:
    print('[1]', '==', '(1,)', "TypeError", e)
try:
    print('[1]', '==', '{1: 2}', [1] == {1: 2})
except TypeError as e:
    print('[1]', '==', '{1: 2}', "TypeError", e)
try:
    print('[1]', '==', 'None', [1] == None)
except TypeError as e:
    print('[1]', '==', 'None', "TypeError", e)
try:
    print('[1]', '==', 'True', [1] == True)
except TypeError as e:
    print('[1]', '==', 'True', "TypeError", e)
try:
    print('[1]', '==', '{1}', [1] == {1})
except TypeError as e:
    print('[1]', '==', '{1}', "TypeError", e)
try:
    print('(1,)', '==', '1', (1,) == 1)
except TypeError as e:
    print('(1,)', '==', '1', "TypeError", e)
try:
    print('(1,)', '==', '2.5', (1,) == 2.5)
except TypeError as e:
    print('(1,)', '==', '2.5', "TypeError", e)
try:
    print('(1,)', '==', '"s"', (1,) == "s")
except TypeError as e:
    print('(1,)', '==', '"s"', "TypeError", e)
try:
    print('(1,)', '==', '[1]', (1,) == [1])
except TypeError as e:
    print('(1,)', '==', '[1]', "TypeError", e)
try:
    print('(1,)', '==', '(1,)', (1,) == (1,))
except TypeError as e:
    print('(1,)', '==', '(1,)', "TypeError", e)
try:
    print('(1,)', '==', '{1: 2}', (1,) == {1: 2})
except TypeError as e:
    print('(1,)', '==', '{1: 2}', "TypeError", e)
try:
    print('(1,)', '==', 'None', (1,) == None)
except TypeError as e:
    print('(1,)', '==', 'None', "TypeError", e)
try:
    print('(1,)', '==', 'True', (1,) == True)
except TypeError as e:
    print('(1,)', '==', 'True', "TypeError", e)
try:
    print('(1,)', '==', '{1}', (1,) == {1})
except TypeError as e:
    print('(1,)', '==', '{1}', "TypeError", e)
try:
    print('{1: 2}', '==', '1', {1: 2} == 1)
except TypeError as e:
    print('{1: 2}', '==', '1', "TypeError", e)
try:
    print('{1: 2}', '==', '2.5', {1: 2} == 2.5)
except TypeError as e:
    print('{1: 2}', '==', '2.5', "TypeError", e)
try:
    print('{1: 2}', '==', '"s"', {1: 2} == "s")
except TypeError as e:
    print('{1: 2}', '==', '"s"', "TypeError", e)
try:
    print('{1: 2}', '==', '[1]', {1: 2} == [1])
except TypeError as e:
    print('{1: 2}', '==', '[1]', "TypeError", e)
try:
    print('{1: 2}', '==', '(1,)', {1: 2} == (1,))
except TypeError as e:
    print('{1: 2}', '==', '(1,)', "TypeError", e)
try:
    print('{1: 2}', '==', '{1: 2}', {1: 2} == {1: 2})
except TypeError as e:
    print('{1: 2}', '==', '{1: 2}', "TypeError", e)
try:
    print('{1: 2}', '==', 'None', {1: 2} == None)
except TypeError as e:
    print('{1: 2}', '==', 'None', "TypeError", e)
try:
    print('{1: 2}', '==', 'True', {1: 2} == True)
except TypeError as e:
    print('{1: 2}', '==', 'True', "TypeError", e)
try:
    print('{1: 2}', '==', '{1}', {1: 2} == {1})
except TypeError as e:
    print('{1: 2}', '==', '{1}', "TypeError", e)
try:
    print('None', '==', '1', None == 1)
except TypeError as e:
    print('None', '==', '1', "TypeError", e)
try:
    print('None', '==', '2.5', None == 2.5)
except TypeError as e:
    print('None', '==', '2.5', "TypeError", e)
try:
    print('None', '==', '"s"', None == "s")
except TypeError as e:
    print('None', '==', '"s"', "TypeError", e)
try:
    print('None', '==', '[1]', None == [1])
except TypeError as e:
    print('None', '==', '[1]', "TypeError", e)
try:
    print('None', '==', '(1,)', None == (1,))
except TypeError as e:
    print('None', '==', '(1,)', "TypeError", e)
try:
    print('None', '==', '{1: 2}', None == {1: 2})
except TypeError as e:
    print('None', '==', '{1: 2}', "TypeError", e)
try:
    print('None', '==', 'None', None == None)
except TypeError as e:
    print('None', '==', 'None', "TypeError", e)
try:
    print('None', '==', 'True', None == True)
except TypeError as e:
    print('None', '==', 'True', "TypeError", e)
try:
    print('None', '==', '{1}', None == {1})
except TypeError as e:
    print('None', '==', '{1}', "TypeError", e)
try:
    print('True', '==', '1', True == 1)
except TypeError as e:
    print('True', '==', '1', "TypeError", e)
try:
    print('True', '==', '2.5', True == 2.5)
except TypeError as e:
    print('True', '==', '2.5', "TypeError", e)
try:
    print('True', '==', '"s"', True == "s")
except TypeError as e:
    print('True', '==', '"s"', "TypeError", e)
try:
    print('True', '==', '[1]', True == [1])
except TypeError as e:
    print('True', '==', '[1]', "TypeError", e)
try:
    print('True', '==', '(1,)', True == (1,))
except TypeError as e:
    print('True', '==', '(1,)', "TypeError", e)
try:
    print('True', '==', '{1: 2}', True == {1: 2})
except TypeError as e:
    print('True', '==', '{1: 2}', "TypeError", e)
try:
    print('True', '==', 'None', True == None)
except TypeError as e:
    print('True', '==', 'None', "TypeError", e)
try:
    print('True', '==', 'True', True == True)
except TypeError as e:
    print('True', '==', 'True', "TypeError", e)
try:
    print('True', '==', '{1}', True == {1})
except TypeError as e:
    print('True', '==', '{1}', "TypeError", e)
try:
    print('{1}', '==', '1', {1} == 1)
except TypeError as e:
    print('{1}', '==', '1', "TypeError", e)
try:
    print('{1}', '==', '2.5', {1} == 2.5)
except TypeError as e:
    print('{1}', '==', '2.5', "TypeError", e)
try:
    print('{1}', '==', '"s"', {1} == "s")
except TypeError as e:
    print('{1}', '==', '"s"', "TypeError", e)
try:
    print('{1}', '==', '[1]', {1} == [1])
except TypeError as e:
    print('{1}', '==', '[1]', "TypeError", e)
try:
    print('{1}', '==', '(1,)', {1} == (1,))
except TypeError as e:
    print('{1}', '==', '(1,)', "TypeError", e)
try:
    print('{1}', '==', '{1: 2}', {1} == {1: 2})
except TypeError as e:
    print('{1}', '==', '{1: 2}', "TypeError", e)
try:
    print('{1}', '==', 'None', {1} == None)
except TypeError as e:
    print('{1}', '==', 'None', "TypeError", e)
try:
    print('{1}', '==', 'True', {1} == True)
except TypeError as e:
    print('{1}', '==', 'True', "TypeError", e)
try:
    print('{1}', '==', '{1}', {1} == {1})
except TypeError as e:
    print('{1}', '==', '{1}', "TypeError", e)
try:
    print('1', '!=', '1', 1 != 1)
except TypeError as e:
    print('1', '!=', '1', "TypeError", e)
try:
    print('1', '!=', '2.5', 1 != 2.5)
except TypeError as e:
    print('1', '!=', '2.5', "TypeError", e)
try:
    print('1', '!=', '"s"', 1 != "s")
except TypeError as e:
    print('1', '!=', '"s"', "TypeError", e)
try:
    print('1', '!=', '[1]', 1 != [1])
except TypeError as e:
    print('1', '!=', '[1]', "TypeError", e)
try:
    print('1', '!=', '(1,)', 1 != (1,))
except TypeError as e:
    print('1', '!=', '(1,)', "TypeError", e)
try:
    print('1', '!=', '{1: 2}', 1 != {1: 2})
except TypeError as e:
    print('1', '!=', '{1: 2}', "TypeError", e)
try:
    print('1', '!=', 'None', 1 != None)
except TypeError as e:
    print('1', '!=', 'None', "TypeError", e)
try:
    print('1', '!=', 'True', 1 != True)
except TypeError as e:
    print('1', '!=', 'True', "TypeError", e)
try:
    print('1', '!=', '{1}', 1 != {1})
except TypeError as e:
    print('1', '!=', '{1}', "TypeError", e)
try:
    print('2.5', '!=', '1', 2.5 != 1)
except TypeError as e:
    print('2.5', '!=', '1', "TypeError", e)
try:
    print('2.5', '!=', '2.5', 2.5 != 2.5)
except TypeError as e:
    print('2.5', '!=', '2.5', "TypeError", e)
try:
    print('2.5', '!=', '"s"', 2.5 != "s")
except TypeError as e:
    print('2.5', '!=', '"s"', "TypeError", e)
try:
    print('2.5', '!=', '[1]', 2.5 != [1])
except TypeError as e:
    print('2.5', '!=', '[1]', "TypeError", e)
try:
    print('2.5', '!=', '(1,)', 2.5 != (1,))
except TypeError as e:
    print('2.5', '!=', '(1,)', "TypeError", e)
try:
    print('2.5', '!=', '{1: 2}', 2.5 != {1: 2})
except TypeError as e:
    print('2.5', '!=', '{1: 2}', "TypeError", e)
try:
    print('2.5', '!=', 'None', 2.5 != None)
except TypeError as e:
    print('2.5', '!=', 'None', "TypeError", e)
try:
    print('2.5', '!=', 'True', 2.5 != True)
except TypeError as e:
    print('2.5', '!=', 'True', "TypeError", e)
try:
    print('2.5', '!=', '{1}', 2.5 != {1})
except TypeError as e:
    print('2.5', '!=', '{1}', "TypeError", e)
try:
    print('"s"', '!=', '1', "s" != 1)
except TypeError as e:
    print('"s"', '!=', '1', "TypeError", e)
try:
    print('"s"', '!=', '2.5', "s" != 2.5)
except TypeError as e:
    print('"s"', '!=', '2.5', "TypeError", e)
try:
    print('"s"', '!=', '"s"', "s" != "s")
except TypeError as e:
    print('"s"', '!=', '"s"', "TypeError", e)
try:
    print('"s"', '!=', '[1]', "s" != [1])
except TypeError as e:
    print('"s"', '!=', '[1]', "TypeError", e)
try:
    print('"s"', '!=', '(1,)', "s" != (1,))
except TypeError as e:
    print('"s"', '!=', '(1,)', "TypeError", e)
try:
    print('"s"', '!=', '{1: 2}', "s" != {1: 2})
except TypeError as e:
    print('"s"', '!=', '{1: 2}', "TypeError", e)
try:
    print('"s"', '!=', 'None', "s" != None)
except TypeError as e:
    print('"s"', '!=', 'None', "TypeError", e)
try:
    print('"s"', '!=', 'True', "s" != True)
except TypeError as e:
    print('"s"', '!=', 'True', "TypeError", e)
try:
    print('"s"', '!=', '{1}', "s" != {1})
except TypeError as e:
    print('"s"', '!=', '{1}', "TypeError", e)
try:
    print('[1]', '!=', '1', [1] != 1)
except TypeError as e:
    print('[1]', '!=', '1', "TypeError", e)
try:
    print('[1]', '!=', '2.5', [1] != 2.5)
except TypeError as e:
    print('[1]', '!=', '2.5', "TypeError", e)
try:
    print('[1]', '!=', '"s"', [1] != "s")
except TypeError as e:
    print('[1]', '!=', '"s"', "TypeError", e)
try:
    print('[1]', '!=', '[1]', [1] != [1])
except TypeError as e:
    print('[1]', '!=', '[1]', "TypeError", e)
try:
    print('[1]', '!=', '(1,)', [1] != (1,))
except TypeError as e:
    print('[1]', '!=', '(1,)', "TypeError", e)
try:
    print('[1]', '!=', '{1: 2}', [1] != {1: 2})
except TypeError as e:
    print('[1]', '!=', '{1: 2}', "TypeError", e)
try:
    print('[1]', '!=', 'None', [1] != None)
except TypeError as e:
    print('[1]', '!=', 'None', "TypeError", e)
try:
    print('[1]', '!=', 'True', [1] != True)
except TypeError as e:
    print('[1]', '!=', 'True', "TypeError", e)
try:
    print('[1]', '!=', '{1}', [1] != {1})
except TypeError as e:
    print('[1]', '!=', '{1}', "TypeError", e)
try:
    print('(1,)', '!=', '1', (1,) != 1)
except TypeError as e:
    print('(1,)', '!=', '1', "TypeError", e)
try:
    print('(1,)', '!=', '2.5', (1,) != 2.5)
except TypeError as e:
    print('(1,)', '!=', '2.5', "TypeError", e)
try:
    print('(1,)', '!=', '"s"', (1,) != "s")
except TypeError as e:
    print('(1,)', '!=', '"s"', "TypeError", e)
try:
    print('(1,)', '!=', '[1]', (1,) != [1])
except TypeError as e:
    print('(1,)', '!=', '[1]', "TypeError", e)
try:
    print('(1,)', '!=', '(1,)', (1,) != (1,))
except TypeError as e:
    print('(1,)', '!=', '(1,)', "TypeError", e)
try:
    print('(1,)', '!=', '{1: 2}', (1,) != {1: 2})
except TypeError as e:
    print('(1,)', '!=', '{1: 2}', "TypeError", e)
try:
    print('(1,)', '!=', 'None', (1,) != None)
except TypeError as e:
    print('(1,)', '!=', 'None', "TypeError", e)
try:
    print('(1,)', '!=', 'True', (1,) != True)
except TypeError as e:
    print('(1,)', '!=', 'True', "TypeError", e)
try:
    print('(1,)', '!=', '{1}', (1,) != {1})
except TypeError as e:
    print('(1,)', '!=', '{1}', "TypeError", e)
try:
    print('{1: 2}', '!=', '1', {1: 2} != 1)
except TypeError as e:
    print('{1: 2}', '!=', '1', "TypeError", e)
try:
    print('{1: 2}', '!=', '2.5', {1: 2} != 2.5)
except TypeError as e:
    print('{1: 2}', '!=', '2.5', "TypeError", e)
try:
    print('{1: 2}', '!=', '"s"', {1: 2} != "s")
except TypeError as e:
    print('{1: 2}', '!=', '"s"', "TypeError", e)
try:
    print('{1: 2}', '!=', '[1]', {1: 2} != [1])
except TypeError as e:
    print('{1: 2}', '!=', '[1]', "TypeError", e)
try:
    print('{1: 2}', '!=', '(1,)', {1: 2} != (1,))
except TypeError as e:
    print('{1: 2}', '!=', '(1,)', "TypeError", e)
try:
    print('{1: 2}', '!=', '{1: 2}', {1: 2} != {1: 2})
except TypeError as e:
    print('{1: 2}', '!=', '{1: 2}', "TypeError", e)
try:
    print('{1: 2}', '!=', 'None', {1: 2} != None)
except TypeError as e:
    print('{1: 2}', '!=', 'None', "TypeError", e)
try:
    print('{1: 2}', '!=', 'True', {1: 2} != True)
except TypeError as e:
    print('{1: 2}', '!=', 'True', "TypeError", e)
try:
    print('{1: 2}', '!=', '{1}', {1: 2} != {1})
except TypeError as e:
    print('{1: 2}', '!=', '{1}', "TypeError", e)
try:
    print('None', '!=', '1', None != 1)
except TypeError as e:
    print('None', '!=', '1', "TypeError", e)
try:
    print('None', '!=', '2.5', None != 2.5)
except TypeError as e:
    print('None', '!=', '2.5', "TypeError", e)
try:
    print('None', '!=', '"s"', None != "s")
except TypeError as e:
    print('None', '!=', '"s"', "TypeError", e)
try:
    print('None', '!=', '[1]', None != [1])
except TypeError as e:
    print('None', '!=', '[1]', "TypeError", e)
try:
    print('None', '!=', '(1,)', None != (1,))
except TypeError as e:
    print('None', '!=', '(1,)', "TypeError", e)
try:
    print('None', '!=', '{1: 2}', None != {1: 2})
except TypeError as e:
    print('None', '!=', '{1: 2}', "TypeError", e)
try:
    print('None', '!=', 'None', None != None)
except TypeError as e:
    print('None', '!=', 'None', "TypeError", e)
try:
    print('None', '!=', 'True', None != True)
except TypeError as e:
    print('None', '!=', 'True', "TypeError", e)
try:
    print('None', '!=', '{1}', None != {1})
except TypeError as e:
    print('None', '!=', '{1}', "TypeError", e)
try:
    print('True', '!=', '1', True != 1)
except TypeError as e:
    print('True', '!=', '1', "TypeError", e)
try:
    print('True', '!=', '2.5', True != 2.5)
except TypeError as e:
    print('True', '!=', '2.5', "TypeError", e)
try:
    print('True', '!=', '"s"', True != "s")
except TypeError as e:
    print('True', '!=', '"s"', "TypeError", e)
try:
    print('True', '!=', '[1]', True != [1])
except TypeError as e:
    print('True', '!=', '[1]', "TypeError", e)
try:
    print('True', '!=', '(1,)', True != (1,))
except TypeError as e:
    print('True', '!=', '(1,)', "TypeError", e)
try:
    print('True', '!=', '{1: 2}', True != {1: 2})
except TypeError as e:
    print('True', '!=', '{1: 2}', "TypeError", e)
try:
    print('True', '!=', 'None', True != None)
except TypeError as e:
    print('True', '!=', 'None', "TypeError", e)
try:
    print('True', '!=', 'True', True != True)
except TypeError as e:
    print('True', '!=', 'True', "TypeError", e)
try:
    print('True', '!=', '{1}', True != {1})
except TypeError as e:
    print('True', '!=', '{1}', "TypeError", e)
try:
    print('{1}', '!=', '1', {1} != 1)
except TypeError as e:
    print('{1}', '!=', '1', "TypeError", e)
try:
    print('{1}', '!=', '2.5', {1} != 2.5)
except TypeError as e:
    print('{1}', '!=', '2.5', "TypeError", e)
try:
    print('{1}', '!=', '"s"', {1} != "s")
except TypeError as e:
    print('{1}', '!=', '"s"', "TypeError", e)
try:
    print('{1}', '!=', '[1]', {1} != [1])
except TypeError as e:
    print('{1}', '!=', '[1]', "TypeError", e)
try:
    print('{1}', '!=', '(1,)', {1} != (1,))
except TypeError as e:
    print('{1}', '!=', '(1,)', "TypeError", e)
try:
    print('{1}', '!=', '{1: 2}', {1} != {1: 2})
except TypeError as e:
    print('{1}', '!=', '{1: 2}', "TypeError", e)
try:
    print('{1}', '!=', 'None', {1} != None)
except TypeError as e:
    print('{1}', '!=', 'None', "TypeError", e)
try:
    print('{1}', '!=', 'True', {1} != True)
except TypeError as e:
    print('{1}', '!=', 'True', "TypeError", e)
try:
    print('{1}', '!=', '{1}', {1} != {1})
except TypeError as e:
    print('{1}', '!=', '{1}', "TypeError", e)
try:
    print('1', '>', '1', 1 > 1)
except TypeError as e:
    print('1', '>', '1', "TypeError", e)
try:
    print('1', '>', '2.5', 1 > 2.5)
except TypeError as e:
    print('1', '>', '2.5', "TypeError", e)
try:
    print('1', '>', '"s"', 1 > "s")
except TypeError as e:
    print('1', '>', '"s"', "TypeError", e)
try:
    print('1', '>', '[1]', 1 > [1])
except TypeError as e:
    print('1', '>', '[1]', "TypeError", e)
try:
    print('1', '>', '(1,)', 1 > (1,))
except TypeError as e:
    print('1', '>', '(1,)', "TypeError", e)
try:
    print('1', '>', '{1: 2}', 1 > {1: 2})
except TypeError as e:
    print('1', '>', '{1: 2}', "TypeError", e)
try:
    print('1', '>', 'None', 1 > None)
except TypeError as e:
    print('1', '>', 'None', "TypeError", e)
try:
    print('1', '>', 'True', 1 > True)
except TypeError as e:
    print('1', '>', 'True', "TypeError", e)
try:
    print('1', '>', '{1}', 1 > {1})
except TypeError as e:
    print('1', '>', '{1}', "TypeError", e)
try:
    print('2.5', '>', '1', 2.5 > 1)
except TypeError as e:
    print('2.5', '>', '1', "TypeError", e)
try:
    print('2.5', '>', '2.5', 2.5 > 2.5)
except TypeError as e:
    print('2.5', '>', '2.5', "TypeError", e)
try:
    print('2.5', '>', '"s"', 2.5 > "s")
except TypeError as e:
    print('2.5', '>', '"s"', "TypeError", e)
try:
    print('2.5', '>', '[1]', 2.5 > [1])
except TypeError as e:
    print('2.5', '>', '[1]', "TypeError", e)
try:
    print('2.5', '>', '(1,)', 2.5 > (1,))
except TypeError as e:
    print('2.5', '>', '(1,)', "TypeError", e)
try:
    print('2.5', '>', '{1: 2}', 2.5 > {1: 2})
except TypeError as e:
    print('2.5', '>', '{1: 2}', "TypeError", e)
try:
    print('2.5', '>', 'None', 2.5 > None)
except TypeError as e:
    print('2.5', '>', 'None', "TypeError", e)
try:
    print('2.5', '>', 'True', 2.5 > True)
except TypeError as e:
    print('2.5', '>', 'True', "TypeError", e)
try:
    print('2.5', '>', '{1}', 2.5 > {1})
except TypeError as e:
    print('2.5', '>', '{1}', "TypeError", e)
try:
    print('"s"', '>', '1', "s" > 1)
except TypeError as e:
    print('"s"', '>', '1', "TypeError", e)
try:
    print('"s"', '>', '2.5', "s" > 2.5)
except TypeError as e:
    print('"s"', '>', '2.5', "TypeError", e)
try:
    print('"s"', '>', '"s"', "s" > "s")
except TypeError as e:
    print('"s"', '>', '"s"', "TypeError", e)
try:
    print('"s"', '>', '[1]', "s" > [1])
except TypeError as e:
    print('"s"', '>', '[1]', "TypeError", e)
try:
    print('"s"', '>', '(1,)', "s" > (1,))
except TypeError as e:
    print('"s"', '>', '(1,)', "TypeError", e)
try:
    print('"s"', '>', '{1: 2}', "s" > {1: 2})
except TypeError as e:
    print('"s"', '>', '{1: 2}', "TypeError", e)
try:
    print('"s"', '>', 'None', "s" > None)
except TypeError as e:
    print('"s"', '>', 'None', "TypeError", e)
try:
    print('"s"', '>', 'True', "s" > True)
except TypeError as e:
    print('"s"', '>', 'True', "TypeError", e)
try:
    print('"s"', '>', '{1}', "s" > {1})
except TypeError as e:
    print('"s"', '>', '{1}', "TypeError", e)
try:
    print('[1]', '>', '1', [1] > 1)
except TypeError as e:
    print('[1]', '>', '1', "TypeError", e)
try:
    print('[1]', '>', '2.5', [1] > 2.5)
except TypeError as e:
    print('[1]', '>', '2.5', "TypeError", e)
try:
    print('[1]', '>', '"s"', [1] > "s")
except TypeError as e:
    print('[1]', '>', '"s"', "TypeError", e)
try:
    print('[1]', '>', '[1]', [1] > [1])
except TypeError as e:
    print('[1]', '>', '[1]', "TypeError", e)
try:
    print('[1]', '>', '(1,)', [1] > (1,))
except TypeError as e:
    print('[1]', '>', '(1,)', "TypeError", e)
try:
    print('[1]', '>', '{1: 2}', [1] > {1: 2})
except TypeError as e:
    print('[1]', '>', '{1: 2}', "TypeError", e)
try:
    print('[1]', '>', 'None', [1] > None)
except TypeError as e:
    print('[1]', '>', 'None', "TypeError", e)
try:
    print('[1]', '>', 'True', [1] > True)
except TypeError as e:
    print('[1]', '>', 'True', "TypeError", e)
try:
    print('[1]', '>', '{1}', [1] > {1})
except TypeError as e:
    print('[1]', '>', '{1}', "TypeError", e)
try:
    print('(1,)', '>', '1', (1,) > 1)
except TypeError as e:
    print('(1,)', '>', '1', "TypeError", e)
try:
    print('(1,)', '>', '2.5', (1,) > 2.5)
except TypeError as e:
    print('(1,)', '>', '2.5', "TypeError", e)
try:
    print('(1,)', '>', '"s"', (1,) > "s")
except TypeError as e:
    print('(1,)', '>', '"s"', "TypeError", e)
try:
    print('(1,)', '>', '[1]', (1,) > [1])
except TypeError as e:
    print('(1,)', '>', '[1]', "TypeError", e)
try:
    print('(1,)', '>', '(1,)', (1,) > (1,))
except TypeError as e:
    print('(1,)', '>', '(1,)', "TypeError", e)
try:
    print('(1,)', '>', '{1: 2}', (1,) > {1: 2})
except TypeError as e:
    print('(1,)', '>', '{1: 2}', "TypeError", e)
try:
    print('(1,)', '>', 'None', (1,) > None)
except TypeError as e:
    print('(1,)', '>', 'None', "TypeError", e)
try:
    print('(1,)', '>', 'True', (1,) > True)
except TypeError as e:
    print('(1,)', '>', 'True', "TypeError", e)
try:
    print('(1,)', '>', '{1}', (1,) > {1})
except TypeError as e:
    print('(1,)', '>', '{1}', "TypeError", e)
try:
    print('{1: 2}', '>', '1', {1: 2} > 1)
except TypeError as e:
    print('{1: 2}', '>', '1', "TypeError", e)
try:
    print('{1: 2}', '>', '2.5', {1: 2} > 2.5)
except TypeError as e:
    print('{1: 2}', '>', '2.5', "TypeError", e)
try:
    print('{1: 2}', '>', '"s"', {1: 2} > "s")
except TypeError as e:
    print('{1: 2}', '>', '"s"', "TypeError", e)
try:
    print('{1: 2}', '>', '[1]', {1: 2} > [1])
except TypeError as e:
    print('{1: 2}', '>', '[1]', "TypeError", e)
try:
    print('{1: 2}', '>', '(1,)', {1: 2} > (1,))
except TypeError as e:
    print('{1: 2}', '>', '(1,)', "TypeError", e)
try:
    print('{1: 2}', '>', '{1: 2}', {1: 2} > {1: 2})
except TypeError as e:
    print('{1: 2}', '>', '{1: 2}', "TypeError", e)
try:
    print('{1: 2}', '>', 'None', {1: 2} > None)
except TypeError as e:
    print('{1: 2}', '>', 'None', "TypeError", e)
try:
    print('{1: 2}', '>', 'True', {1: 2} > True)
except TypeError as e:
    print('{1: 2}', '>', 'True', "TypeError", e)
try:
    print('{1: 2}', '>', '{1}', {1: 2} > {1})
except TypeError as e:
    print('{1: 2}', '>', '{1}', "TypeError", e)
try:
    print('None', '>', '1', None > 1)
except TypeError as e:
    print('None', '>', '1', "TypeError", e)
try:
    print('None', '>', '2.5', None > 2.5)
except TypeError as e:
    print('None', '>', '2.5', "TypeError", e)
try:
    print('None', '>', '"s"', None > "s")
except TypeError as e:
    print('None', '>', '"s"', "TypeError", e)
try:
    print('None', '>', '[1]', None > [1])
except TypeError as e:
    print('None', '>', '[1]', "TypeError", e)
try:
    print('None', '>', '(1,)', None > (1,))
except TypeError as e:
    print('None', '>', '(1,)', "TypeError", e)
try:
    print('None', '>', '{1: 2}', None > {1: 2})
except TypeError as e:
    print('None', '>', '{1: 2}', "TypeError", e)
try:
    print('None', '>', 'None', None > None)
except TypeError as e:
    print('None', '>', 'None', "TypeError", e)
try:
    print('None', '>', 'True', None > True)
except TypeError as e:
    print('None', '>', 'True', "TypeError", e)
try:
    print('None', '>', '{1}', None > {1})
except TypeError as e:
    print('None', '>', '{1}', "TypeError", e)
try:
    print('True', '>', '1', True > 1)
except TypeError as e:
    print('True', '>', '1', "TypeError", e)
try:
    print('True', '>', '2.5', True > 2.5)
except TypeError as e:
    print('True', '>', '2.5', "TypeError", e)
try:
    print('True', '>', '"s"', True > "s")
except TypeError as e:
    print('True', '>', '"s"', "TypeError", e)
try:
    print('True', '>', '[1]', True > [1])
except TypeError as e:
    print('True', '>', '[1]', "TypeError", e)
try:
    print('True', '>', '(1,)', True > (1,))
except TypeError as e:
    print('True', '>', '(1,)', "TypeError", e)
try:
    print('True', '>', '{1: 2}', True > {1: 2})
except TypeError as e:
    print('True', '>', '{1: 2}', "TypeError", e)
try:
    print('True', '>', 'None', True > None)
except TypeError as e:
    print('True', '>', 'None', "TypeError", e)
try:
    print('True', '>', 'True', True > True)
except TypeError as e:
    print('True', '>', 'True', "TypeError", e)
try:
    print('True', '>', '{1}', True > {1})
except TypeError as e:
    print('True', '>', '{1}', "TypeError", e)
try:
    print('{1}', '>', '1', {1} > 1)
except TypeError as e:
    print('{1}', '>', '1', "TypeError", e)
try:
    print('{1}', '>', '2.5', {1} > 2.5)
except TypeError as e:
    print('{1}', '>', '2.5', "TypeError", e)
try:
    print('{1}', '>', '"s"', {1} > "s")
except TypeError as e:
    print('{1}', '>', '"s"', "TypeError", e)
try:
    print('{1}', '>', '[1]', {1} > [1])
except TypeError as e:
    print('{1}', '>', '[1]', "TypeError", e)
try:
    print('{1}', '>', '(1,)', {1} > (1,))
except TypeError as e:
    print('{1}', '>', '(1,)', "TypeError", e)
try:
    print('{1}', '>', '{1: 2}', {1} > {1: 2})
except TypeError as e:
    print('{1}', '>', '{1: 2}', "TypeError", e)
try:
    print('{1}', '>', 'None', {1} > None)
except TypeError as e:
    print('{1}', '>', 'None', "TypeError", e)
try:
    print('{1}', '>', 'True', {1} > True)
except TypeError as e:
    print('{1}', '>', 'True', "TypeError", e)
try:
    print('{1}', '>', '{1}', {1} > {1})
except TypeError as e:
    print('{1}', '>', '{1}', "TypeError", e)
try:
    print('1', '>=', '1', 1 >= 1)
except TypeError as e:
    print('1', '>=', '1', "TypeError", e)
try:
    print('1', '>=', '2.5', 1 >= 2.5)
except TypeError as e:
    print('1', '>=', '2.5', "TypeError", e)
try:
    print('1', '>=', '"s"', 1 >= "s")
except TypeError as e:
    print('1', '>=', '"s"', "TypeError", e)
try:
    print('1', '>=', '[1]', 1 >= [1])
except TypeError as e:
    print('1', '>=', '[1]', "TypeError", e)
try:
    print('1', '>=', '(1,)', 1 >= (1,))
except TypeError as e:
    print('1', '>=', '(1,)', "TypeError", e)
try:
    print('1', '>=', '{1: 2}', 1 >= {1: 2})
except TypeError as e:
    print('1', '>=', '{1: 2}', "TypeError", e)
try:
    print('1', '>=', 'None', 1 >= None)
except TypeError as e:
    print('1', '>=', 'None', "TypeError", e)
try:
    print('1', '>=', 'True', 1 >= True)
except TypeError as e:
    print('1', '>=', 'True', "TypeError", e)
try:
    print('1', '>=', '{1}', 1 >= {1})
except TypeError as e:
    print('1', '>=', '{1}', "TypeError", e)
try:
    print('2.5', '>=', '1', 2.5 >= 1)
except TypeError as e:
    print('2.5', '>=', '1', "TypeError", e)
try:
    print('2.5', '>=', '2.5', 2.5 >= 2.5)
except TypeError as e:
    print('2.5', '>=', '2.5', "TypeError", e)
try:
    print('2.5', '>=', '"s"', 2.5 >= "s")
except TypeError as e:
    print('2.5', '>=', '"s"', "TypeError", e)
try:
    print('2.5', '>=', '[1]', 2.5 >= [1])
except TypeError as e:
    print('2.5', '>=', '[1]', "TypeError", e)
try:
    print('2.5', '>=', '(1,)', 2.5 >= (1,))
except TypeError as e:
    print('2.5', '>=', '(1,)', "TypeError", e)
try:
    print('2.5', '>=', '{1: 2}', 2.5 >= {1: 2})
except TypeError as e:
    print('2.5', '>=', '{1: 2}', "TypeError", e)
try:
    print('2.5', '>=', 'None', 2.5 >= None)
except TypeError as e:
    print('2.5', '>=', 'None', "TypeError", e)
try:
    print('2.5', '>=', 'True', 2.5 >= True)
except TypeError as e:
    print('2.5', '>=', 'True', "TypeError", e)
try:
    print('2.5', '>=', '{1}', 2.5 >= {1})
except TypeError as e:
    print('2.5', '>=', '{1}', "TypeError", e)
try:
    print('"s"', '>=', '1', "s" >= 1)
except TypeError as e:
    print('"s"', '>=', '1', "TypeError", e)
try:
    print('"s"', '>=', '2.5', "s" >= 2.5)
except TypeError as e:
    print('"s"', '>=', '2.5', "TypeError", e)
try:
    print('"s"', '>=', '"s"', "s" >= "s")
except TypeError as e:
    print('"s"', '>=', '"s"', "TypeError", e)
try:
    print('"s"', '>=', '[1]', "s" >= [1])
except TypeError as e:
    print('"s"', '>=', '[1]', "TypeError", e)
try:
    print('"s"', '>=', '(1,)', "s" >= (1,))
except TypeError as e:
    print('"s"', '>=', '(1,)', "TypeError", e)
try:
    print('"s"', '>=', '{1: 2}', "s" >= {1: 2})
except TypeError as e:
    print('"s"', '>=', '{1: 2}', "TypeError", e)
try:
    print('"s"', '>=', 'None', "s" >= None)
except TypeError as e:
    print('"s"', '>=', 'None', "TypeError", e)
try:
    print('"s"', '>=', 'True', "s" >= True)
except TypeError as e:
    print('"s"', '>=', 'True', "TypeError", e)
try:
    print('"s"', '>=', '{1}', "s" >= {1})
except TypeError as e:
    print('"s"', '>=', '{1}', "TypeError", e)
try:
    print('[1]', '>=', '1', [1] >= 1)
except TypeError as e:
    print('[1]', '>=', '1', "TypeError", e)
try:
    print('[1]', '>=', '2.5', [1] >= 2.5)
except TypeError as e:
    print('[1]', '>=', '2.5', "TypeError", e)
try:
    print('[1]', '>=', '"s"', [1] >= "s")
except TypeError as e:
    print('[1]', '>=', '"s"', "TypeError", e)
try:
    print('[1]', '>=', '[1]', [1] >= [1])
except TypeError as e:
    print('[1]', '>=', '[1]', "TypeError", e)
try:
    print('[1]', '>=', '(1,)', [1] >= (1,))
except TypeError as e:
    print('[1]', '>=', '(1,)', "TypeError", e)
try:
    print('[1]', '>=', '{1: 2}', [1] >= {1: 2})
except TypeError as e:
    print('[1]', '>=', '{1: 2}', "TypeError", e)
try:
    print('[1]', '>=', 'None', [1] >= None)
except TypeError as e:
    print('[1]', '>=', 'None', "TypeError", e)
try:
    print('[1]', '>=', 'True', [1] >= True)
except TypeError as e:
    print('[1]', '>=', 'True', "TypeError", e)
try:
    print('[1]', '>=', '{1}', [1] >= {1})
except TypeError as e:
    print('[1]', '>=', '{1}', "TypeError", e)
try:
    print('(1,)', '>=', '1', (1,) >= 1)
except TypeError as e:
    print('(1,)', '>=', '1', "TypeError", e)
try:
    print('(1,)', '>=', '2.5', (1,) >= 2.5)
except TypeError as e:
    print('(1,)', '>=', '2.5', "TypeError", e)
try:
    print('(1,)', '>=', '"s"', (1,) >= "s")
except TypeError as e:
    print('(1,)', '>=', '"s"', "TypeError", e)
try:
    print('(1,)', '>=', '[1]', (1,) >= [1])
except TypeError as e:
    print('(1,)', '>=', '[1]', "TypeError", e)
try:
    print('(1,)', '>=', '(1,)', (1,) >= (1,))
except TypeError as e:
    print('(1,)', '>=', '(1,)', "TypeError", e)
try:
    print('(1,)', '>=', '{1: 2}', (1,) >= {1: 2})
except TypeError as e:
    print('(1,)', '>=', '{1: 2}', "TypeError", e)
try:
    print('(1,)', '>=', 'None', (1,) >= None)
except TypeError as e:
    print('(1,)', '>=', 'None', "TypeError", e)
try:
    print('(1,)', '>=', 'True', (1,) >= True)
except TypeError as e:
    print('(1,)', '>=', 'True', "TypeError", e)
try:
    print('(1,)', '>=', '{1}', (1,) >= {1})
except TypeError as e:
    print('(1,)', '>=', '{1}', "TypeError", e)
try:
    print('{1: 2}', '>=', '1', {1: 2} >= 1)
except TypeError as e:
    print('{1: 2}', '>=', '1', "TypeError", e)
try:
    print('{1: 2}', '>=', '2.5', {1: 2} >= 2.5)
except TypeError as e:
    print('{1: 2}', '>=', '2.5', "TypeError", e)
try:
    print('{1: 2}', '>=', '"s"', {1: 2} >= "s")
except TypeError as e:
    print('{1: 2}', '>=', '"s"', "TypeError", e)
try:
    print('{1: 2}', '>=', '[1]', {1: 2} >= [1])
except TypeError as e:
    print('{1: 2}', '>=', '[1]', "TypeError", e)
try:
    print('{1: 2}', '>=', '(1,)', {1: 2} >= (1,))
except TypeError as e:
    print('{1: 2}', '>=', '(1,)', "TypeError", e)
try:
    print('{1: 2}', '>=', '{1: 2}', {1: 2} >= {1: 2})
except TypeError as e:
    print('{1: 2}', '>=', '{1: 2}', "TypeError", e)
try:
    print('{1: 2}', '>=', 'None', {1: 2} >= None)
except TypeError as e:
    print('{1: 2}', '>=', 'None', "TypeError", e)
try:
    print('{1: 2}', '>=', 'True', {1: 2} >= True)
except TypeError as e:
    print('{1: 2}', '>=', 'True', "TypeError", e)
try:
    print('{1: 2}', '>=', '{1}', {1: 2} >= {1})
except TypeError as e:
    print('{1: 2}', '>=', '{1}', "TypeError", e)
try:
    print('None', '>=', '1', None >= 1)
except TypeError as e:
    print('None', '>=', '1', "TypeError", e)
try:
    print('None', '>=', '2.5', None >= 2.5)
except TypeError as e:
    print('None', '>=', '2.5', "TypeError", e)
try:
    print('None', '>=', '"s"', None >= "s")
except TypeError as e:
    print('None', '>=', '"s"', "TypeError", e)
try:
    print('None', '>=', '[1]', None >= [1])
except TypeError as e:
    print('None', '>=', '[1]', "TypeError", e)
try:
    print('None', '>=', '(1,)', None >= (1,))
except TypeError as e:
    print('None', '>=', '(1,)', "TypeError", e)
try:
    print('None', '>=', '{1: 2}', None >= {1: 2})
except TypeError as e:
    print('None', '>=', '{1: 2}', "TypeError", e)
try:
    print('None', '>=', 'None', None >= None)
except TypeError as e:
    print('None', '>=', 'None', "TypeError", e)
try:
    print('None', '>=', 'True', None >= True)
except TypeError as e:
    print('None', '>=', 'True', "TypeError", e)
try:
    print('None', '>=', '{1}', None >= {1})
except TypeError as e:
    print('None', '>=', '{1}', "TypeError", e)
try:
    print('True', '>=', '1', True >= 1)
except TypeError as e:
    print('True', '>=', '1', "TypeError", e)
try:
    print('True', '>=', '2.5', True >= 2.5)
except TypeError as e:
    print('True', '>=', '2.5', "TypeError", e)
try:
    print('True', '>=', '"s"', True >= "s")
except TypeError as e:
    print('True', '>=', '"s"', "TypeError", e)
try:
    print('True', '>=', '[1]', True >= [1])
except TypeError as e:
    print('True', '>=', '[1]', "TypeError", e)
try:
    print('True', '>=', '(1,)', True >= (1,))
except TypeError as e:
    print('True', '>=', '(1,)', "TypeError", e)
try:
    print('True', '>=', '{1: 2}', True >= {1: 2})
except TypeError as e:
    print('True', '>=', '{1: 2}', "TypeError", e)
try:
    print('True', '>=', 'None', True >= None)
except TypeError as e:
    print('True', '>=', 'None', "TypeError", e)
try:
    print('True', '>=', 'True', True >= True)
except TypeError as e:
    print('True', '>=', 'True', "TypeError", e)
try:
    print('True', '>=', '{1}', True >= {1})
except TypeError as e:
    print('True', '>=', '{1}', "TypeError", e)
try:
    print('{1}', '>=', '1', {1} >= 1)
except TypeError as e:
    print('{1}', '>=', '1', "TypeError", e)
try:
    print('{1}', '>=', '2.5', {1} >= 2.5)
except TypeError as e:
    print('{1}', '>=', '2.5', "TypeError", e)
try:
    print('{1}', '>=', '"s"', {1} >= "s")
except TypeError as e:
    print('{1}', '>=', '"s"', "TypeError", e)
try:
    print('{1}', '>=', '[1]', {1} >= [1])
except TypeError as e:
    print('{1}', '>=', '[1]', "TypeError", e)
try:
    print('{1}', '>=', '(1,)', {1} >= (1,))
except TypeError as e:
    print('{1}', '>=', '(1,)', "TypeError", e)
try:
    print('{1}', '>=', '{1: 2}', {1} >= {1: 2})
except TypeError as e:
    print('{1}', '>=', '{1: 2}', "TypeError", e)
try:
    print('{1}', '>=', 'None', {1} >= None)
except TypeError as e:
    print('{1}', '>=', 'None', "TypeError", e)
try:
    print('{1}', '>=', 'True', {1} >= True)
except TypeError as e:
    print('{1}', '>=', 'True', "TypeError", e)
try:
    print('{1}', '>=', '{1}', {1} >= {1})
except TypeError as e:
    print('{1}', '>=', '{1}', "TypeError", e)
