try:
    print('0', '', repr(format(0, '')))
except (ValueError, TypeError) as e:
    print('0', '', type(e).__name__, e)
try:
    print('0', '10', repr(format(0, '10')))
except (ValueError, TypeError) as e:
    print('0', '10', type(e).__name__, e)
try:
    print('0', '<10', repr(format(0, '<10')))
except (ValueError, TypeError) as e:
    print('0', '<10', type(e).__name__, e)
try:
    print('0', '>10', repr(format(0, '>10')))
except (ValueError, TypeError) as e:
    print('0', '>10', type(e).__name__, e)
try:
    print('0', '^10', repr(format(0, '^10')))
except (ValueError, TypeError) as e:
    print('0', '^10', type(e).__name__, e)
try:
    print('0', '*^10', repr(format(0, '*^10')))
except (ValueError, TypeError) as e:
    print('0', '*^10', type(e).__name__, e)
try:
    print('0', '+', repr(format(0, '+')))
except (ValueError, TypeError) as e:
    print('0', '+', type(e).__name__, e)
try:
    print('0', '-', repr(format(0, '-')))
except (ValueError, TypeError) as e:
    print('0', '-', type(e).__name__, e)
try:
    print('0', ' ', repr(format(0, ' ')))
except (ValueError, TypeError) as e:
    print('0', ' ', type(e).__name__, e)
try:
    print('0', '010', repr(format(0, '010')))
except (ValueError, TypeError) as e:
    print('0', '010', type(e).__name__, e)
try:
    print('0', ',', repr(format(0, ',')))
except (ValueError, TypeError) as e:
    print('0', ',', type(e).__name__, e)
try:
    print('0', '_', repr(format(0, '_')))
except (ValueError, TypeError) as e:
    print('0', '_', type(e).__name__, e)
try:
    print('0', '.3', repr(format(0, '.3')))
except (ValueError, TypeError) as e:
    print('0', '.3', type(e).__name__, e)
try:
    print('0', '.0', repr(format(0, '.0')))
except (ValueError, TypeError) as e:
    print('0', '.0', type(e).__name__, e)
try:
    print('0', 'e', repr(format(0, 'e')))
except (ValueError, TypeError) as e:
    print('0', 'e', type(e).__name__, e)
try:
    print('0', '.2e', repr(format(0, '.2e')))
except (ValueError, TypeError) as e:
    print('0', '.2e', type(e).__name__, e)
try:
    print('0', 'E', repr(format(0, 'E')))
except (ValueError, TypeError) as e:
    print('0', 'E', type(e).__name__, e)
try:
    print('0', 'f', repr(format(0, 'f')))
except (ValueError, TypeError) as e:
    print('0', 'f', type(e).__name__, e)
try:
    print('0', '.1f', repr(format(0, '.1f')))
except (ValueError, TypeError) as e:
    print('0', '.1f', type(e).__name__, e)
try:
    print('0', '%', repr(format(0, '%')))
except (ValueError, TypeError) as e:
    print('0', '%', type(e).__name__, e)
try:
    print('0', '.1%', repr(format(0, '.1%')))
except (ValueError, TypeError) as e:
    print('0', '.1%', type(e).__name__, e)
try:
    print('0', 'g', repr(format(0, 'g')))
except (ValueError, TypeError) as e:
    print('0', 'g', type(e).__name__, e)
try:
    print('0', '.3g', repr(format(0, '.3g')))
except (ValueError, TypeError) as e:
    print('0', '.3g', type(e).__name__, e)
try:
    print('0', 'G', repr(format(0, 'G')))
except (ValueError, TypeError) as e:
    print('0', 'G', type(e).__name__, e)
try:
    print('0', 'x', repr(format(0, 'x')))
except (ValueError, TypeError) as e:
    print('0', 'x', type(e).__name__, e)
try:
    print('0', 'X', repr(format(0, 'X')))
except (ValueError, TypeError) as e:
    print('0', 'X', type(e).__name__, e)
try:
    print('0', 'o', repr(format(0, 'o')))
except (ValueError, TypeError) as e:
    print('0', 'o', type(e).__name__, e)
try:
    print('0', 'b', repr(format(0, 'b')))
except (ValueError, TypeError) as e:
    print('0', 'b', type(e).__name__, e)
try:
    print('0', '#x', repr(format(0, '#x')))
except (ValueError, TypeError) as e:
    print('0', '#x', type(e).__name__, e)
try:
    print('0', '#o', repr(format(0, '#o')))
except (ValueError, TypeError) as e:
    print('0', '#o', type(e).__name__, e)
try:
    print('0', '#b', repr(format(0, '#b')))
except (ValueError, TypeError) as e:
    print('0', '#b', type(e).__name__, e)
try:
    print('0', 'c', repr(format(0, 'c')))
except (ValueError, TypeError) as e:
    print('0', 'c', type(e).__name__, e)
try:
    print('0', 'd', repr(format(0, 'd')))
except (ValueError, TypeError) as e:
    print('0', 'd', type(e).__name__, e)
try:
    print('0', 'n', repr(format(0, 'n')))
except (ValueError, TypeError) as e:
    print('0', 'n', type(e).__name__, e)
try:
    print('0', '=+10', repr(format(0, '=+10')))
except (ValueError, TypeError) as e:
    print('0', '=+10', type(e).__name__, e)
try:
    print('0', '0=10', repr(format(0, '0=10')))
except (ValueError, TypeError) as e:
    print('0', '0=10', type(e).__name__, e)
try:
    print('0', '10.4f', repr(format(0, '10.4f')))
except (ValueError, TypeError) as e:
    print('0', '10.4f', type(e).__name__, e)
try:
    print('0', '<+8.2f', repr(format(0, '<+8.2f')))
except (ValueError, TypeError) as e:
    print('0', '<+8.2f', type(e).__name__, e)
try:
    print('0', 's', repr(format(0, 's')))
except (ValueError, TypeError) as e:
    print('0', 's', type(e).__name__, e)
try:
    print('0', '>5s', repr(format(0, '>5s')))
except (ValueError, TypeError) as e:
    print('0', '>5s', type(e).__name__, e)
try:
    print('42', '', repr(format(42, '')))
except (ValueError, TypeError) as e:
    print('42', '', type(e).__name__, e)
try:
    print('42', '10', repr(format(42, '10')))
except (ValueError, TypeError) as e:
    print('42', '10', type(e).__name__, e)
try:
    print('42', '<10', repr(format(42, '<10')))
except (ValueError, TypeError) as e:
    print('42', '<10', type(e).__name__, e)
try:
    print('42', '>10', repr(format(42, '>10')))
except (ValueError, TypeError) as e:
    print('42', '>10', type(e).__name__, e)
try:
    print('42', '^10', repr(format(42, '^10')))
except (ValueError, TypeError) as e:
    print('42', '^10', type(e).__name__, e)
try:
    print('42', '*^10', repr(format(42, '*^10')))
except (ValueError, TypeError) as e:
    print('42', '*^10', type(e).__name__, e)
try:
    print('42', '+', repr(format(42, '+')))
except (ValueError, TypeError) as e:
    print('42', '+', type(e).__name__, e)
try:
    print('42', '-', repr(format(42, '-')))
except (ValueError, TypeError) as e:
    print('42', '-', type(e).__name__, e)
try:
    print('42', ' ', repr(format(42, ' ')))
except (ValueError, TypeError) as e:
    print('42', ' ', type(e).__name__, e)
try:
    print('42', '010', repr(format(42, '010')))
except (ValueError, TypeError) as e:
    print('42', '010', type(e).__name__, e)
try:
    print('42', ',', repr(format(42, ',')))
except (ValueError, TypeError) as e:
    print('42', ',', type(e).__name__, e)
try:
    print('42', '_', repr(format(42, '_')))
except (ValueError, TypeError) as e:
    print('42', '_', type(e).__name__, e)
try:
    print('42', '.3', repr(format(42, '.3')))
except (ValueError, TypeError) as e:
    print('42', '.3', type(e).__name__, e)
try:
    print('42', '.0', repr(format(42, '.0')))
