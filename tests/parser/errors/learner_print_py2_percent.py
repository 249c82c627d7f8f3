print 'x = %d' % x
