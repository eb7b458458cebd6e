package io.jenkins.plugins.packer.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialMappingTest {

    @Test
    void usernamePasswordBindsBothAndMasksOnlyThePasswordUnlessTheUsernameIsSecret() {
        BoundCredentials b = new BoundCredentials();
        CredentialMapping.usernamePassword(b, BindingTarget.VARIABLE, "ssh_username", "ssh_password", "packer",
                "s3cr3t-pw", false);
        assertThat(b.variables()).containsEntry("ssh_username", "packer").containsEntry("ssh_password", "s3cr3t-pw");
        assertThat(b.secrets()).containsExactly("s3cr3t-pw");
        assertThat(b.sensitiveVariables()).containsExactly("ssh_password");

        BoundCredentials secretUser = new BoundCredentials();
        CredentialMapping.usernamePassword(secretUser, BindingTarget.ENVIRONMENT, "USER", "PASS", "svc-admin",
                "pw-123456", true);
        assertThat(secretUser.environment()).containsEntry("USER", "svc-admin");
        assertThat(secretUser.secrets()).containsExactlyInAnyOrder("svc-admin", "pw-123456");
        assertThat(secretUser.variables()).isEmpty();
    }

    @Test
    void usernameWithoutVariableIsStillMaskedWhenSecret() {
        BoundCredentials b = new BoundCredentials();
        CredentialMapping.usernamePassword(b, BindingTarget.VARIABLE, null, "pw", "hidden-user", "password1", true);
        assertThat(b.variables()).containsOnlyKeys("pw");
        assertThat(b.secrets()).contains("hidden-user");
    }

    @Test
    void sshKeyGoesToAFileAndItsBodyLinesAreMasked() {
        String key = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                + "QyNTUxOQAAACBexample0000000000000000000000000000000000000000000000\n"
                + "-----END OPENSSH PRIVATE KEY-----";
        BoundCredentials b = new BoundCredentials();
        CredentialMapping.sshUserPrivateKey(b, BindingTarget.VARIABLE, "ssh_private_key_file", "ssh_username",
                "ssh_key_passphrase", "ubuntu", List.of(key), "phrase-42");
        assertThat(b.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("ssh_private_key_file");
            assertThat(f.suffix()).isEqualTo(".key");
            assertThat(new String(f.content(), StandardCharsets.UTF_8)).isEqualTo(key + "\n");
            assertThat(f.toString()).doesNotContain("OPENSSH");
        });
        assertThat(b.variables()).containsEntry("ssh_username", "ubuntu").containsEntry("ssh_key_passphrase",
                "phrase-42");
        assertThat(b.secrets()).contains("phrase-42",
                "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")
                .noneMatch(s -> s.startsWith("-----"));
    }

    @Test
    void sshKeyWithoutPassphraseVariableStillMasksThePassphrase() {
        BoundCredentials b = new BoundCredentials();
        CredentialMapping.sshUserPrivateKey(b, BindingTarget.ENVIRONMENT, "KEY", null, null, "u",
                List.of("short"), "the-passphrase");
        assertThat(b.secrets()).contains("the-passphrase");
        assertThat(b.environment()).isEmpty();
        assertThat(b.files()).hasSize(1);
    }

    @Test
    void stringFileAndAws() {
        BoundCredentials b = new BoundCredentials();
        CredentialMapping.string(b, BindingTarget.ENVIRONMENT, "VSPHERE_PASSWORD", "vs-pass");
        CredentialMapping.file(b, BindingTarget.VARIABLE, "account_file", "gcp-account.JSON",
                "{\"k\":1}".getBytes(StandardCharsets.UTF_8));
        CredentialMapping.aws(b, BindingTarget.ENVIRONMENT, "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                "AWS_SESSION_TOKEN", "AKIAEXAMPLE", "wJalrXUtnFEMI", "token-abc");
        assertThat(b.environment()).containsEntry("VSPHERE_PASSWORD", "vs-pass")
                .containsEntry("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE").containsEntry("AWS_SESSION_TOKEN", "token-abc");
        assertThat(b.files()).singleElement().satisfies(f -> assertThat(f.suffix()).isEqualTo(".json"));
        assertThat(b.secrets()).contains("vs-pass", "AKIAEXAMPLE", "wJalrXUtnFEMI", "token-abc", "{\"k\":1}");
    }

    @Test
    void awsWithoutSessionTokenBindsNoTokenVariable() {
        BoundCredentials b = new BoundCredentials();
        CredentialMapping.aws(b, BindingTarget.ENVIRONMENT, "A", "S", "T", "ak", "sk-value", null);
        assertThat(b.environment()).containsOnlyKeys("A", "S");
    }

    @Test
    void requiredNamesAndDuplicatesAreRefused() {
        BoundCredentials b = new BoundCredentials();
        assertThatThrownBy(() -> CredentialMapping.string(b, BindingTarget.VARIABLE, " ", "x"))
                .hasMessage("variable is required");
        CredentialMapping.string(b, BindingTarget.VARIABLE, "token", "value-1");
        assertThatThrownBy(() -> CredentialMapping.file(b, BindingTarget.VARIABLE, "token", "f", new byte[1]))
                .hasMessageContaining("'token' is bound by more than one");
        // the same name for an environment variable is a different binding
        CredentialMapping.string(b, BindingTarget.ENVIRONMENT, "token", "value-2");
        assertThatThrownBy(() -> CredentialMapping.string(b, BindingTarget.ENVIRONMENT, "my-var", "v"))
                .hasMessageContaining("is not an environment variable name");
    }

    @Test
    void suffixOfKeepsOnlySimpleExtensions() {
        assertThat(CredentialMapping.suffixOf("key.PEM")).isEqualTo(".pem");
        assertThat(CredentialMapping.suffixOf("../../etc/passwd")).isEqualTo(".secret");
        assertThat(CredentialMapping.suffixOf("noext")).isEqualTo(".secret");
        assertThat(CredentialMapping.suffixOf(null)).isEqualTo(".secret");
    }

    @Test
    void bindingTargetParsesUserSpellings() {
        assertThat(BindingTarget.parse(null)).isEqualTo(BindingTarget.VARIABLE);
        assertThat(BindingTarget.parse(" ENV ")).isEqualTo(BindingTarget.ENVIRONMENT);
        assertThat(BindingTarget.parse("variable")).isEqualTo(BindingTarget.VARIABLE);
        assertThatThrownBy(() -> BindingTarget.parse("file")).hasMessageContaining("'variable' or 'environment'");
        assertThat(BindingTarget.VARIABLE.accepts("ami-name_1")).isTrue();
        assertThat(BindingTarget.ENVIRONMENT.accepts("ami-name")).isFalse();
        assertThat(BindingTarget.VARIABLE.accepts("1abc")).isFalse();
    }

    @Test
    void toStringNeverShowsValues() {
        BoundCredentials b = new BoundCredentials();
        CredentialMapping.string(b, BindingTarget.VARIABLE, "api_token", "tok-very-secret");
        assertThat(b.toString()).contains("api_token").doesNotContain("tok-very-secret");
    }
}