except (ValueError, TypeError) as e:
    print('42', '.0', type(e).__name__, e)
try:
    print('42', 'e', repr(format(42, 'e')))
except (ValueError, TypeError) as e:
    print('42', 'e', type(e).__name__, e)
try:
    print('42', '.2e', repr(format(42, '.2e')))
except (ValueError, TypeError) as e:
    print('42', '.2e', type(e).__name__, e)
try:
    print('42', 'E', repr(format(42, 'E')))
except (ValueError, TypeError) as e:
    print('42', 'E', type(e).__name__, e)
try:
    print('42', 'f', repr(format(42, 'f')))
except (ValueError, TypeError) as e:
    print('42', 'f', type(e).__name__, e)
try:
    print('42', '.1f', repr(format(42, '.1f')))
except (ValueError, TypeError) as e:
    print('42', '.1f', type(e).__name__, e)
try:
    print('42', '%', repr(format(42, '%')))
except (ValueError, TypeError) as e:
    print('42', '%', type(e).__name__, e)
try:
    print('42', '.1%', repr(format(42, '.1%')))
except (ValueError, TypeError) as e:
    print('42', '.1%', type(e).__name__, e)
try:
    print('42', 'g', repr(format(42, 'g')))
except (ValueError, TypeError) as e:
    print('42', 'g', type(e).__name__, e)
try:
    print('42', '.3g', repr(format(42, '.3g')))
except (ValueError, TypeError) as e:
    print('42', '.3g', type(e).__name__, e)
try:
    print('42', 'G', repr(format(42, 'G')))
except (ValueError, TypeError) as e:
    print('42', 'G', type(e).__name__, e)
try:
    print('42', 'x', repr(format(42, 'x')))
except (ValueError, TypeError) as e:
    print('42', 'x', type(e).__name__, e)
try:
    print('42', 'X', repr(format(42, 'X')))
except (ValueError, TypeError) as e:
    print('42', 'X', type(e).__name__, e)
try:
    print('42', 'o', repr(format(42, 'o')))
except (ValueError, TypeError) as e:
    print('42', 'o', type(e).__name__, e)
try:
    print('42', 'b', repr(format(42, 'b')))
except (ValueError, TypeError) as e:
    print('42', 'b', type(e).__name__, e)
try:
    print('42', '#x', repr(format(42, '#x')))
except (ValueError, TypeError) as e:
    print('42', '#x', type(e).__name__, e)
try:
    print('42', '#o', repr(format(42, '#o')))
except (ValueError, TypeError) as e:
    print('42', '#o', type(e).__name__, e)
try:
    print('42', '#b', repr(format(42, '#b')))
except (ValueError, TypeError) as e:
    print('42', '#b', type(e).__name__, e)
try:
    print('42', 'c', repr(format(42, 'c')))
except (ValueError, TypeError) as e:
    print('42', 'c', type(e).__name__, e)
try:
    print('42', 'd', repr(format(42, 'd')))
except (ValueError, TypeError) as e:
    print('42', 'd', type(e).__name__, e)
try:
    print('42', 'n', repr(format(42, 'n')))
except (ValueError, TypeError) as e:
    print('42', 'n', type(e).__name__, e)
try:
    print('42', '=+10', repr(format(42, '=+10')))
except (ValueError, TypeError) as e:
    print('42', '=+10', type(e).__name__, e)
try:
    print('42', '0=10', repr(format(42, '0=10')))
except (ValueError, TypeError) as e:
    print('42', '0=10', type(e).__name__, e)
try:
    print('42', '10.4f', repr(format(42, '10.4f')))
except (ValueError, TypeError) as e:
    print('42', '10.4f', type(e).__name__, e)
try:
    print('42', '<+8.2f', repr(format(42, '<+8.2f')))
except (ValueError, TypeError) as e:
    print('42', '<+8.2f', type(e).__name__, e)
try:
    print('42', 's', repr(format(42, 's')))
except (ValueError, TypeError) as e:
    print('42', 's', type(e).__name__, e)
try:
    print('42', '>5s', repr(format(42, '>5s')))
except (ValueError, TypeError) as e:
    print('42', '>5s', type(e).__name__, e)
try:
    print('-7', '', repr(format(-7, '')))
except (ValueError, TypeError) as e:
    print('-7', '', type(e).__name__, e)
try:
    print('-7', '10', repr(format(-7, '10')))
except (ValueError, TypeError) as e:
    print('-7', '10', type(e).__name__, e)
try:
    print('-7', '<10', repr(format(-7, '<10')))
except (ValueError, TypeError) as e:
    print('-7', '<10', type(e).__name__, e)
try:
    print('-7', '>10', repr(format(-7, '>10')))
except (ValueError, TypeError) as e:
    print('-7', '>10', type(e).__name__, e)
try:
    print('-7', '^10', repr(format(-7, '^10')))
except (ValueError, TypeError) as e:
    print('-7', '^10', type(e).__name__, e)
try:
    print('-7', '*^10', repr(format(-7, '*^10')))
except (ValueError, TypeError) as e:
    print('-7', '*^10', type(e).__name__, e)
try:
    print('-7', '+', repr(format(-7, '+')))
except (ValueError, TypeError) as e:
    print('-7', '+', type(e).__name__, e)
try:
    print('-7', '-', repr(format(-7, '-')))
except (ValueError, TypeError) as e:
    print('-7', '-', type(e).__name__, e)
try:
    print('-7', ' ', repr(format(-7, ' ')))
except (ValueError, TypeError) as e:
    print('-7', ' ', type(e).__name__, e)
try:
    print('-7', '010', repr(format(-7, '010')))
except (ValueError, TypeError) as e:
    print('-7', '010', type(e).__name__, e)
try:
    print('-7', ',', repr(format(-7, ',')))
except (ValueError, TypeError) as e:
    print('-7', ',', type(e).__name__, e)
try:
    print('-7', '_', repr(format(-7, '_')))
except (ValueError, TypeError) as e:
    print('-7', '_', type(e).__name__, e)
try:
    print('-7', '.3', repr(format(-7, '.3')))
except (ValueError, TypeError) as e:
    print('-7', '.3', type(e).__name__, e)
try:
    print('-7', '.0', repr(format(-7, '.0')))
except (ValueError, TypeError) as e:
    print('-7', '.0', type(e).__name__, e)
try:
    print('-7', 'e', repr(format(-7, 'e')))
except (ValueError, TypeError) as e:
    print('-7', 'e', type(e).__name__, e)
try:
    print('-7', '.2e', repr(format(-7, '.2e')))
except (ValueError, TypeError) as e:
    print('-7', '.2e', type(e).__name__, e)
try:
    print('-7', 'E', repr(format(-7, 'E')))
except (ValueError, TypeError) as e:
    print('-7', 'E', type(e).__name__, e)
try:
    print('-7', 'f', repr(format(-7, 'f')))
except (ValueError, TypeError) as e:
    print('-7', 'f', type(e).__name__, e)
try:
    print('-7', '.1f', repr(format(-7, '.1f')))
except (ValueError, TypeError) as e:
    print('-7', '.1f', type(e).__name__, e)
try:
    print('-7', '%', repr(format(-7, '%')))
except (ValueError, TypeError) as e:
    print('-7', '%', type(e).__name__, e)
try:
    print('-7', '.1%', repr(format(-7, '.1%')))
except (ValueError, TypeError) as e:
    print('-7', '.1%', type(e).__name__, e)
try:
    print('-7', 'g', repr(format(-7, 'g')))
except (ValueError, TypeError) as e:
    print('-7', 'g', type(e).__name__, e)
try:
    print('-7', '.3g', repr(format(-7, '.3g')))
except (ValueError, TypeError) as e:
    print('-7', '.3g', type(e).__name__, e)
try:
    print('-7', 'G', repr(format(-7, 'G')))
except (ValueError, TypeError) as e:
    print('-7', 'G', type(e).__name__, e)
try:
    print('-7', 'x', repr(format(-7, 'x')))
except (ValueError, TypeError) as e:
    print('-7', 'x', type(e).__name__, e)
try:
    print('-7', 'X', repr(format(-7, 'X')))
