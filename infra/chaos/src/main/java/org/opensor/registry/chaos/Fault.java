package org.opensor.registry.chaos;

import java.util.List;
import java.util.Optional;
import org.opensor.registry.stack.Component;

/**
 * One fault: processes killed with SIGKILL (no goodbye, as when a machine dies) or paused with SIGSTOP for longer
 * than any session or lease, then resumed.
 */
record Fault(String name, List<Component> targets, boolean pause) {

    void inject() {
        for (Component target : targets) {
            Optional<ProcessHandle> process = target.process();
            if (process.isEmpty()) {
                throw new IllegalStateException(target.name() + " is not running: the fault cannot be injected");
            }
            if (pause) {
                signal("STOP", process.get());
            } else {
                process.get().destroyForcibly();
            }
        }
    }

    /**
     * Waits until the killed processes are gone: SIGKILL only asks the kernel, and a process still being torn down
     * looks alive, so a restart right after it would find the component "already running" and start nothing.
     */
    void awaitGone() {
        if (pause) {
            return;
        }
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
        for (Component target : targets) {
            while (target.process().isPresent() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Resumes paused processes; killed ones are started again by the suite. */
    void resume() {
        if (pause) {
            targets.forEach(t -> t.process().ifPresent(p -> signal("CONT", p)));
        }
    }

    private static void signal(String signal, ProcessHandle process) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (Exception e) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed: " + e.getMessage(), e);
        }
    }
}
