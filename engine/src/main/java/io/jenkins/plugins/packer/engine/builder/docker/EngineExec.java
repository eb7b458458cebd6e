package io.jenkins.plugins.packer.engine.builder.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A running {@code exec}: docker-java delivers the multiplexed output frames on its own thread, which writes
 * them to the caller's streams; {@link #waitFor} waits for the end of the stream, then asks the Engine for the
 * exit code.
 */
final class EngineExec extends ResultCallback.Adapter<Frame> implements ExecSession {

    private final DockerClient client;
    private final String execId;
    private final OutputStream stdout;
    private final OutputStream stderr;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile IOException sinkFailure;
    private volatile Throwable streamFailure;

    EngineExec(DockerClient client, String execId, OutputStream stdout, OutputStream stderr) {
        this.client = client;
        this.execId = execId;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public void onNext(Frame frame) {
        OutputStream out = frame.getStreamType() == StreamType.STDERR ? stderr : stdout;
        if (out == null || sinkFailure != null) {
            return;
        }
        try {
            out.write(frame.getPayload());
            out.flush();
        } catch (IOException e) {
            sinkFailure = e;
        }
    }

    @Override
    public void onError(Throwable throwable) {
        streamFailure = throwable;
        try {
            super.onError(throwable);
        } finally {
            finish();
        }
    }

    @Override
    public void onComplete() {
        try {
            super.onComplete();
        } finally {
            finish();
        }
    }

    private void finish() {
        done.countDown();
    }

    @Override
    public OptionalInt waitFor(Duration timeout) throws IOException, InterruptedException {
        if (timeout == null) {
            done.await();
        } else if (!done.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return OptionalInt.empty();
        }
        if (sinkFailure != null) {
            throw sinkFailure;
        }
        return OptionalInt.of(exitCode());
    }

    private int exitCode() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            InspectExecResponse r;
            try {
                r = client.inspectExecCmd(execId).exec();
            } catch (RuntimeException e) {
                throw EngineErrors.convert(e);
            }
            if (!Boolean.TRUE.equals(r.isRunning()) && r.getExitCodeLong() != null) {
                return r.getExitCodeLong().intValue();
            }
            Thread.sleep(20);
        }
        if (streamFailure != null) {
            throw new DockerException("The command's output stream failed: " + streamFailure, 0, streamFailure);
        }
        throw new DockerException("The Docker Engine did not report the command's exit code");
    }

    @Override
    public boolean isAlive() {
        return done.getCount() > 0;
    }

    @Override
    public void close() {
        try {
            super.close();
        } catch (IOException ignored) {
            // closing the output stream only
        }
        finish();
    }
}
