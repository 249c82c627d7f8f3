# expect: \N{...} escapes are not supported in the playground yet @ 2
print('\N{DASH}')
