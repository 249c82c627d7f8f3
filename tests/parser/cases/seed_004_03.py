# From the course: 004_c2ad5e6fde4c86ec.txt, line 99
print("Done!")
