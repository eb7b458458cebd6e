package io.jenkins.plugins.packer.engine.hcl.syntax.lex;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.util.List;

/**
 * Diagnostics for tokens that never belong in HCL source (bitwise operators, quotes of other languages,
 * semicolons, invalid characters and encodings, newlines inside quoted strings), with hashicorp/hcl's
 * wording and its limits on repeating the same complaint.
 */
public final class TokenChecks {

    private TokenChecks() {
    }

    public static void check(List<Token> tokens, Diagnostics diags) {
        int toldBitwise = 0;
        int toldExponent = 0;
        int toldBacktick = 0;
        int toldApostrophe = 0;
        int toldSemicolon = 0;
        int toldTabs = 0;
        int toldBadUtf8 = 0;
        for (Token tok : tokens) {
            switch (tok.type()) {
                case BITWISE_AND, BITWISE_OR, BITWISE_XOR, BITWISE_NOT -> {
                    if (toldBitwise < 4) {
                        String suggestion = switch (tok.type()) {
                            case BITWISE_AND -> " Did you mean boolean AND (\"&&\")?";
                            case BITWISE_OR -> " Did you mean boolean OR (\"||\")?";
                            case BITWISE_NOT -> " Did you mean boolean NOT (\"!\")?";
                            default -> "";
                        };
                        diags.error("Unsupported operator", "Bitwise operators are not supported." + suggestion,
                                tok.range());
                        toldBitwise++;
                    }
                }
                case STAR_STAR -> {
                    if (toldExponent < 1) {
                        diags.error("Unsupported operator",
                                "\"**\" is not a supported operator. Exponentiation is not supported as an operator.",
                                tok.range());
                        toldExponent++;
                    }
                }
                case BACKTICK -> {
                    if (toldBacktick % 2 == 0) {
                        diags.error("Invalid character", "The \"`\" character is not valid. To create a multi-line "
                                + "string, use the \"heredoc\" syntax, like \"<<EOT\".", tok.range());
                    }
                    if (toldBacktick <= 2) {
                        toldBacktick++;
                    }
                }
                case APOSTROPHE -> {
                    if (toldApostrophe % 2 == 0) {
                        diags.error("Invalid character",
                                "Single quotes are not valid. Use double quotes (\") to enclose strings.", tok.range());
                    }
                    if (toldApostrophe <= 2) {
                        toldApostrophe++;
                    }
                }
                case SEMICOLON -> {
                    if (toldSemicolon < 1) {
                        diags.error("Invalid character", "The \";\" character is not valid. Use newlines to separate "
                                + "arguments and blocks, and commas to separate items in collection values.",
                                tok.range());
                        toldSemicolon++;
                    }
                }
                case TABS -> {
                    if (toldTabs < 1) {
                        diags.error("Invalid character", "Tab characters may not be used. The recommended "
                                + "indentation style is two spaces per indent.", tok.range());
                        toldTabs++;
                    }
                }
                case BAD_UTF8 -> {
                    if (toldBadUtf8 < 1) {
                        diags.error("Invalid character encoding", "All input files must be UTF-8 encoded. Ensure "
                                + "that UTF-8 encoding is selected in your editor.", tok.range());
                        toldBadUtf8++;
                    }
                }
                case QUOTED_NEWLINE -> diags.error("Invalid multi-line string", "Quoted strings may not be split "
                        + "over multiple lines. To produce a multi-line string, either use the \\n escape to "
                        + "represent a newline character or use the \"heredoc\" multi-line template syntax.",
                        tok.range());
                case INVALID -> diags.error("Invalid character", "This character is not used within the language.",
                        tok.range());
                default -> {
                }
            }
        }
    }
}
