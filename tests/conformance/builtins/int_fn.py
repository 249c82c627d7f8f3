print(int(), int('  42 '), int('-0b11', 0), int('0o17', 0), int('FF', 16), int(7.99), int(-7.99), int('१२'))
