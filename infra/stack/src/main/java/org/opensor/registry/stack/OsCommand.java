package org.opensor.registry.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a short command to completion and fails with its output if it fails. */
final class OsCommand {

    private OsCommand() {}

    static String run(List<String> command, Path workDir) {
        return run(command, workDir, Map.of());
    }

    static String run(List<String> command, Path workDir, Map<String, String> env) {
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new StackException(String.join(" ", command.subList(0, Math.min(command.size(), 6)))
                        + " failed (exit " + exit + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new StackException("Cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }
}
