# From the course: 001_d5d74f4841b6c8d6.txt, line 151
from collections import deque

message = deque()

while True:
	if message:
		message = message.pop()
		process_message(message)
