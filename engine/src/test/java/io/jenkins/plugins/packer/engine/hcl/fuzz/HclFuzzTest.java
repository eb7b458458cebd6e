package io.jenkins.plugins.packer.engine.hcl.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jenkins.plugins.packer.engine.hcl.fuzz.ParseEvaluate.Mode;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer fuzz tests of parsing and evaluating HCL: native syntax files, expressions and templates, and JSON
 * syntax files and expressions. The property checked: nothing escapes as an exception or error, and no
 * internal error is caught and reported as a diagnostic ({@link ParseEvaluate}).
 *
 * <p>In a normal build ({@code mvn verify}) each method runs once per seed input in
 * {@code src/test/resources/io/jenkins/plugins/packer/engine/hcl/fuzz/HclFuzzTestInputs/<method>/}
 * (regression mode). To fuzz one method with coverage guidance (here for 10 minutes; without
 * {@code JAZZER_MAX_DURATION} the default of {@code @FuzzTest} is 5 minutes):
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -B -pl engine test -Dtest='HclFuzzTest#nativeFile' \
 *     -Djunit.jupiter.execution.timeout.mode=disabled
 * </pre>
 *
 * <p>The last flag keeps JUnit from timing out the whole fuzzing run (jazzer issue 930); the {@code @Timeout}
 * still applies to each input.
 *
 * <p>An input running longer than the {@code @Timeout} (10 seconds) is a finding too (a hang). One method is
 * fuzzed per run. A crash is saved as a new input under
 * {@code src/test/resources/.../HclFuzzTestInputs/<method>/}; fix the bug and keep the file, so the
 * regression run checks it from then on. Jazzer's generated corpus goes to {@code .cifuzz-corpus/} (ignored).
 */
class HclFuzzTest {

    @FuzzTest
    @Timeout(10)
    void nativeFile(byte[] input) {
        ParseEvaluate.run(Mode.NATIVE_FILE, input);
    }

    @FuzzTest
    @Timeout(10)
    void nativeExpression(byte[] input) {
        ParseEvaluate.run(Mode.NATIVE_EXPRESSION, input);
    }

    @FuzzTest
    @Timeout(10)
    void nativeTemplate(byte[] input) {
        ParseEvaluate.run(Mode.NATIVE_TEMPLATE, input);
    }

    @FuzzTest
    @Timeout(10)
    void jsonFile(byte[] input) {
        ParseEvaluate.run(Mode.JSON_FILE, input);
    }

    @FuzzTest
    @Timeout(10)
    void jsonExpression(byte[] input) {
        ParseEvaluate.run(Mode.JSON_EXPRESSION, input);
    }
}
