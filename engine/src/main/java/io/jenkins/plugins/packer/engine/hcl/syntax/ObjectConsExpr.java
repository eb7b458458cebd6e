package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An object constructor {@code {k = v, ...}}. If any key is unknown, null or invalid the result is
 * {@link Value#DYNAMIC} (the set of attributes cannot be known); marks of keys go to the object. A later
 * item with the same key replaces an earlier one, as in hashicorp/hcl.
 */
final class ObjectConsExpr extends Expr {

    /** One {@code key = value} item. */
    record Item(ObjectConsKeyExpr key, Expr value) {
    }

    private final List<Item> items;
    private final Range openRange;

    ObjectConsExpr(List<Item> items, Range range, Range openRange) {
        super(range, flatten(items));
        this.items = List.copyOf(items);
        this.openRange = openRange;
    }

    private static List<Expr> flatten(List<Item> items) {
        List<Expr> all = new ArrayList<>(items.size() * 2);
        for (Item i : items) {
            all.add(i.key());
            all.add(i.value());
        }
        return all;
    }

    @Override
    public Range startRange() {
        return openRange;
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        Map<String, Value> vals = new LinkedHashMap<>();
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        boolean known = true;
        for (Item item : items) {
            Diagnostics keyDiags = new Diagnostics();
            Value key = item.key().evaluate(ctx, keyDiags);
            diags.addAll(keyDiags);
            Value val = item.value().evaluate(ctx, diags);
            if (keyDiags.hasErrors()) {
                known = false;
                continue;
            }
            if (key.isNull()) {
                diags.error("Null value as key", "Can't use a null value as a key.", item.value().range());
                known = false;
                continue;
            }
            marks.addAll(key.marks());
            Value sk;
            try {
                sk = ValueOps.convert(key.unmark(), Type.STRING);
            } catch (ValueOps.ConversionFailure e) {
                diags.error("Incorrect key type", "Can't use this value as a key: " + e.getMessage() + ".",
                        item.key().range());
                known = false;
                continue;
            }
            if (!sk.isKnown()) {
                known = false;
                continue;
            }
            vals.put(sk.asString(), val);
        }
        if (!known) {
            return Value.DYNAMIC;
        }
        return Value.object(vals).withMarks(marks);
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        for (Item i : items) {
            i.key().collectVariables(out, locals);
            i.value().collectVariables(out, locals);
        }
    }

    @Override
    public Optional<List<KeyValue>> asMap() {
        List<KeyValue> kvs = new ArrayList<>(items.size());
        for (Item i : items) {
            kvs.add(new KeyValue(i.key(), i.value()));
        }
        return Optional.of(kvs);
    }
}
