# From the course: 004_c2ad5e6fde4c86ec.txt, line 48
for proc in procs:
    proc.join()
