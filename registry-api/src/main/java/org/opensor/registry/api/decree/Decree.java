package org.opensor.registry.api.decree;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;

/**
 * A royal pardon or sentence-reduction decree and its beneficiaries, from entry to application. The clerk confirms or
 * rejects uncertain links while it is a draft; applying it is allowed once, when no line is left uncertain.
 *
 * @param occasion        the occasion the decree names (e.g. Khmer New Year), or null
 * @param reductionMonths months taken off each sentence for a reduction; null for a pardon
 * @param effectiveDate   for an applied decree: the date its custody events take effect
 */
public record Decree(
        DecreeId id,
        long version,
        String number,
        LocalDate date,
        String occasion,
        DecreeKind kind,
        Integer reductionMonths,
        List<DecreeLine> lines,
        boolean applied,
        String enteredBy,
        Instant enteredAt,
        String appliedBy,
        Instant appliedAt,
        LocalDate effectiveDate) {

    public Decree {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }

    /** A decree as entered, its lines linked by the matcher. */
    public static Decree entered(
            String number,
            LocalDate date,
            String occasion,
            DecreeKind kind,
            Integer reductionMonths,
            List<DecreeLine> lines,
            String clerk,
            Instant now) {
        return new Decree(
                new DecreeId(UUID.randomUUID()),
                1,
                number,
                date,
                occasion,
                kind,
                reductionMonths,
                lines,
                false,
                clerk,
                now,
                null,
                null,
                null);
    }

    /** The clerk's decision on one line: confirm the proposed registrant (or another one), or reject the link. */
    public Decree decide(int lineNumber, boolean confirm, UUID registrantId, String displayName, String clerk) {
        requireDraft();
        DecreeLine line = line(lineNumber);
        if (confirm && registrantId == null && line.link().registrantId() == null) {
            throw new RuleViolation(
                    "registrantId",
                    "required-to-confirm",
                    "line " + lineNumber + " has no proposed registrant: name the registrantId to link it to");
        }
        UUID linked = confirm
                ? (registrantId != null ? registrantId : line.link().registrantId())
                : line.link().registrantId();
        String name = confirm
                        && registrantId != null
                        && !registrantId.equals(line.link().registrantId())
                ? displayName
                : line.link().displayName();
        LineLink next = line.link().decided(confirm ? LinkState.CONFIRMED : LinkState.REJECTED, linked, name, clerk);
        List<DecreeLine> more = new ArrayList<>(lines);
        more.set(lines.indexOf(line), line.withLink(next));
        return new Decree(
                id,
                version + 1,
                number,
                date,
                occasion,
                kind,
                reductionMonths,
                more,
                false,
                enteredBy,
                enteredAt,
                null,
                null,
                null);
    }

    /** The lines a custody event will be recorded for. */
    public List<DecreeLine> applicableLines() {
        return lines.stream().filter(l -> l.link().state().applies()).toList();
    }

    /** @throws RefusedTransition when the decree was applied already or a line still waits for the clerk */
    public void requireApplicable() {
        requireDraft();
        List<Integer> open = lines.stream()
                .filter(l -> l.link().state() == LinkState.UNCERTAIN)
                .map(l -> l.beneficiary().lineNumber())
                .toList();
        if (!open.isEmpty()) {
            throw new RefusedTransition(
                    "lines",
                    "lines-decided",
                    "DRAFT",
                    "Lines " + open
                            + " wait for the clerk to confirm or reject the proposed registrant before the decree can be applied.");
        }
    }

    /** The decree as applied, each applicable line with its custody event. */
    public Decree appliedWith(List<DecreeLine> appliedLines, LocalDate effective, String clerk, Instant now) {
        return new Decree(
                id,
                version + 1,
                number,
                date,
                occasion,
                kind,
                reductionMonths,
                appliedLines,
                true,
                enteredBy,
                enteredAt,
                clerk,
                now,
                effective);
    }

    public DecreeLine line(int lineNumber) {
        return lines.stream()
                .filter(l -> l.beneficiary().lineNumber() == lineNumber)
                .findFirst()
                .orElseThrow(
                        () -> new RuleViolation("lineNumber", "known-line", "the decree has no line " + lineNumber));
    }

    private void requireDraft() {
        if (applied) {
            throw new RefusedTransition(
                    "decree",
                    "not-applied-yet",
                    "APPLIED",
                    "Decree " + number + " was applied on " + appliedAt + ": its lines can no longer change.");
        }
    }
}
