# From the course: 004_c2ad5e6fde4c86ec.txt, line 166
from mymodule import count_words_at_url
from redis import Redis
from rq import Queue

q = Queue(connection=Redis())
