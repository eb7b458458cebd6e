package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Run;
import hudson.security.Permission;
import java.util.List;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/plugins/credentials/CredentialsProvider.java} of
 * jenkinsci/credentials-plugin (line bundled by bom-2.516.x). Extends Descriptor<CredentialsProvider> and implements
 * ExtensionPoint and Describable as upstream (IconSpec is omitted). Only USE_ITEM (its upstream initializer creates
 * the permission), findCredentialById with a domain-requirement list (present since 1.16; it does not record usage)
 * and track.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/credentials-plugin@2daaf47dde3d (index id 757030131): FIXED &mdash; class declaration now extends
 * Descriptor&lt;CredentialsProvider&gt; implements ExtensionPoint, Describable&lt;CredentialsProvider&gt; (IconSpec
 * still omitted); USE_ITEM ({@code @since} 1.16), findCredentialById(String, Class&lt;C&gt;, Run&lt;?,?&gt;,
 * {@code @Nullable} List&lt;DomainRequirement&gt;) ({@code @since} 1.16), track({@code @NonNull} Run,
 * {@code @CheckForNull} C) ({@code @since} 2.1.1) ok; newest upstream also has a 3-argument findCredentialById
 * ({@code @since} TODO), not used.
 * Compile-only; never packaged.
 */
public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider> {
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
