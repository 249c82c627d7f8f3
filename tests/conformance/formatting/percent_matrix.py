try:
    print('%d', '42', repr('%d' % (42,)))
except (TypeError, ValueError) as e:
    print('%d', '42', type(e).__name__, e)
try:
    print('%5d', '42', repr('%5d' % (42,)))
except (TypeError, ValueError) as e:
    print('%5d', '42', type(e).__name__, e)
try:
    print('%-5d|', '42', repr('%-5d|' % (42,)))
except (TypeError, ValueError) as e:
    print('%-5d|', '42', type(e).__name__, e)
try:
    print('%05d', '42', repr('%05d' % (42,)))
except (TypeError, ValueError) as e:
    print('%05d', '42', type(e).__name__, e)
try:
    print('%+d', '42', repr('%+d' % (42,)))
except (TypeError, ValueError) as e:
    print('%+d', '42', type(e).__name__, e)
try:
    print('%x', '42', repr('%x' % (42,)))
except (TypeError, ValueError) as e:
    print('%x', '42', type(e).__name__, e)
try:
    print('%#X', '42', repr('%#X' % (42,)))
except (TypeError, ValueError) as e:
    print('%#X', '42', type(e).__name__, e)
try:
    print('%o', '42', repr('%o' % (42,)))
except (TypeError, ValueError) as e:
    print('%o', '42', type(e).__name__, e)
try:
    print('%e', '42', repr('%e' % (42,)))
except (TypeError, ValueError) as e:
    print('%e', '42', type(e).__name__, e)
try:
    print('%.2f', '42', repr('%.2f' % (42,)))
except (TypeError, ValueError) as e:
    print('%.2f', '42', type(e).__name__, e)
try:
    print('%10.3f', '42', repr('%10.3f' % (42,)))
except (TypeError, ValueError) as e:
    print('%10.3f', '42', type(e).__name__, e)
try:
    print('%g', '42', repr('%g' % (42,)))
except (TypeError, ValueError) as e:
    print('%g', '42', type(e).__name__, e)
try:
    print('%s', '42', repr('%s' % (42,)))
except (TypeError, ValueError) as e:
    print('%s', '42', type(e).__name__, e)
try:
    print('%r', '42', repr('%r' % (42,)))
except (TypeError, ValueError) as e:
    print('%r', '42', type(e).__name__, e)
try:
    print('%5s|', '42', repr('%5s|' % (42,)))
except (TypeError, ValueError) as e:
    print('%5s|', '42', type(e).__name__, e)
try:
    print('%-5s|', '42', repr('%-5s|' % (42,)))
except (TypeError, ValueError) as e:
    print('%-5s|', '42', type(e).__name__, e)
try:
    print('%c', '42', repr('%c' % (42,)))
except (TypeError, ValueError) as e:
    print('%c', '42', type(e).__name__, e)
try:
    print('%%', '42', repr('%%' % (42,)))
except (TypeError, ValueError) as e:
    print('%%', '42', type(e).__name__, e)
try:
    print('%i', '42', repr('%i' % (42,)))
except (TypeError, ValueError) as e:
    print('%i', '42', type(e).__name__, e)
try:
    print('%.3s', '42', repr('%.3s' % (42,)))
except (TypeError, ValueError) as e:
    print('%.3s', '42', type(e).__name__, e)
try:
    print('%d', '-3', repr('%d' % (-3,)))
except (TypeError, ValueError) as e:
    print('%d', '-3', type(e).__name__, e)
try:
    print('%5d', '-3', repr('%5d' % (-3,)))
except (TypeError, ValueError) as e:
    print('%5d', '-3', type(e).__name__, e)
try:
    print('%-5d|', '-3', repr('%-5d|' % (-3,)))
except (TypeError, ValueError) as e:
    print('%-5d|', '-3', type(e).__name__, e)
try:
    print('%05d', '-3', repr('%05d' % (-3,)))
except (TypeError, ValueError) as e:
    print('%05d', '-3', type(e).__name__, e)
try:
    print('%+d', '-3', repr('%+d' % (-3,)))
except (TypeError, ValueError) as e:
    print('%+d', '-3', type(e).__name__, e)
try:
    print('%x', '-3', repr('%x' % (-3,)))
