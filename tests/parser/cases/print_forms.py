print()
print('')
print('a', end='')
print('a', file=sys.stderr, flush=True)
print(*range(3))
print
print.__doc__
