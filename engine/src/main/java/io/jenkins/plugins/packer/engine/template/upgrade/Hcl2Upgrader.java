package io.jenkins.plugins.packer.engine.template.upgrade;

import io.jenkins.plugins.packer.engine.config.GoDuration;
import io.jenkins.plugins.packer.engine.hcl.write.HclFormatter;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyBuilder;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyPostProcessor;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyProvisioner;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplate;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyVariable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Packer's {@code hcl2_upgrade}: a legacy JSON template as an HCL2 file, block by block as Packer writes it —
 * {@code packer} (required version, required plugins of HashiCorp's known plugins), variables (those whose
 * default uses template calls become locals), generated {@code amazon-secretsmanager} and {@code amazon-ami}
 * data sources, locals, one source per builder, and a build with its provisioners and post-processors — each
 * block's Go-template calls transposed ({@link Transposer}), the whole formatted as hclwrite formats.
 */
public final class Hcl2Upgrader {

    /** The HashiCorp plugins Packer can name in {@code required_plugins}, by the type prefix of components. */
    static final Map<String, String> KNOWN_PLUGINS = new TreeMap<>(Map.of(
            "amazon", "github.com/hashicorp/amazon", "ansible", "github.com/hashicorp/ansible",
            "azure", "github.com/hashicorp/azure", "docker", "github.com/hashicorp/docker",
            "googlecompute", "github.com/hashicorp/googlecompute", "qemu", "github.com/hashicorp/qemu",
            "vagrant", "github.com/hashicorp/vagrant", "virtualbox", "github.com/hashicorp/virtualbox",
            "vmware", "github.com/hashicorp/vmware", "vsphere", "github.com/hashicorp/vsphere"));

    /** The AWS access settings an {@code amazon-ami} data source takes over from its builder. */
    private static final List<String> AWS_ACCESS_KEYS = List.of("access_key", "assume_role", "custom_endpoint_ec2",
            "shared_credentials_file", "decode_authorization_messages", "insecure_skip_tls_verify", "max_retries",
            "mfa_code", "profile", "region", "secret_key", "skip_metadata_api_check", "skip_credential_validation",
            "token", "vault_aws_engine", "aws_polling");

    /**
     * The upgrade's outcome.
     *
     * @param text the HCL2 blocks, formatted (the file is {@link #header} and this)
     * @param errors Packer's "Ignoring following ... error" messages; any makes the command exit 1
     */
    public record Result(byte[] text, List<String> errors) {
    }

    /** What starts the file with {@code -with-annotations}, written before anything is read. */
    public static String header() {
        return Annotations.FILE_HEADER;
    }

    private final LegacyTemplate template;
    private final String raw;
    private final boolean annotations;
    private final Set<String> providedBuilders;
    private final Transposer transposer = new Transposer();
    private final List<String> errors = new ArrayList<>();
    /** Builders sorted by type then name, with their (possibly rewritten) names and configurations. */
    private final List<Builder> builders = new ArrayList<>();

    private static final class Builder {
        final String type;
        String name;
        final Map<String, Object> config;

        Builder(LegacyBuilder b) {
            this.type = b.type();
            this.name = b.name();
            this.config = new LinkedHashMap<>(b.config());
        }
    }

    private Hcl2Upgrader(LegacyTemplate template, String raw, boolean annotations, Set<String> providedBuilders) {
        this.template = template;
        this.raw = raw;
        this.annotations = annotations;
        this.providedBuilders = providedBuilders;
    }

    /**
     * @param raw the template file's text (variables referenced but not declared are found in it)
     * @param providedBuilders the builder types this engine provides (others, unless of a known plugin, are
     *     reported as unknown, as Packer reports builders it lacks)
     */
    public static Result upgrade(LegacyTemplate template, String raw, boolean annotations,
            Set<String> providedBuilders) {
        return new Hcl2Upgrader(template, raw, annotations, providedBuilders).run();
    }

    private Result run() {
        StringBuilder out = new StringBuilder();
        String packer = packerBlock();
        Parts vars = variables();
        template.builders().values().stream()
                .sorted(Comparator.comparing((LegacyBuilder b) -> b.type() + b.name()))
                .forEach(b -> builders.add(new Builder(b)));
        String amis = amazonAmis();
        String sources = sources();
        String build = build();
        String secrets = secretDataSources();
        if (!packer.isEmpty()) {
            out.append(annotations ? Annotations.PACKER_BLOCK : "").append(packer);
        }
        if (!vars.variables().isEmpty()) {
            out.append(annotations ? Annotations.INPUT_VARIABLES : "").append(vars.variables());
        }
        if (!secrets.isEmpty()) {
            out.append(annotations ? Annotations.AMAZON_SECRETS : "").append(secrets);
        }
        if (!amis.isEmpty()) {
            out.append(annotations ? Annotations.AMAZON_AMI : "").append(amis);
        }
        locals(out, vars.locals());
        if (!sources.isEmpty()) {
            out.append(annotations ? Annotations.SOURCES : "").append(sources);
        }
        out.append(build);
        byte[] body = HclFormatter.format(out.toString().getBytes(StandardCharsets.UTF_8));
        return new Result(body, List.copyOf(errors));
    }

