package io.jenkins.plugins.packer.engine.config;

/** Renders a configuration declaration as a Markdown reference table, for docs/ and {@code init}. */
public final class ConfigDocs {

    private ConfigDocs() {
    }

    public static String markdown(ConfigSchema<?> schema) {
        StringBuilder sb = new StringBuilder();
        if (!schema.doc().isEmpty()) {
            sb.append(schema.doc()).append("\n\n");
        }
        sb.append("| field | type | default | description |\n|---|---|---|---|\n");
        for (ConfigField f : schema.fields()) {
            String def = f.required() ? "**required**" : f.defaultText() == null ? "" : "`" + f.defaultText() + "`";
            String doc = f.doc().replace("|", "\\|").replace("\n", " ");
            if (f.sensitive()) {
                doc = (doc + " Sensitive: masked in all output.").trim();
            }
            sb.append("| `").append(f.name()).append("` | ").append(f.typeLabel()).append(" | ").append(def)
                    .append(" | ").append(doc).append(" |\n");
        }
        for (ConfigField f : schema.fields()) {
            if (f.nested() != null) {
                sb.append("\n#### `").append(f.name()).append("` block\n\n").append(markdown(f.nested()));
            }
        }
        return sb.toString();
    }
}
