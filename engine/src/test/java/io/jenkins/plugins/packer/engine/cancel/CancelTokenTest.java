package io.jenkins.plugins.packer.engine.cancel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CancelTokenTest {

    @Test
    void actionsRunOnceMostRecentFirstAndClosedRegistrationsNever() {
        CancelToken token = CancelToken.create();
        List<String> ran = new ArrayList<>();
        token.onCancel(() -> ran.add("first"));
        Registration r = token.onCancel(() -> ran.add("closed"));
        token.onCancel(() -> ran.add("last"));
        r.close();
        token.cancel();
        token.cancel();
        assertThat(ran).containsExactly("last", "first");
        token.onCancel(() -> ran.add("late"));
        assertThat(ran).endsWith("late");
        assertThatThrownBy(token::throwIfCancelled).isInstanceOf(CancelledException.class)
                .hasMessage("Build was cancelled.");
    }

    @Test
    void childrenFollowTheParentButNotTheOtherWayRound() {
        CancelToken parent = CancelToken.create();
        CancelToken a = parent.child();
        CancelToken b = parent.child();
        a.cancel();
        assertThat(parent.isCancelled()).isFalse();
        assertThat(b.isCancelled()).isFalse();
        parent.cancel();
        assertThat(b.isCancelled()).isTrue();
    }

    @Test
    void awaitIsACancellableSleep() throws Exception {
        CancelToken token = CancelToken.create();
        assertThat(token.await(Duration.ofMillis(50))).isFalse();
        new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            token.cancel();
        }).start();
        assertThat(token.await(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void aFailingActionDoesNotStopTheOthers() {
        CancelToken token = CancelToken.create();
        List<Throwable> failures = new ArrayList<>();
        token.onActionFailure(failures::add);
        List<String> ran = new ArrayList<>();
        token.onCancel(() -> ran.add("ok"));
        token.onCancel(() -> {
            throw new IllegalStateException("broken");
        });
        token.cancel();
        assertThat(ran).containsExactly("ok");
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("broken");
    }

    @Test
    void forcedKillReachesProcessesOfChildTokens() throws Exception {
        CancelToken root = CancelToken.create();
        Process p = new ProcessBuilder("sleep", "60").start();
        root.child().destroyOnCancel(p);
        root.destroyProcessesForcibly();
        assertThat(p.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }
}