except (ValueError, TypeError) as e:
    print('-7', 'X', type(e).__name__, e)
try:
    print('-7', 'o', repr(format(-7, 'o')))
except (ValueError, TypeError) as e:
    print('-7', 'o', type(e).__name__, e)
try:
    print('-7', 'b', repr(format(-7, 'b')))
except (ValueError, TypeError) as e:
    print('-7', 'b', type(e).__name__, e)
try:
    print('-7', '#x', repr(format(-7, '#x')))
except (ValueError, TypeError) as e:
    print('-7', '#x', type(e).__name__, e)
try:
    print('-7', '#o', repr(format(-7, '#o')))
except (ValueError, TypeError) as e:
    print('-7', '#o', type(e).__name__, e)
try:
    print('-7', '#b', repr(format(-7, '#b')))
except (ValueError, TypeError) as e:
    print('-7', '#b', type(e).__name__, e)
try:
    print('-7', 'c', repr(format(-7, 'c')))
except (ValueError, TypeError) as e:
    print('-7', 'c', type(e).__name__, e)
try:
    print('-7', 'd', repr(format(-7, 'd')))
except (ValueError, TypeError) as e:
    print('-7', 'd', type(e).__name__, e)
try:
    print('-7', 'n', repr(format(-7, 'n')))
except (ValueError, TypeError) as e:
    print('-7', 'n', type(e).__name__, e)
try:
    print('-7', '=+10', repr(format(-7, '=+10')))
except (ValueError, TypeError) as e:
    print('-7', '=+10', type(e).__name__, e)
try:
    print('-7', '0=10', repr(format(-7, '0=10')))
except (ValueError, TypeError) as e:
    print('-7', '0=10', type(e).__name__, e)
try:
    print('-7', '10.4f', repr(format(-7, '10.4f')))
except (ValueError, TypeError) as e:
    print('-7', '10.4f', type(e).__name__, e)
try:
    print('-7', '<+8.2f', repr(format(-7, '<+8.2f')))
except (ValueError, TypeError) as e:
    print('-7', '<+8.2f', type(e).__name__, e)
try:
    print('-7', 's', repr(format(-7, 's')))
except (ValueError, TypeError) as e:
    print('-7', 's', type(e).__name__, e)
try:
    print('-7', '>5s', repr(format(-7, '>5s')))
except (ValueError, TypeError) as e:
    print('-7', '>5s', type(e).__name__, e)
try:
    print('3.14159', '', repr(format(3.14159, '')))
except (ValueError, TypeError) as e:
    print('3.14159', '', type(e).__name__, e)
try:
    print('3.14159', '10', repr(format(3.14159, '10')))
except (ValueError, TypeError) as e:
    print('3.14159', '10', type(e).__name__, e)
try:
    print('3.14159', '<10', repr(format(3.14159, '<10')))
except (ValueError, TypeError) as e:
    print('3.14159', '<10', type(e).__name__, e)
try:
    print('3.14159', '>10', repr(format(3.14159, '>10')))
except (ValueError, TypeError) as e:
    print('3.14159', '>10', type(e).__name__, e)
try:
    print('3.14159', '^10', repr(format(3.14159, '^10')))
except (ValueError, TypeError) as e:
    print('3.14159', '^10', type(e).__name__, e)
try:
    print('3.14159', '*^10', repr(format(3.14159, '*^10')))
except (ValueError, TypeError) as e:
    print('3.14159', '*^10', type(e).__name__, e)
try:
    print('3.14159', '+', repr(format(3.14159, '+')))
except (ValueError, TypeError) as e:
    print('3.14159', '+', type(e).__name__, e)
try:
    print('3.14159', '-', repr(format(3.14159, '-')))
except (ValueError, TypeError) as e:
    print('3.14159', '-', type(e).__name__, e)
try:
    print('3.14159', ' ', repr(format(3.14159, ' ')))
except (ValueError, TypeError) as e:
    print('3.14159', ' ', type(e).__name__, e)
try:
    print('3.14159', '010', repr(format(3.14159, '010')))
except (ValueError, TypeError) as e:
    print('3.14159', '010', type(e).__name__, e)
try:
    print('3.14159', ',', repr(format(3.14159, ',')))
except (ValueError, TypeError) as e:
    print('3.14159', ',', type(e).__name__, e)
try:
    print('3.14159', '_', repr(format(3.14159, '_')))
except (ValueError, TypeError) as e:
    print('3.14159', '_', type(e).__name__, e)
try:
    print('3.14159', '.3', repr(format(3.14159, '.3')))
except (ValueError, TypeError) as e:
    print('3.14159', '.3', type(e).__name__, e)
try:
    print('3.14159', '.0', repr(format(3.14159, '.0')))
except (ValueError, TypeError) as e:
    print('3.14159', '.0', type(e).__name__, e)
try:
    print('3.14159', 'e', repr(format(3.14159, 'e')))
except (ValueError, TypeError) as e:
    print('3.14159', 'e', type(e).__name__, e)
try:
    print('3.14159', '.2e', repr(format(3.14159, '.2e')))
except (ValueError, TypeError) as e:
    print('3.14159', '.2e', type(e).__name__, e)
try:
    print('3.14159', 'E', repr(format(3.14159, 'E')))
except (ValueError, TypeError) as e:
    print('3.14159', 'E', type(e).__name__, e)
try:
    print('3.14159', 'f', repr(format(3.14159, 'f')))
except (ValueError, TypeError) as e:
    print('3.14159', 'f', type(e).__name__, e)
try:
    print('3.14159', '.1f', repr(format(3.14159, '.1f')))
except (ValueError, TypeError) as e:
    print('3.14159', '.1f', type(e).__name__, e)
try:
    print('3.14159', '%', repr(format(3.14159, '%')))
except (ValueError, TypeError) as e:
    print('3.14159', '%', type(e).__name__, e)
try:
    print('3.14159', '.1%', repr(format(3.14159, '.1%')))
except (ValueError, TypeError) as e:
    print('3.14159', '.1%', type(e).__name__, e)
try:
    print('3.14159', 'g', repr(format(3.14159, 'g')))
except (ValueError, TypeError) as e:
    print('3.14159', 'g', type(e).__name__, e)
try:
    print('3.14159', '.3g', repr(format(3.14159, '.3g')))
except (ValueError, TypeError) as e:
    print('3.14159', '.3g', type(e).__name__, e)
try:
    print('3.14159', 'G', repr(format(3.14159, 'G')))
except (ValueError, TypeError) as e:
    print('3.14159', 'G', type(e).__name__, e)
try:
    print('3.14159', 'x', repr(format(3.14159, 'x')))
except (ValueError, TypeError) as e:
    print('3.14159', 'x', type(e).__name__, e)
try:
    print('3.14159', 'X', repr(format(3.14159, 'X')))
except (ValueError, TypeError) as e:
    print('3.14159', 'X', type(e).__name__, e)
try:
    print('3.14159', 'o', repr(format(3.14159, 'o')))
except (ValueError, TypeError) as e:
    print('3.14159', 'o', type(e).__name__, e)
try:
    print('3.14159', 'b', repr(format(3.14159, 'b')))
except (ValueError, TypeError) as e:
    print('3.14159', 'b', type(e).__name__, e)
try:
    print('3.14159', '#x', repr(format(3.14159, '#x')))
except (ValueError, TypeError) as e:
    print('3.14159', '#x', type(e).__name__, e)
try:
    print('3.14159', '#o', repr(format(3.14159, '#o')))
except (ValueError, TypeError) as e:
    print('3.14159', '#o', type(e).__name__, e)
try:
    print('3.14159', '#b', repr(format(3.14159, '#b')))
except (ValueError, TypeError) as e:
    print('3.14159', '#b', type(e).__name__, e)
try:
    print('3.14159', 'c', repr(format(3.14159, 'c')))
except (ValueError, TypeError) as e:
    print('3.14159', 'c', type(e).__name__, e)
try:
    print('3.14159', 'd', repr(format(3.14159, 'd')))
except (ValueError, TypeError) as e:
    print('3.14159', 'd', type(e).__name__, e)
