x = 1..real
z = 0x10.real
w = 1e3.real
