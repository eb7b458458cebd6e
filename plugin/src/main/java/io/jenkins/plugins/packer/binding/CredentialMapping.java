package io.jenkins.plugins.packer.binding;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * How each kind of credential becomes variables: the plain half of the credential bindings. The Jenkins half
 * ({@code io.jenkins.plugins.packer.PackerCredentialBinding} subclasses) looks the credential up, tracks its use,
 * extracts the values and calls one of these methods. Optional names may be {@code null} or blank (not bound).
 */
public final class CredentialMapping {

    /** Lines of a private key shorter than this are not registered for masking (headers, blank lines). */
    private static final int MIN_KEY_LINE = 16;

    private CredentialMapping() {
    }

    /** Username (secret only when the credential says so) and password. */
    public static void usernamePassword(BoundCredentials into, BindingTarget target, String usernameVariable,
            String passwordVariable, String username, String password, boolean usernameSecret) {
        required(passwordVariable, "passwordVariable");
        if (present(usernameVariable)) {
            into.put(usernameVariable, target, username, usernameSecret);
        } else if (usernameSecret) {
            into.markSecret(username);
        }
        into.put(passwordVariable, target, password, true);
    }

    /** A secret text. */
    public static void string(BoundCredentials into, BindingTarget target, String variable, String secret) {
        required(variable, "variable");
        into.put(variable, target, secret, true);
    }

    /** A secret file: written to a private temporary file whose path the variable receives. */
    public static void file(BoundCredentials into, BindingTarget target, String variable, String fileName,
            byte[] content) {
        required(variable, "variable");
        into.putFile(new SecretFile(variable, target, suffixOf(fileName), content));
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.contains("\n") && !text.contains("\uFFFD")) {
            into.markSecret(text.strip());
        }
    }

    /**
     * An SSH user with private key(s): the keys go to a private file (OpenSSH format, one after the other),
     * the username and passphrase to variables. Every long line of the keys is registered for masking.
     */
    public static void sshUserPrivateKey(BoundCredentials into, BindingTarget target, String keyFileVariable,
            String usernameVariable, String passphraseVariable, String username, List<String> privateKeys,
            String passphrase) {
        required(keyFileVariable, "keyFileVariable");
        StringBuilder keys = new StringBuilder();
        for (String key : privateKeys) {
            keys.append(key);
            if (!key.endsWith("\n")) {
                keys.append('\n');
            }
            for (String line : key.split("\\R")) {
                String l = line.strip();
                if (l.length() >= MIN_KEY_LINE && !l.startsWith("-----")) {
                    into.markSecret(l);
                }
            }
        }
        into.putFile(new SecretFile(keyFileVariable, target, ".key", keys.toString().getBytes(StandardCharsets.UTF_8)));
        if (present(usernameVariable)) {
            into.put(usernameVariable, target, username, false);
        }
        if (present(passphraseVariable)) {
            into.put(passphraseVariable, target, passphrase == null ? "" : passphrase, true);
        } else if (passphrase != null) {
            into.markSecret(passphrase);
        }
    }

    /** AWS access key, secret key and (for temporary credentials) session token; all three are masked. */
    public static void aws(BoundCredentials into, BindingTarget target, String accessKeyVariable,
            String secretKeyVariable, String sessionTokenVariable, String accessKey, String secretKey,
            String sessionToken) {
        required(accessKeyVariable, "accessKeyVariable");
        required(secretKeyVariable, "secretKeyVariable");
        into.put(accessKeyVariable, target, accessKey, true);
        into.put(secretKeyVariable, target, secretKey, true);
        if (sessionToken != null && !sessionToken.isEmpty()) {
            if (present(sessionTokenVariable)) {
                into.put(sessionTokenVariable, target, sessionToken, true);
            } else {
                into.markSecret(sessionToken);
            }
        }
    }

    /** A safe file suffix from a credential's file name: its extension if simple, else {@code .secret}. */
    static String suffixOf(String fileName) {
        if (fileName == null) {
            return ".secret";
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,10}") ? ext : ".secret";
    }

    private static boolean present(String name) {
        return name != null && !name.isBlank();
    }

    private static void required(String name, String field) {
        if (!present(name)) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
