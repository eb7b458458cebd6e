package io.jenkins.plugins.packer.engine.config;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes a body (native HCL or HCL JSON) into a configuration record, as Packer decodes a component's
 * HCL2 spec: unexpected arguments and blocks, missing required ones, and values of the wrong type are
 * diagnostics with ranges; values not known yet leave the field at its default and are listed in
 * {@link Decoded#unknownFields()}; sensitive values are collected as secrets.
 */
public final class ConfigDecoder {

    private ConfigDecoder() {
    }

    public static <R extends Record> Decoded<R> decode(ConfigSchema<R> schema, Body body, EvalContext ctx,
            Diagnostics diags) {
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> secrets = new LinkedHashSet<>();
        R config = decodeBody(schema, body, ctx, diags, "", unknown, secrets);
        return new Decoded<>(config, unknown, secrets);
    }

    private static <R extends Record> R decodeBody(ConfigSchema<R> schema, Body body, EvalContext ctx,
            Diagnostics diags, String prefix, Set<String> unknown, Set<String> secrets) {
        int errorsBefore = countErrors(diags);
        BodyContent content = body.content(schema.bodySchema(), diags);
        List<ConfigField> fields = schema.fields();
        Map<String, Object> args = new HashMap<>();
        Map<String, Range> ranges = new HashMap<>();
        Set<String> localUnknown = new LinkedHashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            ConfigField f = fields.get(i);
            switch (f.kind()) {
                case ATTRIBUTE -> {
                    Attribute attr = content.attributes().get(f.name());
                    if (attr != null) {
                        ranges.put(f.name(), attr.expression().range());
                    }
                    args.put(f.name(), attribute(f, attr, ctx, diags, prefix, unknown, localUnknown, secrets));
                }
                case BLOCK -> {
                    List<Block> blocks = content.blocksOfType(f.name());
                    if (blocks.size() > 1) {
                        Block extra = blocks.get(1);
                        diags.error("Duplicate " + f.name() + " block", "Only one " + f.name()
                                + " block is allowed. Another was defined at " + blocks.get(0).defRange() + ".",
                                extra.defRange());
                    }
                    if (!blocks.isEmpty()) {
                        ranges.put(f.name(), blocks.get(0).defRange());
                        args.put(f.name(), decodeBody(f.nested(), blocks.get(0).body(), ctx, diags,
                                prefix + f.name() + ".", unknown, secrets));
                    }
                }
                case BLOCK_LIST -> {
                    List<Object> items = new ArrayList<>();
                    for (Block b : content.blocksOfType(f.name())) {
                        ranges.putIfAbsent(f.name(), b.defRange());
                        items.add(decodeBody(f.nested(), b.body(), ctx, diags, prefix + f.name() + ".", unknown,
                                secrets));
                    }
                    args.put(f.name(), java.util.Collections.unmodifiableList(items));
                }
            }
            if (f.required() && f.kind() != FieldKind.ATTRIBUTE && !ranges.containsKey(f.name())) {
                diags.error("Missing required block", "A " + f.name() + " block is required here.",
                        body.missingItemRange());
            }
        }
        if (countErrors(diags) > errorsBefore) {
            return null;
        }
        R record = schema.construct(args);
        Validation validation = new Validation(diags, ranges, body.missingItemRange(), localUnknown);
        for (Validated v : schema.validatedParts(record)) {
            v.validate(validation);
        }
        return record;
    }

    private static Object attribute(ConfigField f, Attribute attr, EvalContext ctx, Diagnostics diags,
            String prefix, Set<String> unknown, Set<String> localUnknown, Set<String> secrets) {
        java.lang.reflect.Type jt = f.javaType();
        if (attr == null) {
            return defaultValue(f);
        }
        Diagnostics exprDiags = new Diagnostics();
        Value v = attr.expression().value(ctx, exprDiags);
        diags.addAll(exprDiags);
        if (exprDiags.hasErrors()) {
            return JavaTypes.absent(jt);
        }
        Secrets.collect(v, f.sensitive(), secrets);
        if (!v.isWhollyKnown()) {
            unknown.add(prefix + f.name());
            localUnknown.add(f.name());
            return defaultValue(f);
        }
        if (v.isNull()) {
            return defaultValue(f);
        }
        try {
            Value converted = Convert.convert(v, f.hclType());
            return ValueToJava.convert(converted, jt);
        } catch (ConversionException | IllegalArgumentException e) {
            diags.error("Incorrect attribute value type",
                    "Inappropriate value for attribute \"" + f.name() + "\": " + e.getMessage() + ".",
                    attr.expression().range());
            return JavaTypes.absent(jt);
        }
    }

    private static Object defaultValue(ConfigField f) {
        if (f.defaultText() == null) {
            return JavaTypes.absent(f.javaType());
        }
        try {
            return ValueToJava.convert(Convert.convert(Value.string(f.defaultText()), f.hclType()), f.javaType());
        } catch (ConversionException | IllegalArgumentException e) {
            throw new IllegalStateException("bad @Default(\"" + f.defaultText() + "\") on field " + f.name(), e);
        }
    }

    private static int countErrors(Diagnostics diags) {
        int n = 0;
        for (var d : diags) {
            if (d.isError()) {
                n++;
            }
        }
        return n;
    }
}
