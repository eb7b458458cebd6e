variable "a" {
  type = string
}
source "null" "x" {
  communicator = "none"
}
build {
  sources = ["source.null.x"]
}
