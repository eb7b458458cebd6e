package io.jenkins.plugins.packer.engine.template.upgrade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A body being written, as hclwrite builds one: attributes (setting one again replaces its value in place),
 * nested blocks and blank lines, in the order added. {@link #text()} writes it out unindented; the upgrade
 * formats the whole file at the end, as Packer does.
 */
final class HclBody {

    private final List<Object> items = new ArrayList<>();
    private final Map<String, String[]> attributes = new LinkedHashMap<>();

    private record Block(String type, List<String> labels, HclBody body) {
    }

    private static final Object NEWLINE = new Object();

    /** {@code SetAttributeValue}: the attribute with the expression text of a JSON value. */
    HclBody attribute(String name, Object value) {
        return raw(name, HclText.value(value));
    }

    /** {@code SetAttributeRaw}: the attribute with the given expression text. */
    HclBody raw(String name, String expression) {
        String[] existing = attributes.get(name);
        if (existing != null) {
            existing[0] = expression;
            return this;
        }
        String[] holder = {expression};
        attributes.put(name, holder);
        items.add(new Object[] {name, holder});
        return this;
    }

    /** {@code AppendNewBlock}: a new nested block, returned for filling. */
    HclBody block(String type, String... labels) {
        HclBody body = new HclBody();
        items.add(new Block(type, List.of(labels), body));
        return body;
    }

    /** {@code AppendNewline}. */
    HclBody newline() {
        items.add(NEWLINE);
        return this;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (Object item : items) {
            if (item == NEWLINE) {
                sb.append('\n');
            } else if (item instanceof Block b) {
                sb.append(b.type());
                for (String l : b.labels()) {
                    sb.append(" \"").append(HclText.escape(l)).append('"');
                }
                sb.append(" {\n").append(b.body().text()).append("}\n");
            } else {
                Object[] attr = (Object[]) item;
                sb.append(attr[0]).append(" = ").append(((String[]) attr[1])[0]).append('\n');
            }
        }
        return sb.toString();
    }
}