try:
    print('3.14159', 'n', repr(format(3.14159, 'n')))
except (ValueError, TypeError) as e:
    print('3.14159', 'n', type(e).__name__, e)
try:
    print('3.14159', '=+10', repr(format(3.14159, '=+10')))
except (ValueError, TypeError) as e:
    print('3.14159', '=+10', type(e).__name__, e)
try:
    print('3.14159', '0=10', repr(format(3.14159, '0=10')))
except (ValueError, TypeError) as e:
    print('3.14159', '0=10', type(e).__name__, e)
try:
    print('3.14159', '10.4f', repr(format(3.14159, '10.4f')))
except (ValueError, TypeError) as e:
    print('3.14159', '10.4f', type(e).__name__, e)
try:
    print('3.14159', '<+8.2f', repr(format(3.14159, '<+8.2f')))
except (ValueError, TypeError) as e:
    print('3.14159', '<+8.2f', type(e).__name__, e)
try:
    print('3.14159', 's', repr(format(3.14159, 's')))
except (ValueError, TypeError) as e:
    print('3.14159', 's', type(e).__name__, e)
try:
    print('3.14159', '>5s', repr(format(3.14159, '>5s')))
except (ValueError, TypeError) as e:
    print('3.14159', '>5s', type(e).__name__, e)
try:
    print('-0.5', '', repr(format(-0.5, '')))
except (ValueError, TypeError) as e:
    print('-0.5', '', type(e).__name__, e)
try:
    print('-0.5', '10', repr(format(-0.5, '10')))
except (ValueError, TypeError) as e:
    print('-0.5', '10', type(e).__name__, e)
try:
    print('-0.5', '<10', repr(format(-0.5, '<10')))
except (ValueError, TypeError) as e:
    print('-0.5', '<10', type(e).__name__, e)
try:
    print('-0.5', '>10', repr(format(-0.5, '>10')))
except (ValueError, TypeError) as e:
    print('-0.5', '>10', type(e).__name__, e)
try:
    print('-0.5', '^10', repr(format(-0.5, '^10')))
except (ValueError, TypeError) as e:
    print('-0.5', '^10', type(e).__name__, e)
try:
    print('-0.5', '*^10', repr(format(-0.5, '*^10')))
except (ValueError, TypeError) as e:
    print('-0.5', '*^10', type(e).__name__, e)
try:
    print('-0.5', '+', repr(format(-0.5, '+')))
except (ValueError, TypeError) as e:
    print('-0.5', '+', type(e).__name__, e)
try:
    print('-0.5', '-', repr(format(-0.5, '-')))
except (ValueError, TypeError) as e:
    print('-0.5', '-', type(e).__name__, e)
try:
    print('-0.5', ' ', repr(format(-0.5, ' ')))
except (ValueError, TypeError) as e:
    print('-0.5', ' ', type(e).__name__, e)
try:
    print('-0.5', '010', repr(format(-0.5, '010')))
except (ValueError, TypeError) as e:
    print('-0.5', '010', type(e).__name__, e)
try:
    print('-0.5', ',', repr(format(-0.5, ',')))
except (ValueError, TypeError) as e:
    print('-0.5', ',', type(e).__name__, e)
try:
    print('-0.5', '_', repr(format(-0.5, '_')))
except (ValueError, TypeError) as e:
    print('-0.5', '_', type(e).__name__, e)
try:
    print('-0.5', '.3', repr(format(-0.5, '.3')))
except (ValueError, TypeError) as e:
    print('-0.5', '.3', type(e).__name__, e)
try:
    print('-0.5', '.0', repr(format(-0.5, '.0')))
except (ValueError, TypeError) as e:
    print('-0.5', '.0', type(e).__name__, e)
try:
    print('-0.5', 'e', repr(format(-0.5, 'e')))
except (ValueError, TypeError) as e:
    print('-0.5', 'e', type(e).__name__, e)
try:
    print('-0.5', '.2e', repr(format(-0.5, '.2e')))
except (ValueError, TypeError) as e:
    print('-0.5', '.2e', type(e).__name__, e)
try:
    print('-0.5', 'E', repr(format(-0.5, 'E')))
except (ValueError, TypeError) as e:
    print('-0.5', 'E', type(e).__name__, e)
try:
    print('-0.5', 'f', repr(format(-0.5, 'f')))
except (ValueError, TypeError) as e:
    print('-0.5', 'f', type(e).__name__, e)
try:
    print('-0.5', '.1f', repr(format(-0.5, '.1f')))
except (ValueError, TypeError) as e:
    print('-0.5', '.1f', type(e).__name__, e)
try:
    print('-0.5', '%', repr(format(-0.5, '%')))
except (ValueError, TypeError) as e:
    print('-0.5', '%', type(e).__name__, e)
try:
    print('-0.5', '.1%', repr(format(-0.5, '.1%')))
except (ValueError, TypeError) as e:
    print('-0.5', '.1%', type(e).__name__, e)
try:
    print('-0.5', 'g', repr(format(-0.5, 'g')))
except (ValueError, TypeError) as e:
    print('-0.5', 'g', type(e).__name__, e)
try:
    print('-0.5', '.3g', repr(format(-0.5, '.3g')))
except (ValueError, TypeError) as e:
    print('-0.5', '.3g', type(e).__name__, e)
try:
    print('-0.5', 'G', repr(format(-0.5, 'G')))
except (ValueError, TypeError) as e:
    print('-0.5', 'G', type(e).__name__, e)
try:
    print('-0.5', 'x', repr(format(-0.5, 'x')))
except (ValueError, TypeError) as e:
    print('-0.5', 'x', type(e).__name__, e)
try:
    print('-0.5', 'X', repr(format(-0.5, 'X')))
except (ValueError, TypeError) as e:
    print('-0.5', 'X', type(e).__name__, e)
try:
    print('-0.5', 'o', repr(format(-0.5, 'o')))
except (ValueError, TypeError) as e:
    print('-0.5', 'o', type(e).__name__, e)
try:
    print('-0.5', 'b', repr(format(-0.5, 'b')))
except (ValueError, TypeError) as e:
    print('-0.5', 'b', type(e).__name__, e)
try:
    print('-0.5', '#x', repr(format(-0.5, '#x')))
except (ValueError, TypeError) as e:
    print('-0.5', '#x', type(e).__name__, e)
try:
    print('-0.5', '#o', repr(format(-0.5, '#o')))
except (ValueError, TypeError) as e:
    print('-0.5', '#o', type(e).__name__, e)
try:
    print('-0.5', '#b', repr(format(-0.5, '#b')))
except (ValueError, TypeError) as e:
    print('-0.5', '#b', type(e).__name__, e)
try:
    print('-0.5', 'c', repr(format(-0.5, 'c')))
except (ValueError, TypeError) as e:
    print('-0.5', 'c', type(e).__name__, e)
try:
    print('-0.5', 'd', repr(format(-0.5, 'd')))
except (ValueError, TypeError) as e:
    print('-0.5', 'd', type(e).__name__, e)
try:
    print('-0.5', 'n', repr(format(-0.5, 'n')))
except (ValueError, TypeError) as e:
    print('-0.5', 'n', type(e).__name__, e)
try:
    print('-0.5', '=+10', repr(format(-0.5, '=+10')))
except (ValueError, TypeError) as e:
    print('-0.5', '=+10', type(e).__name__, e)
try:
    print('-0.5', '0=10', repr(format(-0.5, '0=10')))
except (ValueError, TypeError) as e:
    print('-0.5', '0=10', type(e).__name__, e)
try:
    print('-0.5', '10.4f', repr(format(-0.5, '10.4f')))
except (ValueError, TypeError) as e:
    print('-0.5', '10.4f', type(e).__name__, e)
try:
    print('-0.5', '<+8.2f', repr(format(-0.5, '<+8.2f')))
except (ValueError, TypeError) as e:
    print('-0.5', '<+8.2f', type(e).__name__, e)
try:
    print('-0.5', 's', repr(format(-0.5, 's')))
except (ValueError, TypeError) as e:
    print('-0.5', 's', type(e).__name__, e)
