# The __index__ protocol: objects that stand for an int in subscripts,
# slices, range(), repetition, bin/hex/oct/chr, bytes(n) and %-formatting;
# and divmod() with __divmod__/__rdivmod__.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

try:
    print('range(I(3))', '->', range(I(3)))
except Exception as e:
    print('range(I(3))', '->', type(e).__name__, e)
try:
    print('range(I(1), I(5), I(2))', '->', range(I(1), I(5), I(2)))
except Exception as e:
    print('range(I(1), I(5), I(2))', '->', type(e).__name__, e)
try:
    print('[10,20,30][I(1)]', '->', [10,20,30][I(1)])
except Exception as e:
    print('[10,20,30][I(1)]', '->', type(e).__name__, e)
try:
    print('[10,20,30][I(0):I(2)]', '->', [10,20,30][I(0):I(2)])
except Exception as e:
    print('[10,20,30][I(0):I(2)]', '->', type(e).__name__, e)
try:
    print("'abc'[I(1)]", '->', 'abc'[I(1)])
except Exception as e:
    print("'abc'[I(1)]", '->', type(e).__name__, e)
try:
    print('(1,2,3)[I(2)]', '->', (1,2,3)[I(2)])
except Exception as e:
    print('(1,2,3)[I(2)]', '->', type(e).__name__, e)
try:
    print('bin(I(5))', '->', bin(I(5)))
except Exception as e:
    print('bin(I(5))', '->', type(e).__name__, e)
try:
    print('hex(I(255))', '->', hex(I(255)))
except Exception as e:
    print('hex(I(255))', '->', type(e).__name__, e)
try:
    print('oct(I(8))', '->', oct(I(8)))
except Exception as e:
    print('oct(I(8))', '->', type(e).__name__, e)
try:
    print("list(enumerate('ab', I(3)))", '->', list(enumerate('ab', I(3))))
except Exception as e:
    print("list(enumerate('ab', I(3)))", '->', type(e).__name__, e)
try:
    print('[1]*I(3)', '->', [1]*I(3))
except Exception as e:
    print('[1]*I(3)', '->', type(e).__name__, e)
try:
    print("'x'*I(2)", '->', 'x'*I(2))
except Exception as e:
    print("'x'*I(2)", '->', type(e).__name__, e)
try:
    print('I(3).__index__()', '->', I(3).__index__())
except Exception as e:
    print('I(3).__index__()', '->', type(e).__name__, e)
try:
    print('chr(I(65))', '->', chr(I(65)))
except Exception as e:
    print('chr(I(65))', '->', type(e).__name__, e)
try:
    print('bytes(I(2))', '->', bytes(I(2)))
except Exception as e:
    print('bytes(I(2))', '->', type(e).__name__, e)
try:
    print('round(2.567, I(2))', '->', round(2.567, I(2)))
except Exception as e:
    print('round(2.567, I(2))', '->', type(e).__name__, e)
try:
    print('pow(2, I(3))', '->', pow(2, I(3)))
except Exception as e:
    print('pow(2, I(3))', '->', type(e).__name__, e)
try:
    print("'{:d}'.format(I(4))", '->', '{:d}'.format(I(4)))
except Exception as e:
    print("'{:d}'.format(I(4))", '->', type(e).__name__, e)
try:
    print('list(range(10))[I(1):I(8):I(3)]', '->', list(range(10))[I(1):I(8):I(3)])
except Exception as e:
    print('list(range(10))[I(1):I(8):I(3)]', '->', type(e).__name__, e)
try:
    print('(1,2,3).index(2, I(0))', '->', (1,2,3).index(2, I(0)))
except Exception as e:
    print('(1,2,3).index(2, I(0))', '->', type(e).__name__, e)
try:
    print('int(I(7))', '->', int(I(7)))
except Exception as e:
    print('int(I(7))', '->', type(e).__name__, e)
try:
    print('[0]*3 == [0]*I(3)', '->', [0]*3 == [0]*I(3))
except Exception as e:
    print('[0]*3 == [0]*I(3)', '->', type(e).__name__, e)
try:
    print('divmod(I(7), 2)', '->', divmod(I(7), 2))
except Exception as e:
    print('divmod(I(7), 2)', '->', type(e).__name__, e)
try:
    print('I(3) + 1', '->', I(3) + 1)
except Exception as e:
    print('I(3) + 1', '->', type(e).__name__, e)
try:
    print("'abcdef'[I(1):I(-1)]", '->', 'abcdef'[I(1):I(-1)])
except Exception as e:
    print("'abcdef'[I(1):I(-1)]", '->', type(e).__name__, e)
try:
    print('[1,2,3].pop(I(0))', '->', [1,2,3].pop(I(0)))
except Exception as e:
    print('[1,2,3].pop(I(0))', '->', type(e).__name__, e)
try:
    print('list(range(5))[slice(I(1), None)]', '->', list(range(5))[slice(I(1), None)])
except Exception as e:
    print('list(range(5))[slice(I(1), None)]', '->', type(e).__name__, e)
try:
    print('[1,2][I(5)]', '->', [1,2][I(5)])
except Exception as e:
    print('[1,2][I(5)]', '->', type(e).__name__, e)
try:
    print('range(10)[I(2)]', '->', range(10)[I(2)])
except Exception as e:
    print('range(10)[I(2)]', '->', type(e).__name__, e)
try:
    print('(1,) * I(2)', '->', (1,) * I(2))
except Exception as e:
    print('(1,) * I(2)', '->', type(e).__name__, e)
try:
    print('I(2) * [7]', '->', I(2) * [7])
except Exception as e:
    print('I(2) * [7]', '->', type(e).__name__, e)
try:
    print("I(2) * 'ab'", '->', I(2) * 'ab')
except Exception as e:
    print("I(2) * 'ab'", '->', type(e).__name__, e)
try:
    print("'%d' % I(3)", '->', '%d' % I(3))
except Exception as e:
    print("'%d' % I(3)", '->', type(e).__name__, e)
try:
    print("'%x' % I(255)", '->', '%x' % I(255))
except Exception as e:
    print("'%x' % I(255)", '->', type(e).__name__, e)
try:
    print('isinstance(I(1), int)', '->', isinstance(I(1), int))
except Exception as e:
    print('isinstance(I(1), int)', '->', type(e).__name__, e)
try:
    print('complex(1, 0) if False else 0', '->', complex(1, 0) if False else 0)
except Exception as e:
    print('complex(1, 0) if False else 0', '->', type(e).__name__, e)


class D:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


class E(D):
    def __rdivmod__(self, other):
        return NotImplemented


print(divmod(D(), 3), divmod(3, D()), divmod(D(), D())[0])
for a, b in [(3, E()), ("x", 1), (7.5, 2), (-7, 2)]:
    try:
        print(divmod(a, b))
    except TypeError as e:
        print("TypeError", e)


class Bad:
    def __index__(self):
        return "three"


for f in (lambda: [1, 2][Bad()], lambda: range(Bad()), lambda: bin(Bad())):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
l = [1, 2, 3]
l.insert(I(0), 0)
print(l, l.pop(I(1)))
