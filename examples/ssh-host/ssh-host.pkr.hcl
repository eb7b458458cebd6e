# Provision a machine that already exists (a VM made elsewhere, a lab host) over SSH with the `null`
# builder: a shell script, a file uploaded and a report downloaded, and an ansible playbook.
#   bin/jpacker build -var host=192.0.2.10 -var private_key_file=$HOME/.ssh/id_ed25519 examples/ssh-host
# In Jenkins, bind the key with sshUserPrivateKey(credentialsId: ..., keyFileVariable: 'private_key_file',
# usernameVariable: 'username') and it never reaches the log.

variable "host" {
  type = string
}

variable "port" {
  type    = number
  default = 22
}

variable "username" {
  type    = string
  default = "root"
}

variable "private_key_file" {
  type      = string
  sensitive = true
}

source "null" "host" {
  communicator         = "ssh"
  ssh_host             = var.host
  ssh_port             = var.port
  ssh_username         = var.username
  ssh_private_key_file = var.private_key_file
  ssh_timeout          = "2m"
}

build {
  sources = ["source.null.host"]

  provisioner "shell" {
    inline = ["uname -a", "mkdir -p /tmp/packer-example"]
  }

  provisioner "file" {
    source      = "${path.root}/files/"
    destination = "/tmp/packer-example"
  }

  provisioner "ansible" {
    playbook_file = "${path.root}/playbook.yml"
  }

  provisioner "file" {
    direction   = "download"
    source      = "/tmp/packer-example/report.txt"
    destination = "${path.root}/out/report.txt"
  }
}
