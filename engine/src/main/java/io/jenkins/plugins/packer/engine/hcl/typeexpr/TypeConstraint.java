package io.jenkins.plugins.packer.engine.hcl.typeexpr;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads type expressions such as {@code list(string)} or {@code object({a = optional(number, 1)})} statically,
 * without evaluating them, as hcl's ext/typeexpr does. Errors are reported as "Invalid type specification"
 * diagnostics and the result is then {@link Type#DYNAMIC} (or has {@code any} where the error was).
 */
public final class TypeConstraint {

    static final String INVALID = "Invalid type specification";

    private final boolean constraint;
    private final boolean withDefaults;
    private final Diagnostics diags;

    private TypeConstraint(boolean constraint, boolean withDefaults, Diagnostics diags) {
        this.constraint = constraint;
        this.withDefaults = withDefaults;
        this.diags = diags;
    }

    /** A type constraint: {@code any} allowed, {@code optional(T)} allowed in objects, no defaults. */
    public static Type parse(Expression expr, Diagnostics diags) {
        return new TypeConstraint(true, false, diags).read(expr).type();
    }

    /** An exact type (typeexpr.Type): neither {@code any} nor {@code optional} allowed. */
    public static Type parseExact(Expression expr, Diagnostics diags) {
        return new TypeConstraint(false, false, diags).read(expr).type();
    }

    /** A type constraint whose optional attributes may have defaults: {@code optional(T, default)}. */
    public static TypeConstraintWithDefaults parseWithDefaults(Expression expr, Diagnostics diags) {
        return new TypeConstraint(true, true, diags).read(expr);
    }

    private TypeConstraintWithDefaults read(Expression expr) {
        Optional<String> keyword = expr.asKeyword();
        if (keyword.isPresent()) {
            return keyword(keyword.get(), expr);
        }
        Optional<Expression.StaticCall> maybeCall = expr.asCall();
        if (maybeCall.isEmpty()) {
            return error("A type specification is either a primitive type keyword (bool, number, string) or a "
                    + "complex type constructor call, like list(string).", expr.range(), null);
        }
        Expression.StaticCall call = maybeCall.get();
        String name = call.name();
        switch (name) {
            case "bool", "string", "number" -> {
                return error("Primitive type keyword \"" + name + "\" does not expect arguments.",
                        call.argumentsRange(), null);
            }
            case "any" -> {
                return error("Type constraint keyword \"any\" does not expect arguments.", call.argumentsRange(),
                        null);
            }
            default -> {
            }
        }
        List<Expression> args = call.arguments();
        if (args.size() != 1 && isConstructor(name)) {
            Range subject = args.size() > 1
                    ? Range.between(args.get(1).range(), args.get(args.size() - 1).range())
                    : call.argumentsRange();
            return error(constructorMessage(name), subject, call.argumentsRange());
        }
        return switch (name) {
            case "list" -> collection(Type::list, args.get(0));
            case "set" -> collection(Type::set, args.get(0));
            case "map" -> collection(Type::map, args.get(0));
            case "object" -> new ObjectTypeReader(this).read(expr, args.get(0));
            case "tuple" -> tuple(expr, args.get(0));
            case "optional" -> error("Keyword \"optional\" is valid only as a modifier for object type attributes.",
                    call.nameRange(), null);
            default -> error("Keyword \"" + name + "\" is not a valid type constructor.", expr.range(), null);
        };
    }

    private TypeConstraintWithDefaults keyword(String kw, Expression expr) {
        return switch (kw) {
            case "bool" -> new TypeConstraintWithDefaults(Type.BOOL, null);
            case "string" -> new TypeConstraintWithDefaults(Type.STRING, null);
            case "number" -> new TypeConstraintWithDefaults(Type.NUMBER, null);
            case "any" -> constraint ? new TypeConstraintWithDefaults(Type.DYNAMIC, null)
                    : error("The keyword \"any\" cannot be used in this type specification: an exact type is "
                            + "required.", expr.range(), null);
            case "list", "map", "set", "object", "tuple" -> error(constructorMessage(kw), expr.range(), null);
            default -> error("The keyword \"" + kw + "\" is not a valid type specification.", expr.range(), null);
        };
    }

    private static boolean isConstructor(String name) {
        return switch (name) {
            case "list", "set", "map", "object", "tuple" -> true;
            default -> false;
        };
    }

    private static String constructorMessage(String name) {
        return switch (name) {
            case "object" -> "The object type constructor requires one argument specifying the attribute types "
                    + "and values as a map.";
            case "tuple" -> "The tuple type constructor requires one argument specifying the element types as a list.";
            default -> "The " + name + " type constructor requires one argument specifying the element type.";
        };
    }

    private TypeConstraintWithDefaults collection(java.util.function.UnaryOperator<Type> make, Expression arg) {
        TypeConstraintWithDefaults el = read(arg);
        Type t = make.apply(el.type());
        Defaults d = el.defaults() == null ? null : new Defaults(t, Map.of(), Map.of("", el.defaults()));
        return new TypeConstraintWithDefaults(t, d);
    }

    private TypeConstraintWithDefaults tuple(Expression expr, Expression arg) {
        Optional<List<Expression>> elems = arg.asList();
        if (elems.isEmpty()) {
            return error("Tuple type constructor requires a list of element types.", arg.range(), expr.range());
        }
        List<Type> types = new ArrayList<>();
        Map<String, Defaults> children = new LinkedHashMap<>();
        for (int i = 0; i < elems.get().size(); i++) {
            TypeConstraintWithDefaults el = read(elems.get().get(i));
            types.add(el.type());
            if (el.defaults() != null) {
                children.put(Integer.toString(i), el.defaults());
            }
        }
        Type t = Type.tuple(types);
        return new TypeConstraintWithDefaults(t, children.isEmpty() ? null : new Defaults(t, Map.of(), children));
    }

    // ------------------------------------------------------------------ shared with ObjectTypeReader

    boolean constraint() {
        return constraint;
    }

    boolean withDefaults() {
        return withDefaults;
    }

    TypeConstraintWithDefaults readNested(Expression expr) {
        return read(expr);
    }

    void report(String summary, String detail, Range subject, Range context) {
        diags.add(new Diagnostic(Severity.ERROR, summary, detail, subject, context));
    }

    Diagnostics diagnostics() {
        return diags;
    }

    /** The default converted to its attribute's type, or null (after a diagnostic) when it does not fit. */
    Value convertDefault(Value v, Type type, Expression expr) {
        try {
            return Convert.convert(v, type);
        } catch (ConversionException e) {
            report("Invalid default value for optional attribute", "This default value is not compatible with the "
                    + "attribute's type constraint: " + e.getMessage() + ".", expr.range(), null);
            return null;
        }
    }

    static Type object(Map<String, Type> attrs, Set<String> optional) {
        return new Type.ObjectType(attrs, new LinkedHashSet<>(optional));
    }

    private TypeConstraintWithDefaults error(String detail, Range subject, Range context) {
        report(INVALID, detail, subject, context);
        return new TypeConstraintWithDefaults(Type.DYNAMIC, null);
    }
}
