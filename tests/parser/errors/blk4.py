try:
x=1