except (TypeError, ValueError) as e:
    print('%x', '-3', type(e).__name__, e)
try:
    print('%#X', '-3', repr('%#X' % (-3,)))
except (TypeError, ValueError) as e:
    print('%#X', '-3', type(e).__name__, e)
try:
    print('%o', '-3', repr('%o' % (-3,)))
except (TypeError, ValueError) as e:
    print('%o', '-3', type(e).__name__, e)
try:
    print('%e', '-3', repr('%e' % (-3,)))
except (TypeError, ValueError) as e:
    print('%e', '-3', type(e).__name__, e)
try:
    print('%.2f', '-3', repr('%.2f' % (-3,)))
except (TypeError, ValueError) as e:
    print('%.2f', '-3', type(e).__name__, e)
try:
    print('%10.3f', '-3', repr('%10.3f' % (-3,)))
except (TypeError, ValueError) as e:
    print('%10.3f', '-3', type(e).__name__, e)
try:
    print('%g', '-3', repr('%g' % (-3,)))
except (TypeError, ValueError) as e:
    print('%g', '-3', type(e).__name__, e)
try:
    print('%s', '-3', repr('%s' % (-3,)))
except (TypeError, ValueError) as e:
    print('%s', '-3', type(e).__name__, e)
try:
    print('%r', '-3', repr('%r' % (-3,)))
except (TypeError, ValueError) as e:
    print('%r', '-3', type(e).__name__, e)
try:
    print('%5s|', '-3', repr('%5s|' % (-3,)))
except (TypeError, ValueError) as e:
    print('%5s|', '-3', type(e).__name__, e)
try:
    print('%-5s|', '-3', repr('%-5s|' % (-3,)))
except (TypeError, ValueError) as e:
    print('%-5s|', '-3', type(e).__name__, e)
try:
    print('%c', '-3', repr('%c' % (-3,)))
except (TypeError, ValueError) as e:
    print('%c', '-3', type(e).__name__, e)
try:
    print('%%', '-3', repr('%%' % (-3,)))
except (TypeError, ValueError) as e:
    print('%%', '-3', type(e).__name__, e)
try:
    print('%i', '-3', repr('%i' % (-3,)))
except (TypeError, ValueError) as e:
    print('%i', '-3', type(e).__name__, e)
try:
    print('%.3s', '-3', repr('%.3s' % (-3,)))
except (TypeError, ValueError) as e:
    print('%.3s', '-3', type(e).__name__, e)
