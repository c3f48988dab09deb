package org.opensor.registry.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensor.registry.events.audit.AuditCheckpointV1;

/** The verification's rules without a database: what each rewrite of the trail looks like to the walk. */
class ChainWalkTest {

    @TempDir
    Path dir;

    @Test
    void anIntactKeyedChainAfterAnUnkeyedEpochVerifiesAgainstItsCheckpoint() throws Exception {
        AuditKeys keys = keys();
        List<AuditTrail.StoredEntry> chain = chain(keys, 1, 10, 4);

        ChainVerification result = walk(keys, 4, chain, List.of(checkpoint(keys, chain, 7, 4)));

        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(10);
    }

    @Test
    void twoCheckpointsOfTheSameHeadBothHoldTheChain() throws Exception {
        // two instances signing one file, or one instance restarted before anything new was audited
        AuditKeys keys = keys();
        List<AuditTrail.StoredEntry> chain = chain(keys, 1, 10, 1);
        List<AuditCheckpointV1> checkpoints =
                List.of(checkpoint(keys, chain, 6, 1), checkpoint(keys, chain, 6, 1), checkpoint(keys, chain, 9, 1));

        ChainVerification result = walk(keys, 1, chain, checkpoints);

        assertThat(result.intact()).as(result.reason()).isTrue();
    }

    @Test
    void aSecondCheckpointOfTheSamePositionThatDisagreesBreaksTheChain() throws Exception {
        AuditKeys keys = keys();
        List<AuditTrail.StoredEntry> chain = chain(keys, 1, 10, 1);
        AuditCheckpointV1 other = checkpoint(keys, chain(keys, 1, 10, 100), 6, 1);

        ChainVerification result = walk(keys, 1, chain, List.of(checkpoint(keys, chain, 6, 1), other));

        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).contains("checkpoint of position 6");
        // The console words the break from its code and facts (issue 25): the checkpoint, its count, when, what is
        // there.
        assertThat(result.code()).isEqualTo("checkpointDiffers");
        assertThat(ChainVerification.CODES).contains(result.code());
        assertThat(result.facts()).hasSize(4).first().isEqualTo(6L);
    }

    @Test
    void anEntryRemovedAndTheRestReHashedWithoutTheKeyBreaksAtTheFirstReHashedEntry() throws Exception {
        AuditKeys keys = keys();
        List<AuditTrail.StoredEntry> chain = new ArrayList<>(chain(keys, 1, 8, 1));
        chain.remove(4); // position 5
        String previous = chain.get(3).hash();
        for (int i = 4; i < chain.size(); i++) {
            AuditTrail.StoredEntry e = chain.get(i);
            String hash = AuditHash.of(e.position(), e.entry(), previous);
            chain.set(i, new AuditTrail.StoredEntry(e.position(), e.entry(), previous, hash, e.keyId()));
            previous = hash;
        }

        ChainVerification result = walk(keys, 1, chain, List.of());

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtPosition()).isEqualTo(6);
    }

    @Test
    void theNewestEntriesRemovedAreReportedAfterTheLastCheckpointThatStillMatches() throws Exception {
        AuditKeys keys = keys();
        List<AuditTrail.StoredEntry> chain = chain(keys, 1, 10, 1);
        List<AuditCheckpointV1> checkpoints = List.of(checkpoint(keys, chain, 4, 1), checkpoint(keys, chain, 9, 1));

        ChainVerification result = walk(keys, 1, chain.subList(0, 6), checkpoints);

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtPosition()).isEqualTo(5);
        assertThat(result.reason()).contains("checkpoint of position 9");
    }

    @Test
    void aChainRebuiltUnkeyedIsReportedWhereTheCheckpointSaysTheKeyedChainStarts() throws Exception {
        AuditKeys keys = keys();
        List<AuditTrail.StoredEntry> original = chain(keys, 1, 6, 1);
        AuditCheckpointV1 signed = checkpoint(keys, original, 6, 1);
        List<AuditTrail.StoredEntry> rebuilt = chain(keys, 1, 6, 100); // all "unkeyed epoch"

        ChainVerification result = walk(keys, signed.keyedFrom(), rebuilt, List.of(signed));

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtPosition()).isEqualTo(1);
    }

    private ChainVerification walk(
            AuditKeys keys, long keyedFrom, List<AuditTrail.StoredEntry> entries, List<AuditCheckpointV1> checkpoints) {
        ChainWalk walk = new ChainWalk(keys, keyedFrom, "test", ChainWalk.Head.GENESIS, checkpoints);
        entries.forEach(walk::accept);
        return walk.result();
    }

    /** Entries {@code from..to}, unkeyed before {@code keyedFrom}. */
    private static List<AuditTrail.StoredEntry> chain(AuditKeys keys, long from, long to, long keyedFrom) {
        List<AuditTrail.StoredEntry> chain = new ArrayList<>();
        String previous = AuditHash.GENESIS;
        for (long position = from; position <= to; position++) {
            AuditEntry entry = new AuditEntry(
                    Instant.parse("2026-12-06T10:00:00Z").plusSeconds(position),
                    "police",
                    "POLICE_OFFICER",
                    "GET /api/v1/registrants/{id}",
                    null,
                    "CASE-1 check",
                    "127.0.0.1",
                    "ALLOWED",
                    200);
            boolean keyed = position >= keyedFrom;
            String hash = keyed
                    ? AuditHash.keyed(keys, "1", position, entry, previous)
                    : AuditHash.of(position, entry, previous);
            chain.add(new AuditTrail.StoredEntry(position, entry, previous, hash, keyed ? "1" : null));
            previous = hash;
        }
        return chain;
    }

    private static AuditCheckpointV1 checkpoint(
            AuditKeys keys, List<AuditTrail.StoredEntry> chain, long position, long keyedFrom) {
        AuditTrail.StoredEntry at =
                chain.stream().filter(e -> e.position() == position).findFirst().orElseThrow();
        long count = chain.stream().filter(e -> e.position() <= position).count();
        AuditCheckpointV1 unsigned = new AuditCheckpointV1(
                position, at.hash(), count, keyedFrom, Instant.parse("2026-12-06T11:00:00Z"), "1", "-");
        return new AuditCheckpointV1(
                position,
                at.hash(),
                count,
                keyedFrom,
                unsigned.signedAt(),
                "1",
                keys.hmac("1", unsigned.signedContent()));
    }

    private AuditKeys keys() throws Exception {
        Path file = dir.resolve("key.properties");
        Files.writeString(
                file,
                "current=1\nkey.1="
                        + Base64.getEncoder().encodeToString("k".repeat(32).getBytes()) + "\n");
        return AuditKeys.load(file);
    }
}
