package org.opensor.registry.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the newest base backups and the WAL a restore from the oldest of them needs, and deletes the rest: without it
 * the archive grows by a 16 MB segment per {@code archive_timeout} for ever.
 *
 * @param baseDir     the backup sets, one folder per run named by its start time ({@code yyyyMMdd-HHmmss})
 * @param walArchive  the WAL archive folder
 * @param keep        how many base backups to keep (at least one)
 */
record BackupRetention(Path baseDir, Path walArchive, int keep) {

    private static final Pattern START_SEGMENT =
            Pattern.compile("^START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)", Pattern.MULTILINE);
    private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}(\\.partial|\\.[0-9A-F]{8}\\.backup)?");

    BackupRetention {
        if (keep < 1) {
            throw new IllegalArgumentException("at least one base backup must be kept, not " + keep);
        }
    }

    /** What a pruning removed: the runs (their names only) and how many WAL segments. */
    record Pruned(List<String> runs, int segments) {}

    Pruned prune() {
        List<Path> sets = backupSetsNewestFirst();
        List<Path> kept = sets.subList(0, Math.min(keep, sets.size()));
        List<String> removedRuns = new ArrayList<>();
        for (Path old : sets.subList(kept.size(), sets.size())) {
            deleteTree(old);
            removedRuns.add(old.getFileName().toString());
        }
        int segments = oldestStartSegment(kept).map(this::deleteSegmentsBefore).orElse(0);
        return new Pruned(removedRuns, segments);
    }

    /** Only complete sets count: a set whose copy never got its {@code backup_label} cannot be restored. */
    private List<Path> backupSetsNewestFirst() {
        if (!Files.isDirectory(baseDir)) {
            return List.of();
        }
        try (Stream<Path> sets = Files.list(baseDir)) {
            return sets.filter(set -> Files.isRegularFile(label(set)))
                    .sorted(Comparator.comparing((Path set) -> set.getFileName().toString())
                            .reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> oldestStartSegment(List<Path> kept) {
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher start = START_SEGMENT.matcher(Files.readString(label(kept.getLast())));
            return start.find() ? Optional.of(start.group(1)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the segments that precede {@code first} in the WAL, whatever their timeline, as pg_archivecleanup does;
     * timeline history files stay, since a restore needs them to follow a timeline switch.
     */
    private int deleteSegmentsBefore(String first) {
        int deleted = 0;
        try (Stream<Path> files = Files.list(walArchive)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (SEGMENT.matcher(name).matches() && name.substring(8, 24).compareTo(first.substring(8)) < 0) {
                    Files.delete(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }

    private static Path label(Path set) {
        return set.resolve("postgres").resolve("backup_label");
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
