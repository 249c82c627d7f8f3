# From the course: 004_c2ad5e6fde4c86ec.txt, line 174
job = q.enqueue(count_words_at_url, 'http://nvie.com')
