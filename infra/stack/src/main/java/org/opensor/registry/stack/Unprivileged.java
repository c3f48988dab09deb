package org.opensor.registry.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL and Elasticsearch refuse to run as root, and nothing else of the stack needs root. When the stack is
 * started by root, the servers and the services run as {@code nobody} and own their folders; otherwise they run as
 * the current user.
 */
final class Unprivileged {

    private Unprivileged() {}

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static List<String> command(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped =
                new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives a folder (recursively) or a file to the unprivileged user, so the process can use it. */
    static void handOver(Path dir) {
        if (runningAsRoot()) {
            OsCommand.run(List.of("chown", "-R", "nobody:nogroup", dir.toString()), dir.getParent());
        }
    }

    static boolean canRead(Path path) {
        if (!runningAsRoot()) {
            return true;
        }
        try {
            // a folder it may pass through (711, as the state folder is) is reachable even though it cannot list it
            return new ProcessBuilder(command(List.of(
                                    "/bin/sh",
                                    "-c",
                                    "test -r \"$1\" || { test -d \"$1\" && test -x \"$1\"; }",
                                    "sh",
                                    path.toString())))
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            throw new StackException("setpriv is needed to run servers unprivileged as root: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }

    /** The unprivileged user must be able to reach files inside the checkout: say so plainly if it cannot. */
    static void requireReachable(Path path) {
        if (!canRead(path)) {
            throw new StackException("The user 'nobody' cannot read " + path + ". The servers and services "
                    + "run as 'nobody' when started by root: put the checkout in a folder others may enter "
                    + "(e.g. chmod o+x on its parent folders), or run the stack as a normal user.");
        }
    }
}
