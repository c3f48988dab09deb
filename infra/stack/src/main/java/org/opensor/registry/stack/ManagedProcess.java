package org.opensor.registry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One long-running process the stack started, known by the PID file it wrote. Stopping acts on that PID
 * (and its descendants) only, never on processes found by name.
 */
final class ManagedProcess {

    private final Path pidFile;
    private final Path logFile;
    private final String commandMarker;

    /**
     * @param commandMarker text the process's command line must contain, so a PID reused by the system after
     *                      a crash is not taken for ours
     */
    ManagedProcess(Path pidFile, Path logFile, String commandMarker) {
        this.pidFile = pidFile;
        this.logFile = logFile;
        this.commandMarker = commandMarker;
    }

    Path logFile() {
        return logFile;
    }

    Optional<ProcessHandle> running() {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isOurs);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the live process is the one started, not a reused PID. A process between two execs (the umask shell, setpriv,
     * the server) can show no command line for a moment; it then counts as ours, never as a stranger.
     */
    private boolean isOurs(ProcessHandle handle) {
        return handle.info()
                .commandLine()
                .map(line -> line.contains(commandMarker))
                .orElse(true);
    }

    ProcessHandle start(List<String> command, Map<String, String> env, Path workDir) {
        try {
            PrivateFiles.ownerOnlyFile(logFile);
            ProcessBuilder builder = new ProcessBuilder(PrivateFiles.withPrivateUmask(command))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            recordPid(process.pid());
            return process.toHandle();
        } catch (IOException e) {
            throw new StackException("Cannot start " + command.getFirst() + ": " + e.getMessage(), e);
        }
    }

    /** For servers that write their own PID file (Elasticsearch's server JVM is a child of its launcher). */
    void recordPid(long pid) {
        try {
            Files.createDirectories(pidFile.getParent());
            PrivateFiles.writeOwnerOnly(pidFile, Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks the process to stop, waits up to {@code grace}, then kills it and whatever it started. */
    boolean stop(Duration grace) {
        return stop("TERM", grace);
    }

    /** As {@link #stop(Duration)}, with the signal the server documents for a clean, quick shutdown. */
    boolean stop(String signal, Duration grace) {
        Optional<ProcessHandle> process = running();
        process.ifPresent(handle -> {
            List<ProcessHandle> children = handle.descendants().toList();
            if ("TERM".equals(signal)) {
                handle.destroy();
            } else {
                OsCommand.run(List.of("kill", "-" + signal, Long.toString(handle.pid())), pidFile.getParent());
            }
            try {
                handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception timeout) {
                handle.destroyForcibly();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale PID file is checked against the live process on the next start
        }
        return process.isPresent();
    }
}