try:
    print('-0.5', '>5s', repr(format(-0.5, '>5s')))
except (ValueError, TypeError) as e:
    print('-0.5', '>5s', type(e).__name__, e)
try:
    print('1e20', '', repr(format(1e20, '')))
except (ValueError, TypeError) as e:
    print('1e20', '', type(e).__name__, e)
try:
    print('1e20', '10', repr(format(1e20, '10')))
except (ValueError, TypeError) as e:
    print('1e20', '10', type(e).__name__, e)
try:
    print('1e20', '<10', repr(format(1e20, '<10')))
except (ValueError, TypeError) as e:
    print('1e20', '<10', type(e).__name__, e)
try:
    print('1e20', '>10', repr(format(1e20, '>10')))
except (ValueError, TypeError) as e:
    print('1e20', '>10', type(e).__name__, e)
try:
    print('1e20', '^10', repr(format(1e20, '^10')))
except (ValueError, TypeError) as e:
    print('1e20', '^10', type(e).__name__, e)
try:
    print('1e20', '*^10', repr(format(1e20, '*^10')))
except (ValueError, TypeError) as e:
    print('1e20', '*^10', type(e).__name__, e)
try:
    print('1e20', '+', repr(format(1e20, '+')))
except (ValueError, TypeError) as e:
    print('1e20', '+', type(e).__name__, e)
try:
    print('1e20', '-', repr(format(1e20, '-')))
except (ValueError, TypeError) as e:
    print('1e20', '-', type(e).__name__, e)
try:
    print('1e20', ' ', repr(format(1e20, ' ')))
except (ValueError, TypeError) as e:
    print('1e20', ' ', type(e).__name__, e)
try:
    print('1e20', '010', repr(format(1e20, '010')))
except (ValueError, TypeError) as e:
    print('1e20', '010', type(e).__name__, e)
try:
    print('1e20', ',', repr(format(1e20, ',')))
except (ValueError, TypeError) as e:
    print('1e20', ',', type(e).__name__, e)
try:
    print('1e20', '_', repr(format(1e20, '_')))
except (ValueError, TypeError) as e:
    print('1e20', '_', type(e).__name__, e)
try:
    print('1e20', '.3', repr(format(1e20, '.3')))
except (ValueError, TypeError) as e:
    print('1e20', '.3', type(e).__name__, e)
try:
    print('1e20', '.0', repr(format(1e20, '.0')))
except (ValueError, TypeError) as e:
    print('1e20', '.0', type(e).__name__, e)
try:
    print('1e20', 'e', repr(format(1e20, 'e')))
except (ValueError, TypeError) as e:
    print('1e20', 'e', type(e).__name__, e)
try:
    print('1e20', '.2e', repr(format(1e20, '.2e')))
except (ValueError, TypeError) as e:
    print('1e20', '.2e', type(e).__name__, e)
try:
    print('1e20', 'E', repr(format(1e20, 'E')))
except (ValueError, TypeError) as e:
    print('1e20', 'E', type(e).__name__, e)
try:
    print('1e20', 'f', repr(format(1e20, 'f')))
except (ValueError, TypeError) as e:
    print('1e20', 'f', type(e).__name__, e)
try:
    print('1e20', '.1f', repr(format(1e20, '.1f')))
except (ValueError, TypeError) as e:
    print('1e20', '.1f', type(e).__name__, e)
try:
    print('1e20', '%', repr(format(1e20, '%')))
except (ValueError, TypeError) as e:
    print('1e20', '%', type(e).__name__, e)
try:
    print('1e20', '.1%', repr(format(1e20, '.1%')))
except (ValueError, TypeError) as e:
    print('1e20', '.1%', type(e).__name__, e)
try:
    print('1e20', 'g', repr(format(1e20, 'g')))
except (ValueError, TypeError) as e:
    print('1e20', 'g', type(e).__name__, e)
try:
    print('1e20', '.3g', repr(format(1e20, '.3g')))
except (ValueError, TypeError) as e:
    print('1e20', '.3g', type(e).__name__, e)
try:
    print('1e20', 'G', repr(format(1e20, 'G')))
except (ValueError, TypeError) as e:
    print('1e20', 'G', type(e).__name__, e)
try:
    print('1e20', 'x', repr(format(1e20, 'x')))
except (ValueError, TypeError) as e:
    print('1e20', 'x', type(e).__name__, e)
try:
    print('1e20', 'X', repr(format(1e20, 'X')))
except (ValueError, TypeError) as e:
    print('1e20', 'X', type(e).__name__, e)
try:
    print('1e20', 'o', repr(format(1e20, 'o')))
except (ValueError, TypeError) as e:
    print('1e20', 'o', type(e).__name__, e)
try:
    print('1e20', 'b', repr(format(1e20, 'b')))
except (ValueError, TypeError) as e:
    print('1e20', 'b', type(e).__name__, e)
try:
    print('1e20', '#x', repr(format(1e20, '#x')))
except (ValueError, TypeError) as e:
    print('1e20', '#x', type(e).__name__, e)
try:
    print('1e20', '#o', repr(format(1e20, '#o')))
except (ValueError, TypeError) as e:
    print('1e20', '#o', type(e).__name__, e)
try:
    print('1e20', '#b', repr(format(1e20, '#b')))
except (ValueError, TypeError) as e:
    print('1e20', '#b', type(e).__name__, e)
try:
    print('1e20', 'c', repr(format(1e20, 'c')))
except (ValueError, TypeError) as e:
    print('1e20', 'c', type(e).__name__, e)
try:
    print('1e20', 'd', repr(format(1e20, 'd')))
except (ValueError, TypeError) as e:
    print('1e20', 'd', type(e).__name__, e)
try:
    print('1e20', 'n', repr(format(1e20, 'n')))
except (ValueError, TypeError) as e:
    print('1e20', 'n', type(e).__name__, e)
try:
    print('1e20', '=+10', repr(format(1e20, '=+10')))
except (ValueError, TypeError) as e:
    print('1e20', '=+10', type(e).__name__, e)
try:
    print('1e20', '0=10', repr(format(1e20, '0=10')))
except (ValueError, TypeError) as e:
    print('1e20', '0=10', type(e).__name__, e)
try:
    print('1e20', '10.4f', repr(format(1e20, '10.4f')))
except (ValueError, TypeError) as e:
    print('1e20', '10.4f', type(e).__name__, e)
try:
    print('1e20', '<+8.2f', repr(format(1e20, '<+8.2f')))
except (ValueError, TypeError) as e:
    print('1e20', '<+8.2f', type(e).__name__, e)
try:
    print('1e20', 's', repr(format(1e20, 's')))
except (ValueError, TypeError) as e:
    print('1e20', 's', type(e).__name__, e)
try:
    print('1e20', '>5s', repr(format(1e20, '>5s')))
except (ValueError, TypeError) as e:
    print('1e20', '>5s', type(e).__name__, e)
try:
    print('True', '', repr(format(True, '')))
except (ValueError, TypeError) as e:
    print('True', '', type(e).__name__, e)
try:
    print('True', '10', repr(format(True, '10')))
except (ValueError, TypeError) as e:
    print('True', '10', type(e).__name__, e)
try:
    print('True', '<10', repr(format(True, '<10')))
except (ValueError, TypeError) as e:
    print('True', '<10', type(e).__name__, e)
try:
    print('True', '>10', repr(format(True, '>10')))
except (ValueError, TypeError) as e:
    print('True', '>10', type(e).__name__, e)
try:
    print('True', '^10', repr(format(True, '^10')))
except (ValueError, TypeError) as e:
    print('True', '^10', type(e).__name__, e)
try:
    print('True', '*^10', repr(format(True, '*^10')))
except (ValueError, TypeError) as e:
    print('True', '*^10', type(e).__name__, e)
try:
    print('True', '+', repr(format(True, '+')))
except (ValueError, TypeError) as e:
    print('True', '+', type(e).__name__, e)
try:
    print('True', '-', repr(format(True, '-')))
except (ValueError, TypeError) as e:
    print('True', '-', type(e).__name__, e)
try:
    print('True', ' ', repr(format(True, ' ')))
