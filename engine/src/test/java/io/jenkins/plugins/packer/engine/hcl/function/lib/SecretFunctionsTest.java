package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.assertCallFails;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.nullString;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretFunctionsTest {

    private final Map<String, Function> lib = SecretFunctions.all();

    @Test
    void declaresPackersParameters() {
        assertThat(lib.get("aws_secretsmanager").parameters()).extracting(Parameter::name).containsExactly("name", "key");
        assertThat(lib.get("aws_secretsmanager_raw").parameters()).extracting(Parameter::name).containsExactly("name");
        assertThat(lib.get("consul_key").parameters()).extracting(Parameter::name).containsExactly("key");
        assertThat(lib.get("vault").parameters()).extracting(Parameter::name).containsExactly("path", "key");
    }

    @Test
    void callsFailSayingTheEngineDoesNotSupportThemYet() {
        assertCallFails(lib, "vault", str("/secret/data/hello"), str("foo"))
                .hasMessageStartingWith("the vault function is not supported by this engine yet: it would read from "
                        + "HashiCorp Vault");
        assertCallFails(lib, "consul_key", str("my/key")).hasMessageContaining("Consul");
        assertCallFails(lib, "aws_secretsmanager", str("name"), nullString())
                .hasMessageContaining("aws_secretsmanager function is not supported");
        assertCallFails(lib, "aws_secretsmanager_raw", str("name")).hasMessageContaining("AWS Secrets Manager");
    }

    @Test
    void argumentsAreCheckedAndUnknownsStayUnknown() throws Exception {
        assertCallFails(lib, "vault", str("a")).hasMessage("wrong number of arguments (2 required; 1 given)");
        assertCallFails(lib, "consul_key", nullString()).hasMessage("argument must not be null");
        assertThat(call(lib, "vault", Value.unknown(Type.STRING), str("k"))).isEqualTo(Value.unknown(Type.STRING));
    }
}
