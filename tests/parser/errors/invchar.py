x = «a»
