package io.jenkins.plugins.packer.engine.config;

import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single declaration of a component's configuration: a record whose components are the fields (names,
 * types, {@link Doc}, {@link Required}, {@link Default}, {@link Sensitive}). The schema derived from it
 * drives decoding of HCL and JSON bodies, validation, the reference docs and {@code init}.
 *
 * @param <R> the configuration record
 */
public final class ConfigSchema<R extends Record> {

    private static final Map<Class<?>, ConfigSchema<?>> CACHE = new ConcurrentHashMap<>();

    private final Class<R> type;
    private final Map<String, ConfigField> fields;
    private final List<Object> slots;
    private final String doc;

    /**
     * @param slots one per record component, in order: the {@link ConfigField} it takes its value from, or the
     *     {@link ConfigSchema} of a {@link Squash squashed} record built from the same field values
     */
    private ConfigSchema(Class<R> type, Map<String, ConfigField> fields, List<Object> slots, String doc) {
        this.type = type;
        this.fields = fields;
        this.slots = slots;
        this.doc = doc;
    }

    /** The schema of {@code type}; built once per class. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> ConfigSchema<R> of(Class<R> type) {
        ConfigSchema<?> cached = CACHE.get(type);
        if (cached == null) {
            cached = build(type);
            CACHE.putIfAbsent(type, cached);
        }
        return (ConfigSchema<R>) cached;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <R extends Record> ConfigSchema<R> build(Class<R> type) {
        Map<String, ConfigField> fields = new LinkedHashMap<>();
        List<Object> slots = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.isAnnotationPresent(Squash.class)) {
                if (!JavaTypes.isRecord(rc.getGenericType())) {
                    throw new IllegalArgumentException(type.getName() + "." + rc.getName()
                            + ": @Squash needs a record type");
                }
                ConfigSchema<?> embedded = of((Class) rc.getType());
                for (ConfigField f : embedded.fields()) {
                    if (fields.put(f.name(), f) != null) {
                        throw new IllegalArgumentException(type.getName() + " declares field " + f.name() + " twice");
                    }
                }
                slots.add(embedded);
                continue;
            }
            Name n = rc.getAnnotation(Name.class);
            String name = n != null ? n.value() : JavaTypes.snakeCase(rc.getName());
            Doc d = rc.getAnnotation(Doc.class);
            Default def = rc.getAnnotation(Default.class);
            boolean required = rc.isAnnotationPresent(Required.class);
            boolean sensitive = rc.isAnnotationPresent(Sensitive.class);
            java.lang.reflect.Type jt = rc.getGenericType();
            ConfigField field;
            Class<?> listElement = JavaTypes.recordListElement(jt);
            if (JavaTypes.isRecord(jt)) {
                field = new ConfigField(name, rc, FieldKind.BLOCK, null, of((Class) jt), required,
                        null, sensitive, d == null ? "" : d.value());
            } else if (listElement != null) {
                field = new ConfigField(name, rc, FieldKind.BLOCK_LIST, null, of((Class) listElement), required,
                        null, sensitive, d == null ? "" : d.value());
            } else {
                field = new ConfigField(name, rc, FieldKind.ATTRIBUTE, JavaTypes.hclType(jt), null, required,
                        def == null ? null : def.value(), sensitive, d == null ? "" : d.value());
            }
            if (fields.put(name, field) != null) {
                throw new IllegalArgumentException(type.getName() + " declares field " + name + " twice");
            }
            slots.add(field);
        }
        Doc typeDoc = type.getAnnotation(Doc.class);
        return new ConfigSchema<>(type, java.util.Collections.unmodifiableMap(fields), List.copyOf(slots),
                typeDoc == null ? "" : typeDoc.value());
    }

    public Class<R> type() {
        return type;
    }

    /**
     * Builds the record from field values by field name (a missing name gives null), squashed records
     * recursively from the same values.
     *
     * @throws IllegalStateException if the record's constructor rejects the values (a programming error)
     */
    public R construct(Map<String, ?> values) {
        RecordComponent[] rcs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            Object slot = slots.get(i);
            args[i] = slot instanceof ConfigSchema<?> embedded ? embedded.construct(values)
                    : values.get(((ConfigField) slot).name());
        }
        try {
            java.lang.reflect.Constructor<R> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("configuration " + type.getSimpleName() + " rejected its values",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct configuration " + type.getName(), e);
        }
    }

    /** The {@link Validated} parts of {@code record}: its squashed records (depth first), then itself. */
    public List<Validated> validatedParts(R record) {
        List<Validated> out = new ArrayList<>();
        collectValidated(record, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private void collectValidated(Object record, List<Validated> out) {
        RecordComponent[] rcs = type.getRecordComponents();
        for (int i = 0; i < rcs.length; i++) {
            if (slots.get(i) instanceof ConfigSchema<?> embedded) {
                try {
                    Object part = rcs[i].getAccessor().invoke(record);
                    if (part != null) {
                        ((ConfigSchema<Record>) embedded).collectValidated(part, out);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + rcs[i], e);
                }
            }
        }
        if (record instanceof Validated v) {
            out.add(v);
        }
    }

    /** Fields in declaration order, those of squashed records in place. */
    public List<ConfigField> fields() {
        return new ArrayList<>(fields.values());
    }

    public Optional<ConfigField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The component's own description ({@link Doc} on the record), or empty. */
    public String doc() {
        return doc;
    }

    /** The HCL body schema: attributes (required ones marked) and nested block types without labels. */
    public BodySchema bodySchema() {
        List<BodySchema.AttributeSchema> attrs = new ArrayList<>();
        List<BodySchema.BlockHeaderSchema> blocks = new ArrayList<>();
        for (ConfigField f : fields.values()) {
            if (f.kind() == FieldKind.ATTRIBUTE) {
                attrs.add(new BodySchema.AttributeSchema(f.name(), f.required()));
            } else {
                blocks.add(new BodySchema.BlockHeaderSchema(f.name(), List.of()));
            }
        }
        return new BodySchema(attrs, blocks);
    }
}
