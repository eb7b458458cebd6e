# A container image from a base image: a shell provisioner and an uploaded file run inside the build
# container (the docker communicator, no SSH), then the container is committed and tagged.
#   bin/jpacker build -var base_image=debian:bookworm-slim examples/docker
# Needs a Docker Engine (DOCKER_HOST is honoured; no `docker` CLI is needed) and the base image on it
# (pull = true fetches it from its registry).

variable "base_image" {
  type        = string
  default     = "debian:bookworm-slim"
  description = "Image the build container starts from."
}

variable "repository" {
  type    = string
  default = "example/app"
}

variable "version" {
  type    = string
  default = "dev"
}

source "docker" "app" {
  image  = var.base_image
  pull   = true
  commit = true
  changes = [
    "LABEL org.opencontainers.image.version=${var.version}",
    "ENV APP_HOME=/opt/app",
    "WORKDIR /opt/app",
  ]
}

build {
  sources = ["source.docker.app"]

  provisioner "file" {
    content     = "built by packer-steps, version ${var.version}\n"
    destination = "/tmp/VERSION"
  }

  provisioner "shell" {
    environment_vars = ["APP_HOME=/opt/app"]
    inline = [
      "mkdir -p $APP_HOME",
      "mv /tmp/VERSION $APP_HOME/VERSION",
      "cat $APP_HOME/VERSION",
    ]
  }

  post-processor "docker-tag" {
    repository = var.repository
    tags       = [var.version, "latest"]
  }
}
