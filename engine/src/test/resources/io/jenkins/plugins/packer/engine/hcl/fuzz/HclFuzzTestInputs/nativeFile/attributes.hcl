a = 1
b = "two"
c = [true, null, 1.5e3]
d = { x = var.l.0 }
e = var.secret
f = var.later
