# From the course: 003_6566df98dfcc516c.txt, line 23
users = conn.execute("SELECT * FROM users")
