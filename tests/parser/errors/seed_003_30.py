mylist = multiprocessing.Array('i', [1,2,3,4,5))
