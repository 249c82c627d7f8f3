def f(data):
    a = [x for x in data]
    b = {k: v for k, v in data}
    c = (y for y in data if y)
    d = [[i * j for j in data] for i in data]
    e = [z for z in data if (w := z)]
    return w
[q for q in range(3) if (r := q)]
