package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.Numbers;
import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Decodes one YAML document into a value as go-cty-yaml's {@code yamldecode} does: mappings become
 * objects (keys must be scalars convertible to strings; {@code <<} merges other mappings in), sequences
 * become tuples, scalars are resolved by {@link YamlScalars}, anchors and aliases are followed (but not into
 * themselves). Only the parser of SnakeYAML Engine is used: its events are interpreted here, so no Java
 * object is ever constructed from the document.
 */
final class YamlDecoder {

    /** The YAML cannot be decoded; the message names the position as go-cty-yaml does. */
    static final class YamlException extends Exception {
        private static final long serialVersionUID = 1L;

        YamlException(String message) {
            super(message);
        }
    }

    /** Limit on the nodes produced, counting every alias expansion, against "billion laughs" documents. */
    private static final long MAX_NODES = 10_000_000L;
    /** Limit on nesting, which keeps the recursion here within the stack. */
    private static final int MAX_DEPTH = 1000;

    private final Iterator<Event> events;
    private final Map<String, Value> anchors = new HashMap<>();
    private final Map<String, Long> anchorSizes = new HashMap<>();
    private final Set<String> pending = new HashSet<>();
    private long nodes;
    private int depth;

    private YamlDecoder(String src) {
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
        this.events = new Parse(settings).parseString(src.isEmpty() ? "\n" : src).iterator();
    }

    static Value decode(String src) throws YamlException {
        YamlDecoder d = new YamlDecoder(src);
        Event e = d.next();
        if (e.getEventId() != Event.ID.StreamStart) {
            throw at(e, "missing stream start token");
        }
        e = d.next();
        if (e.getEventId() == Event.ID.StreamEnd) {
            return Value.NULL; // an empty document
        }
        if (e.getEventId() != Event.ID.DocumentStart) {
            throw at(e, "missing start of document");
        }
        Value v = d.node(d.next());
        e = d.next();
        if (e.getEventId() == Event.ID.DocumentStart) {
            throw at(e, "only a single document is allowed");
        }
        if (e.getEventId() != Event.ID.DocumentEnd) {
            throw at(e, "unexpected extra content (" + e.getEventId() + ") after value");
        }
        e = d.next();
        if (e.getEventId() == Event.ID.DocumentStart) {
            throw at(e, "only a single document is allowed");
        }
        if (e.getEventId() != Event.ID.StreamEnd) {
            throw at(e, "unexpected extra content after value");
        }
        return v;
    }

    private Event next() throws YamlException {
        try {
            return events.next();
        } catch (MarkedYamlEngineException ex) {
            Optional<Mark> mark = ex.getProblemMark().filter(m -> m.getLine() != 0)
                    .or(() -> ex.getContextMark().filter(m -> m.getLine() != 0));
            String problem = ex.getProblem() == null ? "invalid YAML syntax" : ex.getProblem();
            throw new YamlException(mark.map(m -> position(m) + problem).orElse(problem));
        } catch (YamlEngineException | java.util.NoSuchElementException ex) {
            throw new YamlException(ex.getMessage() == null ? "invalid YAML syntax" : ex.getMessage());
        }
    }

    private Value node(Event e) throws YamlException {
        if (++nodes > MAX_NODES) {
            throw new YamlException("yaml: document contains excessive aliasing");
        }
        switch (e.getEventId()) {
            case Scalar -> {
                ScalarEvent s = (ScalarEvent) e;
                Value v = scalar(s);
                Value result = v == YamlScalars.MERGE_KEY ? Value.string("<<") : v;
                anchor(s, result, 1);
                return result;
            }
            case Alias -> {
                return alias((AliasEvent) e);
            }
            case MappingStart, SequenceStart -> {
                if (++depth > MAX_DEPTH) {
                    throw at(e, "exceeded max depth");
                }
                try {
                    return e.getEventId() == Event.ID.MappingStart ? mapping((CollectionStartEvent) e)
                            : sequence((CollectionStartEvent) e);
                } finally {
                    depth--;
                }
            }
            case DocumentStart -> throw at(e, "only a single document is allowed");
            case StreamEnd -> throw at(e, "expecting value but found end of stream");
            default -> throw at(e, "unexpected parser event " + e.getEventId());
        }
    }

    private static Value scalar(ScalarEvent s) throws YamlException {
        try {
            boolean plain = s.getImplicit().canOmitTagInPlainScalar();
            return YamlScalars.resolve(s.getTag().filter(t -> !t.equals("!")).orElse(""), s.getValue(), plain);
        } catch (YamlScalars.ScalarException ex) {
            throw at(s, ex.getMessage());
        }
    }

