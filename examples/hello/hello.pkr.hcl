# The quick-start template: needs nothing but Java (and /bin/sh for shell-local).
#   bin/jpacker build examples/hello
# It writes a text file with the `file` builder, runs a local shell step with the `null` builder,
# then records checksums and a manifest of what was built.

variable "greeting" {
  type        = string
  default     = "hello from packer-steps"
  description = "Text written into the artifact."
}

locals {
  output_dir = "${path.root}/output"
}

source "file" "hello" {
  content = "${var.greeting}\n"
  target  = "${local.output_dir}/hello.txt"
}

source "null" "hello" {
  communicator = "none"
}

build {
  name    = "hello"
  sources = ["source.file.hello", "source.null.hello"]

  provisioner "shell-local" {
    only   = ["null.hello"]
    inline = ["echo \"${var.greeting}: provisioning ${source.type}.${source.name}\""]
  }

  post-processors {
    post-processor "checksum" {
      only           = ["file.hello"]
      checksum_types = ["sha256"]
      output         = "${local.output_dir}/hello.{{.ChecksumType}}.checksum"
    }
    post-processor "manifest" {
      output     = "${local.output_dir}/manifest.json"
      strip_path = true
    }
  }
}
