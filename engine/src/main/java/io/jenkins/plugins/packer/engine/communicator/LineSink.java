package io.jenkins.plugins.packer.engine.communicator;

/** Receives remote output one line at a time, without the line terminator (UI sinks, loggers, tests). */
@FunctionalInterface
public interface LineSink {

    /** One complete line (or the last, unterminated, part of the output when the stream ends). */
    void line(String line);
}
