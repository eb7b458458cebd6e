x = <<EOT
unterminated heredoc ${
