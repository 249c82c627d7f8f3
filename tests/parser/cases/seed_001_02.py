# From the course: 001_d5d74f4841b6c8d6.txt, line 166
def make_request():
	cpu_bound_setup()
	io_bound_web_request()
	cpu_bound_postprocess()
task_one = make_request()
task_two = make_request()
task_three = make_request()
