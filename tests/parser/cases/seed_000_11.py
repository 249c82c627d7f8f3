# From the course: 000_cf8282084174141e.txt, line 465
import time



def count():
    print("Один")
    time.sleep(1)
    print("Два")

def main():
    for _ in range(3):
        count()

if __name__ == "__main__":
    s = time.perf_counter()
    main()
    elapsed = time.perf_counter() - s
    print(f"Программа выполнена за {elapsed:0.2f} сек.")