except (ValueError, TypeError) as e:
    print('True', ' ', type(e).__name__, e)
try:
    print('True', '010', repr(format(True, '010')))
except (ValueError, TypeError) as e:
    print('True', '010', type(e).__name__, e)
try:
    print('True', ',', repr(format(True, ',')))
except (ValueError, TypeError) as e:
    print('True', ',', type(e).__name__, e)
try:
    print('True', '_', repr(format(True, '_')))
except (ValueError, TypeError) as e:
    print('True', '_', type(e).__name__, e)
try:
    print('True', '.3', repr(format(True, '.3')))
except (ValueError, TypeError) as e:
    print('True', '.3', type(e).__name__, e)
try:
    print('True', '.0', repr(format(True, '.0')))
except (ValueError, TypeError) as e:
    print('True', '.0', type(e).__name__, e)
try:
    print('True', 'e', repr(format(True, 'e')))
except (ValueError, TypeError) as e:
    print('True', 'e', type(e).__name__, e)
try:
    print('True', '.2e', repr(format(True, '.2e')))
except (ValueError, TypeError) as e:
    print('True', '.2e', type(e).__name__, e)
try:
    print('True', 'E', repr(format(True, 'E')))
except (ValueError, TypeError) as e:
    print('True', 'E', type(e).__name__, e)
try:
    print('True', 'f', repr(format(True, 'f')))
except (ValueError, TypeError) as e:
    print('True', 'f', type(e).__name__, e)
try:
    print('True', '.1f', repr(format(True, '.1f')))
except (ValueError, TypeError) as e:
    print('True', '.1f', type(e).__name__, e)
try:
    print('True', '%', repr(format(True, '%')))
except (ValueError, TypeError) as e:
    print('True', '%', type(e).__name__, e)
try:
    print('True', '.1%', repr(format(True, '.1%')))
except (ValueError, TypeError) as e:
    print('True', '.1%', type(e).__name__, e)
try:
    print('True', 'g', repr(format(True, 'g')))
except (ValueError, TypeError) as e:
    print('True', 'g', type(e).__name__, e)
try:
    print('True', '.3g', repr(format(True, '.3g')))
except (ValueError, TypeError) as e:
    print('True', '.3g', type(e).__name__, e)
try:
    print('True', 'G', repr(format(True, 'G')))
except (ValueError, TypeError) as e:
    print('True', 'G', type(e).__name__, e)
try:
    print('True', 'x', repr(format(True, 'x')))
except (ValueError, TypeError) as e:
    print('True', 'x', type(e).__name__, e)
try:
    print('True', 'X', repr(format(True, 'X')))
except (ValueError, TypeError) as e:
    print('True', 'X', type(e).__name__, e)
try:
    print('True', 'o', repr(format(True, 'o')))
except (ValueError, TypeError) as e:
    print('True', 'o', type(e).__name__, e)
try:
    print('True', 'b', repr(format(True, 'b')))
except (ValueError, TypeError) as e:
    print('True', 'b', type(e).__name__, e)
try:
    print('True', '#x', repr(format(True, '#x')))
except (ValueError, TypeError) as e:
    print('True', '#x', type(e).__name__, e)
try:
    print('True', '#o', repr(format(True, '#o')))
except (ValueError, TypeError) as e:
    print('True', '#o', type(e).__name__, e)
try:
    print('True', '#b', repr(format(True, '#b')))
except (ValueError, TypeError) as e:
    print('True', '#b', type(e).__name__, e)
try:
    print('True', 'c', repr(format(True, 'c')))
except (ValueError, TypeError) as e:
    print('True', 'c', type(e).__name__, e)
try:
    print('True', 'd', repr(format(True, 'd')))
except (ValueError, TypeError) as e:
    print('True', 'd', type(e).__name__, e)
try:
    print('True', 'n', repr(format(True, 'n')))
except (ValueError, TypeError) as e:
    print('True', 'n', type(e).__name__, e)
try:
    print('True', '=+10', repr(format(True, '=+10')))
except (ValueError, TypeError) as e:
    print('True', '=+10', type(e).__name__, e)
try:
    print('True', '0=10', repr(format(True, '0=10')))
except (ValueError, TypeError) as e:
    print('True', '0=10', type(e).__name__, e)
try:
    print('True', '10.4f', repr(format(True, '10.4f')))
except (ValueError, TypeError) as e:
    print('True', '10.4f', type(e).__name__, e)
try:
    print('True', '<+8.2f', repr(format(True, '<+8.2f')))
except (ValueError, TypeError) as e:
    print('True', '<+8.2f', type(e).__name__, e)
try:
    print('True', 's', repr(format(True, 's')))
except (ValueError, TypeError) as e:
    print('True', 's', type(e).__name__, e)
try:
    print('True', '>5s', repr(format(True, '>5s')))
except (ValueError, TypeError) as e:
    print('True', '>5s', type(e).__name__, e)
try:
    print("'txt'", '', repr(format('txt', '')))
except (ValueError, TypeError) as e:
    print("'txt'", '', type(e).__name__, e)
try:
    print("'txt'", '10', repr(format('txt', '10')))
except (ValueError, TypeError) as e:
    print("'txt'", '10', type(e).__name__, e)
try:
    print("'txt'", '<10', repr(format('txt', '<10')))
except (ValueError, TypeError) as e:
    print("'txt'", '<10', type(e).__name__, e)
try:
    print("'txt'", '>10', repr(format('txt', '>10')))
except (ValueError, TypeError) as e:
    print("'txt'", '>10', type(e).__name__, e)
try:
    print("'txt'", '^10', repr(format('txt', '^10')))
except (ValueError, TypeError) as e:
    print("'txt'", '^10', type(e).__name__, e)
try:
    print("'txt'", '*^10', repr(format('txt', '*^10')))
except (ValueError, TypeError) as e:
    print("'txt'", '*^10', type(e).__name__, e)
try:
    print("'txt'", '+', repr(format('txt', '+')))
except (ValueError, TypeError) as e:
    print("'txt'", '+', type(e).__name__, e)
try:
    print("'txt'", '-', repr(format('txt', '-')))
except (ValueError, TypeError) as e:
    print("'txt'", '-', type(e).__name__, e)
try:
    print("'txt'", ' ', repr(format('txt', ' ')))
except (ValueError, TypeError) as e:
    print("'txt'", ' ', type(e).__name__, e)
try:
    print("'txt'", '010', repr(format('txt', '010')))
except (ValueError, TypeError) as e:
    print("'txt'", '010', type(e).__name__, e)
try:
    print("'txt'", ',', repr(format('txt', ',')))
except (ValueError, TypeError) as e:
    print("'txt'", ',', type(e).__name__, e)
try:
    print("'txt'", '_', repr(format('txt', '_')))
except (ValueError, TypeError) as e:
    print("'txt'", '_', type(e).__name__, e)
try:
    print("'txt'", '.3', repr(format('txt', '.3')))
except (ValueError, TypeError) as e:
    print("'txt'", '.3', type(e).__name__, e)
try:
    print("'txt'", '.0', repr(format('txt', '.0')))
except (ValueError, TypeError) as e:
    print("'txt'", '.0', type(e).__name__, e)
try:
    print("'txt'", 'e', repr(format('txt', 'e')))
except (ValueError, TypeError) as e:
    print("'txt'", 'e', type(e).__name__, e)
try:
    print("'txt'", '.2e', repr(format('txt', '.2e')))
except (ValueError, TypeError) as e:
    print("'txt'", '.2e', type(e).__name__, e)
try:
    print("'txt'", 'E', repr(format('txt', 'E')))
except (ValueError, TypeError) as e:
    print("'txt'", 'E', type(e).__name__, e)
try:
    print("'txt'", 'f', repr(format('txt', 'f')))
except (ValueError, TypeError) as e:
    print("'txt'", 'f', type(e).__name__, e)
try:
    print("'txt'", '.1f', repr(format('txt', '.1f')))
except (ValueError, TypeError) as e:
    print("'txt'", '.1f', type(e).__name__, e)
try:
    print("'txt'", '%', repr(format('txt', '%')))
