package io.jenkins.plugins.packer.engine.ui;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * {@code -timestamp-ui} (Packer's {@code TimestampedUi}): say, message and error get an RFC 3339 prefix,
 * {@code 2026-11-23T02:35:44Z: } (local time with offset; {@code Z} in UTC). Only the start of the text is
 * prefixed, so a multi-line message carries one timestamp, as in Packer.
 */
public final class TimestampedUi extends ForwardingUi {

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Clock clock;

    public TimestampedUi(Ui delegate, Clock clock) {
        super(delegate);
        this.clock = clock;
    }

    @Override
    public void say(String message) {
        delegate.say(stamp(message));
    }

    @Override
    public void message(String message) {
        delegate.message(stamp(message));
    }

    @Override
    public void error(String message) {
        delegate.error(stamp(message));
    }

    private String stamp(String message) {
        return ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(RFC3339) + ": " + message;
    }
}
