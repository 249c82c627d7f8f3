def print_square(num):
    print("Square: {}".format(num * num))

def print_cube(num):
    print("Cube: {}".format(num * num * num))

if __name__ == "__main__":
    print_square(10)
    print_cube(10)
    print("Done!")
