package io.jenkins.plugins.packer.engine.config;

import io.jenkins.plugins.packer.engine.hcl.value.Type;
import java.lang.reflect.RecordComponent;

/**
 * One declared configuration field: its template name, how it appears ({@link FieldKind}), its HCL type
 * (attributes) or nested schema (blocks), and its documentation.
 */
public record ConfigField(
        String name,
        RecordComponent component,
        FieldKind kind,
        Type hclType,
        ConfigSchema<?> nested,
        boolean required,
        String defaultText,
        boolean sensitive,
        String doc) {

    /** The Java type of the record component (generic form). */
    public java.lang.reflect.Type javaType() {
        return component.getGenericType();
    }

    /** The type as the docs show it: {@code string}, {@code list(string)}, {@code block}, {@code list of blocks}. */
    public String typeLabel() {
        return switch (kind) {
            case ATTRIBUTE -> JavaTypes.isDuration(component.getGenericType()) ? "duration" : hclType.toString();
            case BLOCK -> "block";
            case BLOCK_LIST -> "blocks";
        };
    }
}
