package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.hcl.value.Values;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluation errors: HCL's summaries, details and exact subject ranges. */
class EvalDiagnosticsTest {

    private static final EvalContext CTX = EvalContext.of(Map.of(
            "var", Value.object(Map.of("region", Value.string("eu"), "count", Value.number(2))),
            "local", Value.object(Map.of("x", Value.number(1))),
            "list", Value.tuple(List.of(Value.number(1), Value.number(2))),
            "m", Values.mapOf(Map.of("a", Value.number(1))),
            "nul", Value.NULL), Map.of());

    private static Diagnostics diags(String src) {
        Diagnostics d = new Diagnostics();
        Value v = Hcl.eval(src, CTX, d);
        assertThat(v).as(src).isNotNull();
        return d;
    }

    private static Diagnostic only(String src) {
        Diagnostics d = diags(src);
        assertThat(d.asList()).as(src).hasSize(1);
        return d.asList().get(0);
    }

    private static void check(String src, String brief, String detail) {
        Diagnostic d = only(src);
        assertThat(Hcl.brief(d)).as(src).isEqualTo(brief);
        assertThat(d.detail()).as(src).isEqualTo(detail);
    }

    @Test
    void unknownVariableWithSuggestion() {
        check("vr.region", "Unknown variable@1,1-1,3", "There is no variable named \"vr\". Did you mean \"var\"?");
        check("abcdef", "Unknown variable@1,1-1,7", "There is no variable named \"abcdef\".");
    }

    @Test
    void variablesNotAllowed() {
        Diagnostics d = new Diagnostics();
        Hcl.eval("a.b", EvalContext.empty(), d);
        assertThat(Hcl.brief(d)).containsExactly("Variables not allowed@1,1-1,2");
        assertThat(d.asList().get(0).detail()).isEqualTo("Variables may not be used here.");
    }

    @Test
    void unsupportedAttributeAndInvalidIndex() {
        check("var.regin", "Unsupported attribute@1,4-1,10", "This object does not have an attribute named \"regin\".");
        check("var.region.x", "Unsupported attribute@1,11-1,13",
                "Can't access attributes on a primitive-typed value (string).");
        check("list[5]", "Invalid index@1,5-1,8", "The given key does not identify an element in this collection "
                + "value: the given index is greater than or equal to the length of the collection.");
        check("list[var.count]", "Invalid index@1,5-1,16", "The given key does not identify an element in this "
                + "collection value: the given index is greater than or equal to the length of the collection.");
        check("m.b", "Missing map element@1,2-1,4", "This map does not have an element with the key \"b\".");
        check("nul.x", "Attempt to get attribute from null value@1,4-1,6",
                "This value is null, so it does not have any attributes.");
        check("list[\"a\"]", "Invalid index@1,5-1,10",
                "The given key does not identify an element in this collection value: a number is required.");
    }

    @Test
    void conditionals() {
        check("1 ? 2 : 3", "Incorrect condition type@1,1-1,2", "The condition expression must be of type bool.");
        check("nul ? 2 : 3", "Null condition@1,1-1,4",
                "The condition value is null. Conditions must either be true or false.");
        check("true ? {a = 1} : [1]", "Inconsistent conditional result types@1,8-1,21",
                "The true and false result expressions must have consistent types. The 'true' value is object, but "
                        + "the 'false' value is tuple.");
        check("true ? {a = 1} : {b = [1]}", "Inconsistent conditional result types@1,8-1,27",
                "The true and false result expressions must have consistent types. The 'true' value includes object "
                        + "attribute \"a\", which is absent in the 'false' value.");
        check("true ? [1] : [1, [2]]", "Inconsistent conditional result types@1,8-1,22",
                "The true and false result expressions must have consistent types. The 'true' tuple has length 1, "
                        + "but the 'false' tuple has length 2.");
    }

    @Test
    void objectsWithDifferentAttributesUnifyToAMap() {
        assertThat(diags("true ? {a = 1} : {b = 1}").asList()).isEmpty();
    }

    @Test
    void unchosenBranchErrorsAreDropped() {
        assertThat(diags("true ? 1 : list[9]").asList()).isEmpty();
        assertThat(Hcl.brief(diags("false ? 1 : list[9]"))).containsExactly("Invalid index@1,17-1,20");
    }

    @Test
    void templateInterpolationValues() {
        check("\"a${nul}\"", "Invalid template interpolation value@1,5-1,8",
                "The expression result is null. Cannot include a null value in a string template.");
        check("\"a${list}\"", "Invalid template interpolation value@1,5-1,9",
                "Cannot include the given value in a string template: string required.");
    }

    @Test
    void forExpressions() {
        check("[for x in 1: x]", "Iteration over non-iterable value@1,11-1,12",
                "A value of type number cannot be used as the collection in a 'for' expression.");
        check("[for x in nul: x]", "Iteration over null value@1,11-1,14",
                "A null value cannot be used as the collection in a 'for' expression.");
        check("{for x in [\"a\", \"a\"]: x => 1}", "Duplicate object key@1,23-1,24", "Two different items produced "
                + "the key \"a\" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after "
                + "the value expression to enable grouping by key.");
        check("[for x in list: x if x]", "Invalid 'for' condition@1,22-1,23",
                "The 'if' clause value is invalid: bool required.");
        check("{for x in list: nul => x}", "Invalid object key@1,17-1,20",
                "Key expression in 'for' expression must not produce a null value.");
        check("[for x in list: x if nul]", "Condition is null@1,22-1,25",
                "The value of the 'if' clause must not be null.");
    }

    @Test
    void operators() {
        check("\"a\" + 1", "Invalid operand@1,1-1,4", "Unsuitable value for left operand: a number is required.");
        check("1 + true", "Invalid operand@1,5-1,9", "Unsuitable value for right operand: number required.");
        check("-\"x\"", "Invalid operand@1,2-1,5", "Unsuitable value for unary operand: a number is required.");
        check("!1", "Invalid operand@1,2-1,3", "Unsuitable value for unary operand: bool required.");
        check("1 / 0", "Operation failed@1,1-1,6", "Error during operation: Divide by zero.");
        check("nul + 1", "Operation failed@1,1-1,8", "Error during operation: argument must not be null.");
    }

    @Test
    void objectKeys() {
        check("{var.region = 1}", "Ambiguous attribute key@1,2-1,12", "If this expression is intended to be a "
                + "reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, "
                + "wrap it in quotes to create a string literal.");
        check("{(nul) = 1}", "Null value as key@1,10-1,11", "Can't use a null value as a key.");
        check("{(list) = 1}", "Incorrect key type@1,2-1,8", "Can't use this value as a key: string required.");
        assertThat(diags("{(var.region) = 1}").asList()).isEmpty();
    }

    @Test
    void splatOfNullSequence() {
        Diagnostics d = new Diagnostics();
        Hcl.eval("l[*]", EvalContext.of(Map.of("l", Value.nullOf(io.jenkins.plugins.packer.engine.hcl.value.Type
                .list(io.jenkins.plugins.packer.engine.hcl.value.Type.STRING))), Map.of()), d);
        assertThat(Hcl.brief(d)).containsExactly("Splat of null value@1,1-1,2");
    }

    @Test
    void errorsInsideSplatAndTraversalStopEarly() {
        assertThat(Hcl.brief(diags("list[*].x"))).containsExactly("Unsupported attribute@1,8-1,10",
                "Unsupported attribute@1,8-1,10");
        assertThat(Hcl.brief(diags("nope.a.b.c"))).containsExactly("Unknown variable@1,1-1,5");
    }
}
