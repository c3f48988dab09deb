package org.opensor.registry.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A server or service of the stack, as {@code up}, {@code down} and {@code status} see it. */
public interface Component {

    String name();

    int port();

    /** The environment variable that changes {@link #port()}. */
    String portVariable();

    Path logFile();

    Optional<ProcessHandle> process();

    /** Starts the process; returns at once, before it is ready. */
    void start();

    /** One quick probe of the component's own health endpoint or protocol. */
    boolean healthy();

    /** Time to wait for {@link #healthy()} after start before giving up. */
    default Duration startTimeout() {
        return Duration.ofSeconds(180);
    }

    void stop();
}
