print 'Привет'
