package org.opensor.registry.api.decree.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.decree.Decree;
import org.opensor.registry.api.decree.DecreeKind;
import org.opensor.registry.api.decree.DecreeLine;
import org.opensor.registry.api.decree.LinkState;

/**
 * A decree with its lines and what each is linked to.
 *
 * @param applied       whether the decree was applied (then nothing of it changes any more)
 * @param effectiveDate for an applied decree, the date its custody events took effect
 * @param lines         the beneficiaries in list order
 */
public record DecreeResponse(
        UUID id,
        long version,
        String number,
        LocalDate date,
        String occasion,
        DecreeKind kind,
        Integer reductionMonths,
        boolean applied,
        String enteredBy,
        Instant enteredAt,
        String appliedBy,
        Instant appliedAt,
        LocalDate effectiveDate,
        DecreeLineCounts counts,
        List<DecreeLineView> lines) {

    /** How many lines stand where. */
    public record DecreeLineCounts(
            int lines, int autoLinked, int uncertain, int notInRegistry, int confirmed, int rejected) {}

    /**
     * One line: what the decree says and what the matcher (and the clerk) made of it.
     *
     * @param state          AUTO_LINKED, UNCERTAIN, NOT_IN_REGISTRY, CONFIRMED or REJECTED
     * @param registrantId   the registrant linked or proposed
     * @param displayName    that registrant's recorded name, absent when the record is restricted from the caller
     * @param score          the match score
     * @param band           STRONG or POSSIBLE
     * @param reasons        why, in words
     * @param runnerUpId     the other registrant the matcher hesitated with
     * @param decidedBy      the clerk who confirmed or rejected
     * @param custodyEventId the custody event recorded when the decree was applied
     */
    public record DecreeLineView(
            int lineNumber,
            String name,
            String dateOfBirth,
            String documentNumber,
            LinkState state,
            UUID registrantId,
            String displayName,
            Double score,
            String band,
            List<String> reasons,
            UUID runnerUpId,
            String decidedBy,
            UUID custodyEventId) {}

    /** A page of decrees, without their lines. */
    public record DecreePage(List<DecreeSummary> items, int page, int size, long totalElements, long totalPages) {}

    /** A decree without its lines. */
    public record DecreeSummary(
            UUID id,
            String number,
            LocalDate date,
            String occasion,
            DecreeKind kind,
            Integer reductionMonths,
            boolean applied,
            DecreeLineCounts counts) {}

    static DecreeResponse of(Decree d) {
        return new DecreeResponse(
                d.id().value(),
                d.version(),
                d.number(),
                d.date(),
                d.occasion(),
                d.kind(),
                d.reductionMonths(),
                d.applied(),
                d.enteredBy(),
                d.enteredAt(),
                d.appliedBy(),
                d.appliedAt(),
                d.effectiveDate(),
                counts(d),
                d.lines().stream().map(DecreeResponse::line).toList());
    }

    static DecreeSummary summary(Decree d) {
        return new DecreeSummary(
                d.id().value(),
                d.number(),
                d.date(),
                d.occasion(),
                d.kind(),
                d.reductionMonths(),
                d.applied(),
                counts(d));
    }

    private static DecreeLineView line(DecreeLine l) {
        var b = l.beneficiary();
        var k = l.link();
        return new DecreeLineView(
                b.lineNumber(),
                b.name(),
                b.dateOfBirth(),
                b.documentNumber(),
                k.state(),
                k.registrantId(),
                k.displayName(),
                k.score(),
                k.band(),
                k.reasons(),
                k.runnerUpId(),
                k.decidedBy(),
                l.custodyEventId());
    }

    private static DecreeLineCounts counts(Decree d) {
        return new DecreeLineCounts(
                d.lines().size(),
                count(d, LinkState.AUTO_LINKED),
                count(d, LinkState.UNCERTAIN),
                count(d, LinkState.NOT_IN_REGISTRY),
                count(d, LinkState.CONFIRMED),
                count(d, LinkState.REJECTED));
    }

    private static int count(Decree d, LinkState state) {
        return (int) d.lines().stream().filter(l -> l.link().state() == state).count();
    }
}