except (ValueError, TypeError) as e:
    print("'txt'", '%', type(e).__name__, e)
try:
    print("'txt'", '.1%', repr(format('txt', '.1%')))
except (ValueError, TypeError) as e:
    print("'txt'", '.1%', type(e).__name__, e)
try:
    print("'txt'", 'g', repr(format('txt', 'g')))
except (ValueError, TypeError) as e:
    print("'txt'", 'g', type(e).__name__, e)
try:
    print("'txt'", '.3g', repr(format('txt', '.3g')))
except (ValueError, TypeError) as e:
    print("'txt'", '.3g', type(e).__name__, e)
try:
    print("'txt'", 'G', repr(format('txt', 'G')))
except (ValueError, TypeError) as e:
    print("'txt'", 'G', type(e).__name__, e)
try:
    print("'txt'", 'x', repr(format('txt', 'x')))
except (ValueError, TypeError) as e:
    print("'txt'", 'x', type(e).__name__, e)
try:
    print("'txt'", 'X', repr(format('txt', 'X')))
except (ValueError, TypeError) as e:
    print("'txt'", 'X', type(e).__name__, e)
try:
    print("'txt'", 'o', repr(format('txt', 'o')))
except (ValueError, TypeError) as e:
    print("'txt'", 'o', type(e).__name__, e)
try:
    print("'txt'", 'b', repr(format('txt', 'b')))
except (ValueError, TypeError) as e:
    print("'txt'", 'b', type(e).__name__, e)
try:
    print("'txt'", '#x', repr(format('txt', '#x')))
except (ValueError, TypeError) as e:
    print("'txt'", '#x', type(e).__name__, e)
try:
    print("'txt'", '#o', repr(format('txt', '#o')))
except (ValueError, TypeError) as e:
    print("'txt'", '#o', type(e).__name__, e)
try:
    print("'txt'", '#b', repr(format('txt', '#b')))
except (ValueError, TypeError) as e:
    print("'txt'", '#b', type(e).__name__, e)
try:
    print("'txt'", 'c', repr(format('txt', 'c')))
except (ValueError, TypeError) as e:
    print("'txt'", 'c', type(e).__name__, e)
try:
    print("'txt'", 'd', repr(format('txt', 'd')))
except (ValueError, TypeError) as e:
    print("'txt'", 'd', type(e).__name__, e)
try:
    print("'txt'", 'n', repr(format('txt', 'n')))
except (ValueError, TypeError) as e:
    print("'txt'", 'n', type(e).__name__, e)
try:
    print("'txt'", '=+10', repr(format('txt', '=+10')))
except (ValueError, TypeError) as e:
    print("'txt'", '=+10', type(e).__name__, e)
try:
    print("'txt'", '0=10', repr(format('txt', '0=10')))
except (ValueError, TypeError) as e:
    print("'txt'", '0=10', type(e).__name__, e)
try:
    print("'txt'", '10.4f', repr(format('txt', '10.4f')))
except (ValueError, TypeError) as e:
    print("'txt'", '10.4f', type(e).__name__, e)
try:
    print("'txt'", '<+8.2f', repr(format('txt', '<+8.2f')))
except (ValueError, TypeError) as e:
    print("'txt'", '<+8.2f', type(e).__name__, e)
try:
    print("'txt'", 's', repr(format('txt', 's')))
except (ValueError, TypeError) as e:
    print("'txt'", 's', type(e).__name__, e)
try:
    print("'txt'", '>5s', repr(format('txt', '>5s')))
except (ValueError, TypeError) as e:
    print("'txt'", '>5s', type(e).__name__, e)
try:
    print('255', '', repr(format(255, '')))
except (ValueError, TypeError) as e:
    print('255', '', type(e).__name__, e)
try:
    print('255', '10', repr(format(255, '10')))
except (ValueError, TypeError) as e:
    print('255', '10', type(e).__name__, e)
try:
    print('255', '<10', repr(format(255, '<10')))
except (ValueError, TypeError) as e:
    print('255', '<10', type(e).__name__, e)
try:
    print('255', '>10', repr(format(255, '>10')))
except (ValueError, TypeError) as e:
    print('255', '>10', type(e).__name__, e)
try:
    print('255', '^10', repr(format(255, '^10')))
except (ValueError, TypeError) as e:
    print('255', '^10', type(e).__name__, e)
try:
    print('255', '*^10', repr(format(255, '*^10')))
except (ValueError, TypeError) as e:
    print('255', '*^10', type(e).__name__, e)
try:
    print('255', '+', repr(format(255, '+')))
except (ValueError, TypeError) as e:
    print('255', '+', type(e).__name__, e)
try:
    print('255', '-', repr(format(255, '-')))
except (ValueError, TypeError) as e:
    print('255', '-', type(e).__name__, e)
try:
    print('255', ' ', repr(format(255, ' ')))
except (ValueError, TypeError) as e:
    print('255', ' ', type(e).__name__, e)
try:
    print('255', '010', repr(format(255, '010')))
except (ValueError, TypeError) as e:
    print('255', '010', type(e).__name__, e)
try:
    print('255', ',', repr(format(255, ',')))
except (ValueError, TypeError) as e:
    print('255', ',', type(e).__name__, e)
try:
    print('255', '_', repr(format(255, '_')))
except (ValueError, TypeError) as e:
    print('255', '_', type(e).__name__, e)
try:
    print('255', '.3', repr(format(255, '.3')))
except (ValueError, TypeError) as e:
    print('255', '.3', type(e).__name__, e)
try:
    print('255', '.0', repr(format(255, '.0')))
except (ValueError, TypeError) as e:
    print('255', '.0', type(e).__name__, e)
try:
    print('255', 'e', repr(format(255, 'e')))
except (ValueError, TypeError) as e:
    print('255', 'e', type(e).__name__, e)
try:
    print('255', '.2e', repr(format(255, '.2e')))
except (ValueError, TypeError) as e:
    print('255', '.2e', type(e).__name__, e)
try:
    print('255', 'E', repr(format(255, 'E')))
except (ValueError, TypeError) as e:
    print('255', 'E', type(e).__name__, e)
try:
    print('255', 'f', repr(format(255, 'f')))
except (ValueError, TypeError) as e:
    print('255', 'f', type(e).__name__, e)
try:
    print('255', '.1f', repr(format(255, '.1f')))
except (ValueError, TypeError) as e:
    print('255', '.1f', type(e).__name__, e)
try:
    print('255', '%', repr(format(255, '%')))
except (ValueError, TypeError) as e:
    print('255', '%', type(e).__name__, e)
try:
    print('255', '.1%', repr(format(255, '.1%')))
except (ValueError, TypeError) as e:
    print('255', '.1%', type(e).__name__, e)
try:
    print('255', 'g', repr(format(255, 'g')))
except (ValueError, TypeError) as e:
    print('255', 'g', type(e).__name__, e)
try:
    print('255', '.3g', repr(format(255, '.3g')))
except (ValueError, TypeError) as e:
    print('255', '.3g', type(e).__name__, e)
try:
    print('255', 'G', repr(format(255, 'G')))
except (ValueError, TypeError) as e:
    print('255', 'G', type(e).__name__, e)
try:
    print('255', 'x', repr(format(255, 'x')))
except (ValueError, TypeError) as e:
    print('255', 'x', type(e).__name__, e)
try:
    print('255', 'X', repr(format(255, 'X')))
except (ValueError, TypeError) as e:
    print('255', 'X', type(e).__name__, e)
try:
    print('255', 'o', repr(format(255, 'o')))
except (ValueError, TypeError) as e:
    print('255', 'o', type(e).__name__, e)
try:
    print('255', 'b', repr(format(255, 'b')))
except (ValueError, TypeError) as e:
    print('255', 'b', type(e).__name__, e)
try:
    print('255', '#x', repr(format(255, '#x')))
except (ValueError, TypeError) as e:
    print('255', '#x', type(e).__name__, e)
try:
    print('255', '#o', repr(format(255, '#o')))
except (ValueError, TypeError) as e:
    print('255', '#o', type(e).__name__, e)
