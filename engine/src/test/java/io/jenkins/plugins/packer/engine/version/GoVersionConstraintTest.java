package io.jenkins.plugins.packer.engine.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GoVersionConstraintTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.16.0 | >= v1 | true",
        "1.16.0 | >= 1.9.0, < 2.0.0 | true",
        "1.16.0 | < 1.16 | false",
        "1.16.0 | = 1.16.0 | true",
        "1.16.0 | 1.16.0 | true",
        "1.16.0 | != 1.16.0 | false",
        "1.16.0 | ~> 1.2 | true",
        "1.16.0 | ~> 1.15.0 | false",
        "1.15.9 | ~> 1.15.0 | true",
        "2.0.0 | ~> 1.2 | false",
        "1.16.0 | > 1.16.0 | false",
        "1.16.0 | <= 1.16.0 | true",
        "101.0.0 | >= 101.0.0 | true",
        "1.16.0-beta1 | >= 1.0.0 | false",
        "1.16.0-beta1 | >= 1.16.0-alpha | true",
    })
    void matchesConstraintsAsGoVersionDoes(String version, String constraint, boolean expected) {
        assertThat(GoVersion.parse(version).satisfies(constraint)).isEqualTo(expected);
    }

    @Test
    void malformedConstraintIsAnError() {
        assertThatThrownBy(() -> GoVersion.parse("1.0.0").satisfies(">= banana"))
                .hasMessage("Malformed constraint: >= banana");
        assertThatThrownBy(() -> GoVersion.parse("x.y")).hasMessage("Malformed version: x.y");
    }
}
