# From the course: 001_d5d74f4841b6c8d6.txt, line 83
# Создание многопоточного Python-приложения
import threading


def hello_from_threading():
	print(f'Привет от потока {threading.current_thread()}')

  
hello_thread = threading.Thread(target=hello_from_threading)
hello_thread.start()

total_threads = threading.active_count()
thread_name = threading.current_thread().name

print(f'В данный момент Python выполняет {total_threads} поток(ов)')
print(f'Имя текущего потока {thread_name}')

hello_thread.join()
