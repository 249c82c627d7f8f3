if x: else: pass