    private Value mapping(CollectionStartEvent start) throws YamlException {
        String tag = start.getTag().orElse("");
        if (!tag.isEmpty() && !tag.equals("!") && !tag.equals(YamlScalars.MAP)) {
            throw at(start, "can't interpret mapping as " + tag);
        }
        String name = begin(start);
        long before = nodes;
        Map<String, Value> explicit = new LinkedHashMap<>();
        Map<String, Value> merged = new LinkedHashMap<>();
        for (Event k = next(); k.getEventId() != Event.ID.MappingEnd; k = next()) {
            if (!(k instanceof ScalarEvent key)) {
                throw at(k, "only strings are allowed as mapping keys");
            }
            Value kv = scalar(key);
            if (kv == YamlScalars.MERGE_KEY) {
                merge(key, node(next()), merged);
                continue;
            }
            if (kv.isNull()) {
                throw at(key, "mapping key cannot be null");
            }
            String keyText = kv.type() == Type.STRING ? kv.asString()
                    : kv.type() == Type.NUMBER ? Numbers.toText(kv.asNumber()) : String.valueOf(kv.asBool());
            explicit.put(keyText, node(next()));
        }
        merged.putAll(explicit);
        Value v = merged.isEmpty() ? Value.EMPTY_OBJECT : Value.object(merged);
        complete(name, v, nodes - before + 1);
        return v;
    }

    private static void merge(ScalarEvent key, Value from, Map<String, Value> into) throws YamlException {
        if (from.type() instanceof Type.ObjectType && !from.isNull()) {
            from.attributes().forEach(into::putIfAbsent);
            return;
        }
        if (from.type() instanceof Type.TupleType && !from.isNull()) {
            for (Value each : from.elements()) {
                if (!(each.type() instanceof Type.ObjectType) || each.isNull()) {
                    throw at(key, "cannot merge " + each.type().friendlyName() + " (from sequence) into mapping");
                }
                each.attributes().forEach(into::putIfAbsent);
            }
            return;
        }
        throw at(key, "cannot merge " + from.type().friendlyName() + " into mapping");
    }

    private Value sequence(CollectionStartEvent start) throws YamlException {
        String tag = start.getTag().orElse("");
        if (!tag.isEmpty() && !tag.equals("!") && !tag.equals(YamlScalars.SEQ)) {
            throw at(start, "can't interpret sequence as " + tag);
        }
        String name = begin(start);
        long before = nodes;
        List<Value> elements = new ArrayList<>();
        for (Event e = next(); e.getEventId() != Event.ID.SequenceEnd; e = next()) {
            elements.add(node(e));
        }
        Value v = elements.isEmpty() ? Value.EMPTY_TUPLE : Value.tuple(elements);
        complete(name, v, nodes - before + 1);
        return v;
    }

    private Value alias(AliasEvent e) throws YamlException {
        String name = e.getAlias().getValue();
        if (pending.contains(name)) {
            throw at(e, "cannot refer to anchor " + Quote.go(name) + " from inside its own definition");
        }
        Value v = anchors.get(name);
        if (v == null) {
            throw at(e, "reference to undefined anchor " + Quote.go(name));
        }
        nodes += anchorSizes.get(name);
        if (nodes > MAX_NODES) {
            throw new YamlException("yaml: document contains excessive aliasing");
        }
        return v;
    }

    private String begin(NodeEvent e) {
        String name = e.getAnchor().map(Anchor::getValue).orElse(null);
        if (name != null) {
            pending.add(name);
        }
        return name;
    }

    private void anchor(NodeEvent e, Value v, long size) {
        complete(e.getAnchor().map(Anchor::getValue).orElse(null), v, size);
    }

    private void complete(String name, Value v, long size) {
        if (name != null) {
            pending.remove(name);
            anchors.put(name, v);
            anchorSizes.put(name, size);
        }
    }

    /** An error at an event; like go-cty-yaml, positions on the first line (line 0) are not shown. */
    private static YamlException at(Event e, String message) {
        return new YamlException(e.getStartMark().filter(m -> m.getLine() != 0).map(m -> position(m) + message)
                .orElse(message));
    }

    /** go-cty-yaml's "on line L, column C: " with libyaml's zero-based line and one-based column. */
    private static String position(Mark m) {
        return "on line " + m.getLine() + ", column " + (m.getColumn() + 1) + ": ";
    }
}
