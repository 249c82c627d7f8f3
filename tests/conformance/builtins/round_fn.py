print(round(1.5), round(2.5), round(-0.5), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(5, 2), round(2.675, 2))
