t = threading.Thread(target=f, args=(1,)
t.start()
