package io.jenkins.plugins.packer.engine.communicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StartRetryTest {

    private final List<String> said = new ArrayList<>();

    @Test
    void retriesRetryableFailuresOncePerSecondUntilSuccess() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        long start = System.nanoTime();
        String result = StartRetry.retry(Duration.ofSeconds(10), said::add, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new CommunicatorException("connection refused", true, null);
            }
            return "ok";
        });
        long ms = (System.nanoTime() - start) / 1_000_000L;
        assertThat(result).isEqualTo("ok");
        assertThat(calls.get()).isEqualTo(3);
        assertThat(ms).isBetween(1900L, 5000L);
        // the same reason twice is said once
        assertThat(said).containsExactly("Retrying: connection refused");
    }

    @Test
    void permanentFailureIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> StartRetry.retry(Duration.ofSeconds(10), said::add, () -> {
            calls.incrementAndGet();
            throw new CommunicatorException("host key changed");
        })).hasMessage("host key changed");
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void givesUpAtTheDeadlineWithTheLastReason() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> StartRetry.retry(Duration.ofMillis(1500), said::add, () -> {
            throw new CommunicatorException("attempt " + calls.incrementAndGet(), true, null);
        })).isInstanceOf(CommunicatorException.class)
                .hasMessage("gave up after 1.5s (start_retry_timeout); last error: attempt " + calls.get());
        assertThat(calls.get()).isBetween(2, 3);
        assertThat(said).hasSize(calls.get());
    }
}