    private String packerBlock() {
        Set<String> plugins = new java.util.TreeSet<>();
        List<String> types = new ArrayList<>();
        template.builders().values().forEach(b -> types.add(b.type()));
        template.provisioners().forEach(p -> types.add(p.type()));
        template.postProcessors().forEach(chain -> chain.forEach(pp -> types.add(pp.type())));
        for (String t : types) {
            String prefix = knownPlugin(t);
            if (prefix != null) {
                plugins.add(KNOWN_PLUGINS.get(prefix));
            }
        }
        if (template.minVersion().isEmpty() && plugins.isEmpty()) {
            return "";
        }
        HclBody file = new HclBody();
        HclBody packer = file.block("packer");
        if (!template.minVersion().isEmpty()) {
            packer.attribute("required_version", ">= " + template.minVersion());
        }
        if (!plugins.isEmpty()) {
            HclBody required = packer.block("required_plugins");
            for (String p : plugins) {
                Map<String, Object> spec = new LinkedHashMap<>();
                spec.put("source", p);
                spec.put("version", "~> 1");
                required.attribute(p.replaceFirst("github\\.com/hashicorp/", ""), spec);
            }
        }
        return file.text();
    }

    /** The known plugin whose prefix starts {@code type}, or null. */
    static String knownPlugin(String type) {
        for (String prefix : KNOWN_PLUGINS.keySet()) {
            if (type.startsWith(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    private record Parts(String variables, String locals) {
    }

    /** Packer's VariableParser: variable blocks, and the locals of variables whose defaults use templates. */
    private Parts variables() {
        Map<String, LegacyVariable> all = new TreeMap<>(template.variables());
        for (String name : Transposer.referencedUserVariables(raw)) {
            all.putIfAbsent(name, new LegacyVariable(name, "", true, false, null));
        }
        StringBuilder variables = new StringBuilder();
        StringBuilder locals = new StringBuilder();
        HclBody localsFile = new HclBody().newline();
        HclBody localsBody = localsFile.block("locals");
        boolean hasLocals = false;
        for (LegacyVariable v : all.values()) {
            if (transposer.variableTranspose(v.defaultValue()).isLocal()) {
                if (v.sensitive()) {
                    HclBody file = new HclBody().newline();
                    file.block("local", v.name()).attribute("sensitive", true).attribute("expression",
                            v.defaultValue());
                    transposer.locals.add(v.name());
                    locals.append(transposer.transpose(file.text()));
                } else {
                    localsBody.attribute(v.name(), v.defaultValue());
                    transposer.locals.add(v.name());
                    hasLocals = true;
                }
                continue;
            }
            HclBody file = new HclBody().newline();
            HclBody body = file.block("variable", v.name()).raw("type", "string");
            if (!v.defaultValue().isEmpty() || !v.required()) {
                body.attribute("default", v.defaultValue());
            }
            if (v.sensitive()) {
                body.attribute("sensitive", true);
            }
            variables.append(transposer.variableTranspose(file.text()).body());
        }
        if (hasLocals) {
            locals.append(transposer.transpose(localsFile.text()));
        }
        return new Parts(variables.toString(), locals.toString());
    }

    /** Packer's LocalsParser output: the timestamp local, notes on legacy time functions, the locals. */
    private void locals(StringBuilder out, String locals) {
        if (transposer.timestamp) {
            out.append('\n');
            if (annotations) {
                out.append("# \"timestamp\" template function replacement\n");
            }
            out.append("locals { timestamp = regex_replace(timestamp(), \"[- TZ:]\", \"\") }\n");
        }
        if (transposer.isotime) {
            out.append("# The \"legacy_isotime\" function has been provided for backwards compatability, but we "
                    + "recommend switching to the timestamp and formatdate functions.\n");
        }
        if (transposer.strftime) {
            out.append("# The \"legacy_strftime\" function has been provided for backwards compatability, but we "
                    + "recommend switching to the timestamp and formatdate functions.\n");
        }
        if (!locals.isEmpty()) {
            out.append(annotations ? Annotations.LOCALS : "").append(locals);
        }
    }

    /** An {@code amazon-ami} data source per distinct {@code source_ami_filter} of an amazon builder. */
    private String amazonAmis() {
        List<Map<String, Object>> filters = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (Builder b : builders) {
            if (!b.type.startsWith("amazon-") || !b.config.containsKey("source_ami_filter")) {
                continue;
            }
            if (!(b.config.get("source_ami_filter") instanceof Map<?, ?> filter)) {
                errors.add("Ignoring following amazonAmiDatasource.Parse error: Failed to write amazon-ami data "
                        + "source: 'source_ami_filter' expected a map");
                return out.toString();
            }
            Map<String, Object> cfg = new LinkedHashMap<>();
            filter.forEach((k, v) -> cfg.put(String.valueOf(k), v));
            for (String key : AWS_ACCESS_KEYS) {
                if (b.config.containsKey(key)) {
                    cfg.put(key, b.config.get(key));
                }
            }
            int existing = filters.indexOf(cfg);
            String name = "autogenerated_" + (existing >= 0 ? existing + 1 : filters.size() + 1);
            b.config.remove("source_ami_filter");
            b.config.put("source_ami", "{{ data `amazon-ami." + name + ".id` }}");
            if (existing >= 0) {
                continue;
            }
            filters.add(cfg);
            HclBody file = new HclBody().newline();
            JsonToHcl.write(file.block("data", "amazon-ami", name), cfg);
            out.append(transposer.transpose(file.text()));
        }
        return out.toString();
    }

    private String sources() {
        StringBuilder out = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < builders.size(); i++) {
            Builder b = builders.get(i);
            if (!providedBuilders.contains(b.type) && knownPlugin(b.type) == null) {
                unknown.add(b.type);
            }
            if (b.name.isEmpty() || b.name.equals(b.type)) {
                b.name = "autogenerated_" + (i + 1);
            }
            b.name = b.name.strip().replace(" ", "_");
            HclBody file = new HclBody().newline();
            JsonToHcl.write(file.block("source", b.type, b.name), b.config);
            out.append(transposer.transpose(file.text()));
        }
        if (!unknown.isEmpty()) {
            errors.add("Ignoring following sources.Parse error: unknown builder type(s): [" + String.join(" ", unknown)
                    + "]\n");
        }
        return out.toString();
    }

    private String build() {
        if (builders.isEmpty()) {
            return "";
        }
        HclBody head = new HclBody();
        if (!template.description().isEmpty()) {
            head.attribute("description", template.description()).newline();
        }
        List<Object> refs = new ArrayList<>();
        builders.forEach(b -> refs.add("source." + b.type + "." + b.name));
        head.attribute("sources", refs).newline();
        StringBuilder out = new StringBuilder(annotations ? Annotations.BUILD : "\n").append("build {\n")
                .append(head.text());
        for (LegacyProvisioner p : template.provisioners()) {
            out.append(transposer.transpose(provisioner("provisioner", p)));
        }
        if (template.cleanupProvisioner() != null) {
            out.append(transposer.transpose(provisioner("error-cleanup-provisioner", template.cleanupProvisioner())));
        }
        for (List<LegacyPostProcessor> chain : template.postProcessors()) {
            if (chain.isEmpty()) {
                continue;
            }
            HclBody file = new HclBody();
            HclBody body = chain.size() == 1 ? file : file.block("post-processors");
            for (LegacyPostProcessor pp : chain) {
                HclBody ppBody = body.block("post-processor", pp.type());
                if (pp.keepInputArtifact() != null) {
                    ppBody.attribute("keep_input_artifact", pp.keepInputArtifact());
                }
                Map<String, Object> cfg = new LinkedHashMap<>(pp.config());
                putList(cfg, "except", pp.onlyExcept().except());
                putList(cfg, "only", pp.onlyExcept().only());
                if (!pp.name().isEmpty() && !pp.name().equals(pp.type())) {
                    cfg.put("name", pp.name());
                }
                JsonToHcl.write(ppBody, cfg);
            }
            out.append(transposer.transpose(file.text()));
        }
        return out.append("}\n").toString();
    }

    private static String provisioner(String blockType, LegacyProvisioner p) {
        HclBody file = new HclBody();
        HclBody block = file.block(blockType, p.type());
        Map<String, Object> cfg = new LinkedHashMap<>(p.config());
        putList(cfg, "except", p.onlyExcept().except());
        putList(cfg, "only", p.onlyExcept().only());
        if (!p.maxRetries().isEmpty()) {
            cfg.put("max_retries", p.maxRetries());
        }
        if (p.timeout().compareTo(Duration.ZERO) > 0) {
            cfg.put("timeout", GoDuration.format(p.timeout()));
        }
        if (p.pauseBefore().compareTo(Duration.ZERO) > 0) {
            cfg.put("pause_before", GoDuration.format(p.pauseBefore()));
        }
        file.newline();
        JsonToHcl.write(block, cfg);
        return file.text();
    }

    private static void putList(Map<String, Object> cfg, String key, List<String> values) {
        if (!values.isEmpty()) {
            cfg.put(key, new ArrayList<Object>(values));
        }
    }

    /** The {@code amazon-secretsmanager} data sources the transposed calls asked for. */
    private String secretDataSources() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Map<String, String>> e : new TreeMap<>(transposer.secrets).entrySet()) {
            HclBody file = new HclBody().newline();
            JsonToHcl.write(file.block("data", "amazon-secretsmanager", e.getKey()), e.getValue());
            out.append(file.text());
        }
        return out.toString();
    }
}
