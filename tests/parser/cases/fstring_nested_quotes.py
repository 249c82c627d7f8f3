a = f"{'x'}"
b = f'{"y"}'
c = f"{d['k']}"
d = f'''{f"{x}"}'''
e = f"{x!r:>{width}}"
f = f"{'{'}"
g = f'{x}}}{{'
