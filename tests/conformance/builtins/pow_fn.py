print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(7, 2, 5), pow(-2, 3), pow(0, 0))
