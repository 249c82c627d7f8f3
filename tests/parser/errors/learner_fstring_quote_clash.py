print(f'{d['k']}')
