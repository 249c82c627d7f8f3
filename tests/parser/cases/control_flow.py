if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

while x:
    break
else:
    pass

for i in range(10):
    if i % 2:
        continue
    print(i)
else:
    print('done')

for a, b in pairs: pass
for (a, b) in pairs: pass
for [a, b] in pairs: pass
for x, *rest in items: pass
for i in 1, 2, 3: pass
for x.attr in y: pass
if x: pass
else: pass
while 1: x += 1; y -= 1
