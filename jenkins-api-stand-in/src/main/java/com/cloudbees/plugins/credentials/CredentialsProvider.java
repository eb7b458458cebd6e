package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Run;
import hudson.security.Permission;
import java.util.List;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/plugins/credentials/CredentialsProvider.java} of jenkinsci/credentials-plugin (line bundled by bom-2.516.x).
 * Upstream it extends Descriptor<CredentialsProvider> and implements ExtensionPoint, Describable and IconSpec
 * (omitted: not used). Only USE_ITEM (its upstream initializer creates the permission), findCredentialById with
 * a domain-requirement list (present since 1.16; it does not record usage) and track.
 * Compile-only; never packaged.
 */
public abstract class CredentialsProvider {
    public static final Permission USE_ITEM = null;

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(@NonNull String id, @NonNull Class<C> type,
            @NonNull Run<?, ?> run, @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("stand-in");
    }

    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Run build, @CheckForNull C credentials) {
        throw new UnsupportedOperationException("stand-in");
    }
}
