print(bin(0), bin(255), oct(-8), hex(4095), hex(-255), bin(True))
