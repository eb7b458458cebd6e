package io.jenkins.plugins.packer.engine.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A {@link Progress} that renders {@code LABEL: 12.3 MiB / 100.0 MiB (12%), 4.5 MiB/s} at most once per
 * interval and once more when closed. The {@link BasicUi} gives it a short interval and a line-redrawing
 * output on a terminal, and a long interval and ordinary message lines elsewhere.
 */
final class ProgressLine implements Progress {

    private final String label;
    private final long total;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Consumer<String> render;
    private final Consumer<String> finish;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastRender;
    private final AtomicBoolean closed = new AtomicBoolean();

    ProgressLine(String label, long total, long intervalNanos, LongSupplier nanoClock,
                 Consumer<String> render, Consumer<String> finish) {
        this.label = label;
        this.total = total;
        this.intervalNanos = intervalNanos;
        this.nanoClock = nanoClock;
        this.render = render;
        this.finish = finish;
        this.start = nanoClock.getAsLong();
        this.lastRender = new AtomicLong(start);
    }

    @Override
    public void advance(long bytes) {
        done.addAndGet(bytes);
        long now = nanoClock.getAsLong();
        long last = lastRender.get();
        if (now - last >= intervalNanos && lastRender.compareAndSet(last, now) && !closed.get()) {
            render.accept(text(now));
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            finish.accept(text(nanoClock.getAsLong()));
        }
    }

    String text(long now) {
        long bytes = done.get();
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        StringBuilder out = new StringBuilder(label).append(": ").append(ByteSizes.format(bytes));
        if (total >= 0) {
            out.append(" / ").append(ByteSizes.format(total));
            if (total > 0) {
                out.append(" (").append(Math.min(100, bytes * 100 / total)).append("%)");
            }
        }
        return out.append(", ").append(ByteSizes.format(bytes / seconds)).append("/s").toString();
    }
}
