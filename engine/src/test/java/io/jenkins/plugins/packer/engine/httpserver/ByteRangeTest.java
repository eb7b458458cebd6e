package io.jenkins.plugins.packer.engine.httpserver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void forms() {
        assertThat(ByteRange.parse(null, 10).kind()).isEqualTo(ByteRange.Kind.NONE);
        assertThat(ByteRange.parse("bytes=0-0", 10).range()).isEqualTo(new ByteRange(0, 1));
        assertThat(ByteRange.parse("bytes=-20", 10).range()).isEqualTo(new ByteRange(0, 10));
        assertThat(ByteRange.parse("bytes=3-", 10).range().contentRange(10)).isEqualTo("bytes 3-9/10");
        assertThat(ByteRange.parse("items=0-1", 10).kind()).isEqualTo(ByteRange.Kind.INVALID);
        assertThat(ByteRange.parse("bytes=5-1", 10).kind()).isEqualTo(ByteRange.Kind.INVALID);
        assertThat(ByteRange.parse("bytes=x-1", 10).kind()).isEqualTo(ByteRange.Kind.INVALID);
        assertThat(ByteRange.parse("bytes=10-12", 10).kind()).isEqualTo(ByteRange.Kind.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=10-12, 1-2", 10).kind()).isEqualTo(ByteRange.Kind.SINGLE);
        assertThat(ByteRange.parse("bytes=0-1,3-4", 10).kind()).isEqualTo(ByteRange.Kind.MULTIPLE);
    }
}