try:
    print('255', '#b', repr(format(255, '#b')))
except (ValueError, TypeError) as e:
    print('255', '#b', type(e).__name__, e)
try:
    print('255', 'c', repr(format(255, 'c')))
except (ValueError, TypeError) as e:
    print('255', 'c', type(e).__name__, e)
try:
    print('255', 'd', repr(format(255, 'd')))
except (ValueError, TypeError) as e:
    print('255', 'd', type(e).__name__, e)
try:
    print('255', 'n', repr(format(255, 'n')))
except (ValueError, TypeError) as e:
    print('255', 'n', type(e).__name__, e)
try:
    print('255', '=+10', repr(format(255, '=+10')))
except (ValueError, TypeError) as e:
    print('255', '=+10', type(e).__name__, e)
try:
    print('255', '0=10', repr(format(255, '0=10')))
except (ValueError, TypeError) as e:
    print('255', '0=10', type(e).__name__, e)
try:
    print('255', '10.4f', repr(format(255, '10.4f')))
except (ValueError, TypeError) as e:
    print('255', '10.4f', type(e).__name__, e)
try:
    print('255', '<+8.2f', repr(format(255, '<+8.2f')))
except (ValueError, TypeError) as e:
    print('255', '<+8.2f', type(e).__name__, e)
try:
    print('255', 's', repr(format(255, 's')))
except (ValueError, TypeError) as e:
    print('255', 's', type(e).__name__, e)
try:
    print('255', '>5s', repr(format(255, '>5s')))
except (ValueError, TypeError) as e:
    print('255', '>5s', type(e).__name__, e)
try:
    print('1234567.891', '', repr(format(1234567.891, '')))
except (ValueError, TypeError) as e:
    print('1234567.891', '', type(e).__name__, e)
try:
    print('1234567.891', '10', repr(format(1234567.891, '10')))
except (ValueError, TypeError) as e:
    print('1234567.891', '10', type(e).__name__, e)
try:
    print('1234567.891', '<10', repr(format(1234567.891, '<10')))
except (ValueError, TypeError) as e:
    print('1234567.891', '<10', type(e).__name__, e)
try:
    print('1234567.891', '>10', repr(format(1234567.891, '>10')))
except (ValueError, TypeError) as e:
    print('1234567.891', '>10', type(e).__name__, e)
try:
    print('1234567.891', '^10', repr(format(1234567.891, '^10')))
except (ValueError, TypeError) as e:
    print('1234567.891', '^10', type(e).__name__, e)
try:
    print('1234567.891', '*^10', repr(format(1234567.891, '*^10')))
except (ValueError, TypeError) as e:
    print('1234567.891', '*^10', type(e).__name__, e)
try:
    print('1234567.891', '+', repr(format(1234567.891, '+')))
except (ValueError, TypeError) as e:
    print('1234567.891', '+', type(e).__name__, e)
try:
    print('1234567.891', '-', repr(format(1234567.891, '-')))
except (ValueError, TypeError) as e:
    print('1234567.891', '-', type(e).__name__, e)
try:
    print('1234567.891', ' ', repr(format(1234567.891, ' ')))
except (ValueError, TypeError) as e:
    print('1234567.891', ' ', type(e).__name__, e)
try:
    print('1234567.891', '010', repr(format(1234567.891, '010')))
except (ValueError, TypeError) as e:
    print('1234567.891', '010', type(e).__name__, e)
try:
    print('1234567.891', ',', repr(format(1234567.891, ',')))
except (ValueError, TypeError) as e:
    print('1234567.891', ',', type(e).__name__, e)
try:
    print('1234567.891', '_', repr(format(1234567.891, '_')))
except (ValueError, TypeError) as e:
    print('1234567.891', '_', type(e).__name__, e)
try:
    print('1234567.891', '.3', repr(format(1234567.891, '.3')))
except (ValueError, TypeError) as e:
    print('1234567.891', '.3', type(e).__name__, e)
try:
    print('1234567.891', '.0', repr(format(1234567.891, '.0')))
except (ValueError, TypeError) as e:
    print('1234567.891', '.0', type(e).__name__, e)
try:
    print('1234567.891', 'e', repr(format(1234567.891, 'e')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'e', type(e).__name__, e)
try:
    print('1234567.891', '.2e', repr(format(1234567.891, '.2e')))
except (ValueError, TypeError) as e:
    print('1234567.891', '.2e', type(e).__name__, e)
try:
    print('1234567.891', 'E', repr(format(1234567.891, 'E')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'E', type(e).__name__, e)
try:
    print('1234567.891', 'f', repr(format(1234567.891, 'f')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'f', type(e).__name__, e)
try:
    print('1234567.891', '.1f', repr(format(1234567.891, '.1f')))
except (ValueError, TypeError) as e:
    print('1234567.891', '.1f', type(e).__name__, e)
try:
    print('1234567.891', '%', repr(format(1234567.891, '%')))
except (ValueError, TypeError) as e:
    print('1234567.891', '%', type(e).__name__, e)
try:
    print('1234567.891', '.1%', repr(format(1234567.891, '.1%')))
except (ValueError, TypeError) as e:
    print('1234567.891', '.1%', type(e).__name__, e)
try:
    print('1234567.891', 'g', repr(format(1234567.891, 'g')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'g', type(e).__name__, e)
try:
    print('1234567.891', '.3g', repr(format(1234567.891, '.3g')))
except (ValueError, TypeError) as e:
    print('1234567.891', '.3g', type(e).__name__, e)
try:
    print('1234567.891', 'G', repr(format(1234567.891, 'G')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'G', type(e).__name__, e)
try:
    print('1234567.891', 'x', repr(format(1234567.891, 'x')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'x', type(e).__name__, e)
try:
    print('1234567.891', 'X', repr(format(1234567.891, 'X')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'X', type(e).__name__, e)
try:
    print('1234567.891', 'o', repr(format(1234567.891, 'o')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'o', type(e).__name__, e)
try:
    print('1234567.891', 'b', repr(format(1234567.891, 'b')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'b', type(e).__name__, e)
try:
    print('1234567.891', '#x', repr(format(1234567.891, '#x')))
except (ValueError, TypeError) as e:
    print('1234567.891', '#x', type(e).__name__, e)
try:
    print('1234567.891', '#o', repr(format(1234567.891, '#o')))
except (ValueError, TypeError) as e:
    print('1234567.891', '#o', type(e).__name__, e)
try:
    print('1234567.891', '#b', repr(format(1234567.891, '#b')))
except (ValueError, TypeError) as e:
    print('1234567.891', '#b', type(e).__name__, e)
try:
    print('1234567.891', 'c', repr(format(1234567.891, 'c')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'c', type(e).__name__, e)
try:
    print('1234567.891', 'd', repr(format(1234567.891, 'd')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'd', type(e).__name__, e)
try:
    print('1234567.891', 'n', repr(format(1234567.891, 'n')))
except (ValueError, TypeError) as e:
    print('1234567.891', 'n', type(e).__name__, e)
try:
    print('1234567.891', '=+10', repr(format(1234567.891, '=+10')))
except (ValueError, TypeError) as e:
    print('1234567.891', '=+10', type(e).__name__, e)
try:
    print('1234567.891', '0=10', repr(format(1234567.891, '0=10')))
except (ValueError, TypeError) as e:
    print('1234567.891', '0=10', type(e).__name__, e)
try:
    print('1234567.891', '10.4f', repr(format(1234567.891, '10.4f')))
except (ValueError, TypeError) as e:
    print('1234567.891', '10.4f', type(e).__name__, e)
try:
    print('1234567.891', '<+8.2f', repr(format(1234567.891, '<+8.2f')))
except (ValueError, TypeError) as e:
    print('1234567.891', '<+8.2f', type(e).__name__, e)
try:
    print('1234567.891', 's', repr(format(1234567.891, 's')))
except (ValueError, TypeError) as e:
    print('1234567.891', 's', type(e).__name__, e)
try:
    print('1234567.891', '>5s', repr(format(1234567.891, '>5s')))
except (ValueError, TypeError) as e:
    print('1234567.891', '>5s', type(e).__name__, e)
