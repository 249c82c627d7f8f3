print(format(12), format(12, 'x'), format(3.5, '08.3f'), format('s', '^5'), format(True, 'd'), format(None))
