print(float(), float(3), float('3.5e2'), float(' inf '), float('-Infinity'), float('nan') == float('nan'))
