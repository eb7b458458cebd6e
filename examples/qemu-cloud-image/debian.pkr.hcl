# A qcow2 golden image from Debian's generic cloud image: cloud-init reads its seed from a CD the build
# writes (cd_content, label "cidata"), which sets a password for the SSH login; the shell provisioner
# updates the packages, the disk is compacted and a manifest and checksum are written.
#   bin/jpacker build -var ssh_password=... examples/qemu-cloud-image
# Runs with KVM when the host really has it, else under TCG (slower; the engine says which it chose).

variable "image_url" {
  type    = string
  default = "https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-generic-amd64.qcow2"
}

variable "image_checksum" {
  type        = string
  default     = "file:https://cloud.debian.org/images/cloud/bookworm/latest/SHA512SUMS"
  description = "TYPE:HEX, file:URL of a checksum list, or none."
}

variable "ssh_password" {
  type      = string
  sensitive = true
}

source "qemu" "debian" {
  iso_url          = var.image_url
  iso_checksum     = var.image_checksum
  disk_image       = true
  format           = "qcow2"
  disk_size        = "8G"
  disk_compression = true
  memory           = 1024
  cpus             = 2
  headless         = true
  vm_name          = "debian-12.qcow2"
  output_directory = "${path.root}/output"
  boot_wait        = "0s"

  cd_label = "cidata"
  cd_content = {
    "meta-data" = "instance-id: packer-steps\nlocal-hostname: golden\n"
    "user-data" = <<-EOT
      #cloud-config
      ssh_pwauth: true
      users:
        - name: debian
          sudo: ALL=(ALL) NOPASSWD:ALL
          shell: /bin/bash
          lock_passwd: false
          plain_text_passwd: ${var.ssh_password}
    EOT
  }

  communicator     = "ssh"
  ssh_username     = "debian"
  ssh_password     = var.ssh_password
  ssh_timeout      = "15m"
  serial_log_file  = "${path.root}/output-console.log"
  shutdown_command = "sudo shutdown -P now"
}

build {
  sources = ["source.qemu.debian"]

  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; sudo {{ .Vars }} {{ .Path }}"
    inline = [
      "apt-get update -q",
      "DEBIAN_FRONTEND=noninteractive apt-get -yq upgrade",
      "cloud-init clean --logs",
    ]
  }

  post-processors {
    post-processor "checksum" {
      checksum_types = ["sha256"]
      output         = "${path.root}/output/{{.BuildName}}.{{.ChecksumType}}"
    }
    post-processor "manifest" {
      output = "${path.root}/manifest.json"
    }
  }
}
