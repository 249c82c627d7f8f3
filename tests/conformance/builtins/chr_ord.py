print([chr(c) for c in range(65, 70)], [ord(c) for c in 'Ёё€𝄞'], chr(0x44F))
