# From the course: 003_6566df98dfcc516c.txt, line 317
from collections import deque

messages = deque()

while True:
	if messages:
		message = messages.pop()
		process_message(message)
