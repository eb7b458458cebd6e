/**
 * The HCL native syntax ({@code .pkr.hcl}, {@code .pkrvars.hcl}), after hashicorp/hcl's {@code hclsyntax}.
 *
 * <p>{@link io.jenkins.plugins.packer.engine.hcl.syntax.HclParser} is the only entry point: it parses files
 * into a syntax-independent {@link io.jenkins.plugins.packer.engine.hcl.Body}, and standalone expressions and
 * templates (for the JSON syntax) into {@link io.jenkins.plugins.packer.engine.hcl.Expression}s. Everything else
 * here is package-private: the parsers ({@code StructureParser}, {@code ExpressionParser},
 * {@code TraversalParser}, {@code CollectionParser}, {@code ForParser}, {@code TemplateParser},
 * {@code DirectiveParser}, {@code TemplateAssembler}), the expression nodes ({@code *Expr}) that evaluate
 * themselves against an {@link io.jenkins.plugins.packer.engine.hcl.EvalContext}, and the body
 * ({@code SyntaxBody}) that decodes against a {@link io.jenkins.plugins.packer.engine.hcl.BodySchema}.
 *
 * <p>Nothing here throws on bad input: problems are diagnostics with hashicorp/hcl's summaries and ranges.
 * Nesting is bounded ({@code ParserState.MAX_NESTING}, {@code MAX_HEIGHT}) so that hostile input cannot
 * exhaust the stack while parsing or evaluating.
 */
package io.jenkins.plugins.packer.engine.hcl.syntax;
