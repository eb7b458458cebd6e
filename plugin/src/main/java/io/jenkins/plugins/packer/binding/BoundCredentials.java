package io.jenkins.plugins.packer.binding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a set of credential bindings produced for one step run: template variables, environment
 * variables, files, and every secret string (for masking). Names are unique across all bindings of a target.
 * Plain class; filled by {@link CredentialMapping}, read by the launch code.
 */
public final class BoundCredentials {

    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<SecretFile> files = new ArrayList<>();
    private final Set<String> secrets = new LinkedHashSet<>();
    private final Set<String> sensitiveVariables = new LinkedHashSet<>();

    /**
     * Binds a value.
     *
     * @param secret whether the value must be masked and the variable marked sensitive
     * @throws IllegalArgumentException for an invalid or already bound name
     */
    public void put(String name, BindingTarget target, String value, boolean secret) {
        claim(name, target);
        (target == BindingTarget.VARIABLE ? variables : environment).put(name, value);
        if (secret) {
            markSecret(value);
            if (target == BindingTarget.VARIABLE) {
                sensitiveVariables.add(name);
            }
        }
    }

    /** Binds a file; its content is secret, the variable will hold the file's path. */
    public void putFile(SecretFile file) {
        claim(file.name(), file.target());
        files.add(file);
    }

    /** Registers a string to mask without binding it (e.g. the lines of a private key). */
    public void markSecret(String value) {
        if (value != null && !value.isEmpty()) {
            secrets.add(value);
        }
    }

    private void claim(String name, BindingTarget target) {
        if (!target.accepts(name)) {
            throw new IllegalArgumentException("'" + name + "' is not " + target.nameRule());
        }
        boolean taken = target == BindingTarget.VARIABLE ? variables.containsKey(name) : environment.containsKey(name);
        for (SecretFile f : files) {
            taken |= f.target() == target && f.name().equals(name);
        }
        if (taken) {
            throw new IllegalArgumentException(
                    "the " + target.spelling() + " '" + name + "' is bound by more than one credential binding");
        }
    }

    /** Template variables (name to value), secret or not. */
    public Map<String, String> variables() {
        return Collections.unmodifiableMap(variables);
    }

    /** Environment variables for the engine process. */
    public Map<String, String> environment() {
        return Collections.unmodifiableMap(environment);
    }

    public List<SecretFile> files() {
        return Collections.unmodifiableList(files);
    }

    /** Every secret string bound, for the masking filter. */
    public Set<String> secrets() {
        return Collections.unmodifiableSet(secrets);
    }

    /** Names of template variables whose value is secret (file-path variables are not). */
    public Set<String> sensitiveVariables() {
        return Collections.unmodifiableSet(sensitiveVariables);
    }

    /** Names and counts only; never values. */
    @Override
    public String toString() {
        return "BoundCredentials[variables=" + variables.keySet() + ", environment=" + environment.keySet()
                + ", files=" + files.size() + "]";
    }
}
