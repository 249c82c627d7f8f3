result = (
    data
    .filter(lambda x: x > 0)
    .map(str)
    .join(', ')
)
