# From the course: 004_c2ad5e6fde4c86ec.txt, line 182
import requests
