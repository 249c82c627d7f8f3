print("bye")
exit(2)
