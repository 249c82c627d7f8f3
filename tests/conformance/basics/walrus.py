data = [1, 5, 3, 8]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
while (item := data.pop()) != 5:
    print("popped", item)
