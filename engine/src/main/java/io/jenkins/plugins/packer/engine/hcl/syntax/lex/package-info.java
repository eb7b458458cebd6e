/**
 * The scanner of the HCL native syntax: {@link io.jenkins.plugins.packer.engine.hcl.syntax.lex.Lexer} turns
 * UTF-8 bytes into {@link io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token}s with exact ranges (line,
 * column, byte offset), and {@link io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenChecks} reports the
 * characters that never belong in HCL (invalid encoding, other languages' quotes and operators).
 */
package io.jenkins.plugins.packer.engine.hcl.syntax.lex;