try:
    print('%d', '3.75', repr('%d' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%d', '3.75', type(e).__name__, e)
try:
    print('%5d', '3.75', repr('%5d' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%5d', '3.75', type(e).__name__, e)
try:
    print('%-5d|', '3.75', repr('%-5d|' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%-5d|', '3.75', type(e).__name__, e)
try:
    print('%05d', '3.75', repr('%05d' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%05d', '3.75', type(e).__name__, e)
try:
    print('%+d', '3.75', repr('%+d' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%+d', '3.75', type(e).__name__, e)
try:
    print('%x', '3.75', repr('%x' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%x', '3.75', type(e).__name__, e)
try:
    print('%#X', '3.75', repr('%#X' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%#X', '3.75', type(e).__name__, e)
try:
    print('%o', '3.75', repr('%o' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%o', '3.75', type(e).__name__, e)
try:
    print('%e', '3.75', repr('%e' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%e', '3.75', type(e).__name__, e)
try:
    print('%.2f', '3.75', repr('%.2f' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%.2f', '3.75', type(e).__name__, e)
try:
    print('%10.3f', '3.75', repr('%10.3f' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%10.3f', '3.75', type(e).__name__, e)
try:
    print('%g', '3.75', repr('%g' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%g', '3.75', type(e).__name__, e)
try:
    print('%s', '3.75', repr('%s' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%s', '3.75', type(e).__name__, e)
try:
    print('%r', '3.75', repr('%r' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%r', '3.75', type(e).__name__, e)
try:
    print('%5s|', '3.75', repr('%5s|' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%5s|', '3.75', type(e).__name__, e)
try:
    print('%-5s|', '3.75', repr('%-5s|' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%-5s|', '3.75', type(e).__name__, e)
try:
    print('%c', '3.75', repr('%c' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%c', '3.75', type(e).__name__, e)
try:
    print('%%', '3.75', repr('%%' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%%', '3.75', type(e).__name__, e)
try:
    print('%i', '3.75', repr('%i' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%i', '3.75', type(e).__name__, e)
try:
    print('%.3s', '3.75', repr('%.3s' % (3.75,)))
except (TypeError, ValueError) as e:
    print('%.3s', '3.75', type(e).__name__, e)
try:
    print('%d', "'ab'", repr('%d' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%d', "'ab'", type(e).__name__, e)
try:
    print('%5d', "'ab'", repr('%5d' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%5d', "'ab'", type(e).__name__, e)
try:
    print('%-5d|', "'ab'", repr('%-5d|' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%-5d|', "'ab'", type(e).__name__, e)
try:
    print('%05d', "'ab'", repr('%05d' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%05d', "'ab'", type(e).__name__, e)
try:
    print('%+d', "'ab'", repr('%+d' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%+d', "'ab'", type(e).__name__, e)
try:
    print('%x', "'ab'", repr('%x' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%x', "'ab'", type(e).__name__, e)
try:
    print('%#X', "'ab'", repr('%#X' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%#X', "'ab'", type(e).__name__, e)
try:
    print('%o', "'ab'", repr('%o' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%o', "'ab'", type(e).__name__, e)
try:
    print('%e', "'ab'", repr('%e' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%e', "'ab'", type(e).__name__, e)
try:
    print('%.2f', "'ab'", repr('%.2f' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%.2f', "'ab'", type(e).__name__, e)
try:
    print('%10.3f', "'ab'", repr('%10.3f' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%10.3f', "'ab'", type(e).__name__, e)
try:
    print('%g', "'ab'", repr('%g' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%g', "'ab'", type(e).__name__, e)
try:
    print('%s', "'ab'", repr('%s' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%s', "'ab'", type(e).__name__, e)
try:
    print('%r', "'ab'", repr('%r' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%r', "'ab'", type(e).__name__, e)
try:
    print('%5s|', "'ab'", repr('%5s|' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%5s|', "'ab'", type(e).__name__, e)
try:
    print('%-5s|', "'ab'", repr('%-5s|' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%-5s|', "'ab'", type(e).__name__, e)
try:
    print('%c', "'ab'", repr('%c' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%c', "'ab'", type(e).__name__, e)
try:
    print('%%', "'ab'", repr('%%' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%%', "'ab'", type(e).__name__, e)
try:
    print('%i', "'ab'", repr('%i' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%i', "'ab'", type(e).__name__, e)
try:
    print('%.3s', "'ab'", repr('%.3s' % ('ab',)))
except (TypeError, ValueError) as e:
    print('%.3s', "'ab'", type(e).__name__, e)
try:
    print('%d', '65', repr('%d' % (65,)))
except (TypeError, ValueError) as e:
    print('%d', '65', type(e).__name__, e)
try:
    print('%5d', '65', repr('%5d' % (65,)))
except (TypeError, ValueError) as e:
    print('%5d', '65', type(e).__name__, e)
try:
    print('%-5d|', '65', repr('%-5d|' % (65,)))
except (TypeError, ValueError) as e:
    print('%-5d|', '65', type(e).__name__, e)
try:
    print('%05d', '65', repr('%05d' % (65,)))
except (TypeError, ValueError) as e:
    print('%05d', '65', type(e).__name__, e)
try:
    print('%+d', '65', repr('%+d' % (65,)))
except (TypeError, ValueError) as e:
    print('%+d', '65', type(e).__name__, e)
try:
    print('%x', '65', repr('%x' % (65,)))
except (TypeError, ValueError) as e:
    print('%x', '65', type(e).__name__, e)
try:
    print('%#X', '65', repr('%#X' % (65,)))
except (TypeError, ValueError) as e:
    print('%#X', '65', type(e).__name__, e)
try:
    print('%o', '65', repr('%o' % (65,)))
except (TypeError, ValueError) as e:
    print('%o', '65', type(e).__name__, e)
try:
    print('%e', '65', repr('%e' % (65,)))
except (TypeError, ValueError) as e:
    print('%e', '65', type(e).__name__, e)
try:
    print('%.2f', '65', repr('%.2f' % (65,)))
except (TypeError, ValueError) as e:
    print('%.2f', '65', type(e).__name__, e)
try:
    print('%10.3f', '65', repr('%10.3f' % (65,)))
except (TypeError, ValueError) as e:
    print('%10.3f', '65', type(e).__name__, e)
try:
    print('%g', '65', repr('%g' % (65,)))
except (TypeError, ValueError) as e:
    print('%g', '65', type(e).__name__, e)
try:
    print('%s', '65', repr('%s' % (65,)))
except (TypeError, ValueError) as e:
    print('%s', '65', type(e).__name__, e)
try:
    print('%r', '65', repr('%r' % (65,)))
except (TypeError, ValueError) as e:
    print('%r', '65', type(e).__name__, e)
try:
    print('%5s|', '65', repr('%5s|' % (65,)))
except (TypeError, ValueError) as e:
    print('%5s|', '65', type(e).__name__, e)
try:
    print('%-5s|', '65', repr('%-5s|' % (65,)))
except (TypeError, ValueError) as e:
    print('%-5s|', '65', type(e).__name__, e)
try:
    print('%c', '65', repr('%c' % (65,)))
except (TypeError, ValueError) as e:
    print('%c', '65', type(e).__name__, e)
try:
    print('%%', '65', repr('%%' % (65,)))
except (TypeError, ValueError) as e:
    print('%%', '65', type(e).__name__, e)
try:
    print('%i', '65', repr('%i' % (65,)))
except (TypeError, ValueError) as e:
    print('%i', '65', type(e).__name__, e)
try:
    print('%.3s', '65', repr('%.3s' % (65,)))
except (TypeError, ValueError) as e:
    print('%.3s', '65', type(e).__name__, e)
try:
    print('%d', '[1]', repr('%d' % ([1],)))
except (TypeError, ValueError) as e:
    print('%d', '[1]', type(e).__name__, e)
try:
    print('%5d', '[1]', repr('%5d' % ([1],)))
except (TypeError, ValueError) as e:
    print('%5d', '[1]', type(e).__name__, e)
try:
    print('%-5d|', '[1]', repr('%-5d|' % ([1],)))
except (TypeError, ValueError) as e:
    print('%-5d|', '[1]', type(e).__name__, e)
try:
    print('%05d', '[1]', repr('%05d' % ([1],)))
except (TypeError, ValueError) as e:
    print('%05d', '[1]', type(e).__name__, e)
try:
    print('%+d', '[1]', repr('%+d' % ([1],)))
except (TypeError, ValueError) as e:
    print('%+d', '[1]', type(e).__name__, e)
try:
    print('%x', '[1]', repr('%x' % ([1],)))
except (TypeError, ValueError) as e:
    print('%x', '[1]', type(e).__name__, e)
try:
    print('%#X', '[1]', repr('%#X' % ([1],)))
except (TypeError, ValueError) as e:
    print('%#X', '[1]', type(e).__name__, e)
try:
    print('%o', '[1]', repr('%o' % ([1],)))
except (TypeError, ValueError) as e:
    print('%o', '[1]', type(e).__name__, e)
try:
    print('%e', '[1]', repr('%e' % ([1],)))
except (TypeError, ValueError) as e:
    print('%e', '[1]', type(e).__name__, e)
try:
    print('%.2f', '[1]', repr('%.2f' % ([1],)))
except (TypeError, ValueError) as e:
    print('%.2f', '[1]', type(e).__name__, e)
try:
    print('%10.3f', '[1]', repr('%10.3f' % ([1],)))
except (TypeError, ValueError) as e:
    print('%10.3f', '[1]', type(e).__name__, e)
try:
    print('%g', '[1]', repr('%g' % ([1],)))
except (TypeError, ValueError) as e:
    print('%g', '[1]', type(e).__name__, e)
try:
    print('%s', '[1]', repr('%s' % ([1],)))
except (TypeError, ValueError) as e:
    print('%s', '[1]', type(e).__name__, e)
try:
    print('%r', '[1]', repr('%r' % ([1],)))
except (TypeError, ValueError) as e:
    print('%r', '[1]', type(e).__name__, e)
try:
    print('%5s|', '[1]', repr('%5s|' % ([1],)))
except (TypeError, ValueError) as e:
    print('%5s|', '[1]', type(e).__name__, e)
try:
    print('%-5s|', '[1]', repr('%-5s|' % ([1],)))
except (TypeError, ValueError) as e:
    print('%-5s|', '[1]', type(e).__name__, e)
try:
    print('%c', '[1]', repr('%c' % ([1],)))
except (TypeError, ValueError) as e:
    print('%c', '[1]', type(e).__name__, e)
try:
    print('%%', '[1]', repr('%%' % ([1],)))
except (TypeError, ValueError) as e:
    print('%%', '[1]', type(e).__name__, e)
try:
    print('%i', '[1]', repr('%i' % ([1],)))
except (TypeError, ValueError) as e:
    print('%i', '[1]', type(e).__name__, e)
try:
    print('%.3s', '[1]', repr('%.3s' % ([1],)))
except (TypeError, ValueError) as e:
    print('%.3s', '[1]', type(e).__name__, e)
try:
    print('%d', 'None', repr('%d' % (None,)))
except (TypeError, ValueError) as e:
    print('%d', 'None', type(e).__name__, e)
try:
    print('%5d', 'None', repr('%5d' % (None,)))
except (TypeError, ValueError) as e:
    print('%5d', 'None', type(e).__name__, e)
try:
    print('%-5d|', 'None', repr('%-5d|' % (None,)))
except (TypeError, ValueError) as e:
    print('%-5d|', 'None', type(e).__name__, e)
try:
    print('%05d', 'None', repr('%05d' % (None,)))
except (TypeError, ValueError) as e:
    print('%05d', 'None', type(e).__name__, e)
try:
    print('%+d', 'None', repr('%+d' % (None,)))
except (TypeError, ValueError) as e:
    print('%+d', 'None', type(e).__name__, e)
try:
    print('%x', 'None', repr('%x' % (None,)))
except (TypeError, ValueError) as e:
    print('%x', 'None', type(e).__name__, e)
try:
    print('%#X', 'None', repr('%#X' % (None,)))
except (TypeError, ValueError) as e:
    print('%#X', 'None', type(e).__name__, e)
try:
    print('%o', 'None', repr('%o' % (None,)))
except (TypeError, ValueError) as e:
    print('%o', 'None', type(e).__name__, e)
try:
    print('%e', 'None', repr('%e' % (None,)))
except (TypeError, ValueError) as e:
    print('%e', 'None', type(e).__name__, e)
try:
    print('%.2f', 'None', repr('%.2f' % (None,)))
except (TypeError, ValueError) as e:
    print('%.2f', 'None', type(e).__name__, e)
try:
    print('%10.3f', 'None', repr('%10.3f' % (None,)))
except (TypeError, ValueError) as e:
    print('%10.3f', 'None', type(e).__name__, e)
try:
    print('%g', 'None', repr('%g' % (None,)))
except (TypeError, ValueError) as e:
    print('%g', 'None', type(e).__name__, e)
try:
    print('%s', 'None', repr('%s' % (None,)))
except (TypeError, ValueError) as e:
    print('%s', 'None', type(e).__name__, e)
try:
    print('%r', 'None', repr('%r' % (None,)))
except (TypeError, ValueError) as e:
    print('%r', 'None', type(e).__name__, e)
try:
    print('%5s|', 'None', repr('%5s|' % (None,)))
except (TypeError, ValueError) as e:
    print('%5s|', 'None', type(e).__name__, e)
try:
    print('%-5s|', 'None', repr('%-5s|' % (None,)))
except (TypeError, ValueError) as e:
    print('%-5s|', 'None', type(e).__name__, e)
try:
    print('%c', 'None', repr('%c' % (None,)))
except (TypeError, ValueError) as e:
    print('%c', 'None', type(e).__name__, e)
try:
    print('%%', 'None', repr('%%' % (None,)))
except (TypeError, ValueError) as e:
    print('%%', 'None', type(e).__name__, e)
try:
    print('%i', 'None', repr('%i' % (None,)))
except (TypeError, ValueError) as e:
    print('%i', 'None', type(e).__name__, e)
try:
    print('%.3s', 'None', repr('%.3s' % (None,)))
except (TypeError, ValueError) as e:
    print('%.3s', 'None', type(e).__name__, e)
