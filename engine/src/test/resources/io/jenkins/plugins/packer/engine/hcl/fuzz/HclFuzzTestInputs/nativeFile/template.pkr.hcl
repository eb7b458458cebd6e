packer {
  required_version = ">= 1.7.0"
}

variable "name" {
  type    = string
  default = "debian-${var.s}"
}

locals {
  # comment
  list  = [for i, x in var.l : "${i}=${x}" if i < 2]
  map   = { for k, v in var.m : k => upper(v)... }
  cond  = var.n > 3 ? "big" : "small" // comment
  tpl   = <<-EOT
    %{ for x in ["a", "b"] ~}
    line ${x}
    %{ endfor ~}
    %{ if var.n == 42 }yes%{ else }no%{ endif }
  EOT
  splat = var.l[*]
  calc  = (1 + 2) * 3 / 4 % 5 - -6
  /* block
     comment */
  keys  = { "quoted" = 1, (var.s) = 2, bare : 3 }
}

source "null" "x" {
  communicator = "none"
}

build {
  sources = ["source.null.x"]
  provisioner "shell-local" {
    inline = ["echo ${local.cond}", format("%s-%03d", var.s, var.n)]
  }
}
