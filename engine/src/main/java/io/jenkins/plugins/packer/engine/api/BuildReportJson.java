package io.jenkins.plugins.packer.engine.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Reads and writes {@link BuildReport} JSON: snake_case names, times as ISO-8601 UTC strings
 * ({@code 2026-05-08T20:43:45.123Z}), pretty-printed, unknown fields ignored on reading (so a reader accepts
 * reports with fields added later), a newer {@code schema_version} refused.
 */
public final class BuildReportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("instants")
                    .addSerializer(Instant.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(Instant value, JsonGenerator gen, SerializerProvider p)
                                throws IOException {
                            gen.writeString(value.toString());
                        }
                    })
                    .addDeserializer(Instant.class, new JsonDeserializer<>() {
                        @Override
                        public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                            return Instant.parse(p.getValueAsString());
                        }
                    }))
            .build();

    private BuildReportJson() {
    }

    public static BuildReport read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Parses a report; throws {@link IOException} for malformed JSON or an unsupported schema version. */
    public static BuildReport read(InputStream in) throws IOException {
        BuildReport report = MAPPER.readValue(in, BuildReport.class);
        if (report.schemaVersion() < 1 || report.schemaVersion() > BuildReport.SCHEMA_VERSION) {
            throw new IOException("unsupported build report schema_version " + report.schemaVersion()
                    + "; this engine reads version " + BuildReport.SCHEMA_VERSION);
        }
        return report;
    }

    public static String toJson(BuildReport report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize the build report", e);
        }
    }

    public static void write(BuildReport report, OutputStream out) throws IOException {
        out.write(toJson(report).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
