package org.opensor.registry.api.extradition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decision support for a foreign request, criterion by criterion with its reason: double criminality, the penalty
 * threshold, a treaty with the requesting state, and the person's nationality. It informs the prosecutor and the
 * court; it decides nothing. Plain Java.
 *
 * @param criteria each criterion with its finding and reason
 * @param outcome  {@code NOT_EXTRADITABLE} when any criterion is not met, {@code INCOMPLETE} when one is unknown,
 *                 else {@code MAY_BE_EXTRADITED} (the court decides)
 */
public record ExtraditionAssessment(List<Criterion> criteria, String outcome) {

    /** The registry's threshold where the treaty sets none: an offence punishable by at least two years. */
    public static final int DEFAULT_MIN_PENALTY_MONTHS = 24;

    public enum Finding {
        MET,
        NOT_MET,
        UNKNOWN
    }

    /**
     * Which sentence explains a finding, so a reader's language can say it ({@code foreign.reason.<REASON>} in the
     * console's bundles, with {@link Criterion#reasonArguments()} in order); the API's {@code reason} stays English.
     */
    public enum Reason {
        /** {0} the foreign offence as named. */
        OFFENCE_NOT_MAPPED,
        /** {0} the Cambodian statute. */
        OFFENCE_CORRESPONDS,
        /** {0} the statute that is not Cambodian. */
        OFFENCE_NOT_CAMBODIAN,
        /** {0} months abroad, {1} the threshold's source, {2} its months. */
        PENALTY_BELOW_ABROAD,
        /** {0} the statute, {1} months in Cambodia, {2} the threshold's source, {3} its months. */
        PENALTY_BELOW_IN_CAMBODIA,
        /** {0} the threshold's source, {1} its months. */
        PENALTY_UNKNOWN_ABROAD,
        /** {0} the threshold's source, {1} its months. */
        PENALTY_UNKNOWN_IN_CAMBODIA,
        /** {0} months abroad, {1} months in Cambodia, {2} the threshold's source, {3} its months. */
        PENALTY_REACHES_THRESHOLD,
        /** {0} the requesting state, {1} the treaty's title. */
        TREATY_IN_FORCE,
        /** {0} the requesting state. */
        NO_TREATY,
        /** No argument. */
        NATIONALITY_NOT_RECORDED,
        /** {0} the nationalities. */
        NOT_KHMER,
        /** {0} the requesting state. */
        KHMER_UNDER_TREATY,
        /** {0} the requesting state. */
        KHMER_WITHOUT_TREATY
    }

    /** Where the penalty threshold comes from: an argument of the penalty reasons, itself said in words. */
    public static final String TREATY_THRESHOLD = "treaty-threshold";

    public static final String TWO_YEAR_MINIMUM = "two-year-minimum";

    /**
     * @param name            {@code double-criminality}, {@code minimum-penalty}, {@code treaty} or {@code nationality}
     * @param reason          the finding's reason in English
     * @param reasonCode      the same reason as a code, for the reader's language
     * @param reasonArguments the values the reason names, in the order its sentence takes them
     */
    public record Criterion(
            String name, Finding finding, String reason, Reason reasonCode, List<String> reasonArguments) {

        public Criterion {
            reasonArguments = List.copyOf(reasonArguments);
        }
    }

    private static Criterion criterion(String name, Finding finding, String reason, Reason code, Object... arguments) {
        return new Criterion(
                name,
                finding,
                reason,
                code,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /**
     * @param mappedIsCambodian     the mapped offence is a Cambodian statute of the library (null: not mapped)
     * @param cambodianMaxPenalty   the Cambodian statute's maximum imprisonment in months, when the library has it
     * @param treaty                the treaty with the requesting state, if any
     * @param nationalities         the person's recorded nationalities
     */
    public static ExtraditionAssessment of(
            ForeignRequest request,
            Boolean mappedIsCambodian,
            Optional<Integer> cambodianMaxPenalty,
            Optional<ExtraditionTreaty> treaty,
            List<String> nationalities) {
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(doubleCriminality(request, mappedIsCambodian));
        criteria.add(minimumPenalty(request, cambodianMaxPenalty, treaty));
        boolean treatyInForce = treaty.filter(ExtraditionTreaty::inForce).isPresent();
        criteria.add(
                treatyInForce
                        ? criterion(
                                "treaty",
                                Finding.MET,
                                "extradition treaty with " + request.requestingState() + " in force: "
                                        + treaty.get().title(),
                                Reason.TREATY_IN_FORCE,
                                request.requestingState(),
                                treaty.get().title())
                        : criterion(
                                "treaty",
                                Finding.NOT_MET,
                                "no extradition treaty in force with " + request.requestingState()
                                        + ": extradition only by the court's discretion on reciprocity, and never of a Khmer citizen",
                                Reason.NO_TREATY,
                                request.requestingState()));
        criteria.add(nationality(request, nationalities, treatyInForce));
        String outcome = criteria.stream()
                        .anyMatch(
                                c -> c.finding() == Finding.NOT_MET && !c.name().equals("treaty"))
                ? "NOT_EXTRADITABLE"
                : criteria.stream().anyMatch(c -> c.finding() == Finding.UNKNOWN) ? "INCOMPLETE" : "MAY_BE_EXTRADITED";
        return new ExtraditionAssessment(List.copyOf(criteria), outcome);
    }

    private static Criterion doubleCriminality(ForeignRequest request, Boolean mappedIsCambodian) {
        if (request.mappedOffenceId() == null) {
            return criterion(
                    "double-criminality",
                    Finding.UNKNOWN,
                    "the foreign offence '" + request.offence()
                            + "' is not mapped to a Cambodian statute of the library yet",
                    Reason.OFFENCE_NOT_MAPPED,
                    request.offence());
        }
        return Boolean.TRUE.equals(mappedIsCambodian)
                ? criterion(
                        "double-criminality",
                        Finding.MET,
                        "the foreign offence corresponds to " + request.mappedOffenceId() + " of Cambodian law",
                        Reason.OFFENCE_CORRESPONDS,
                        request.mappedOffenceId())
                : criterion(
                        "double-criminality",
                        Finding.NOT_MET,
                        request.mappedOffenceId() + " is not an offence of Cambodian law",
                        Reason.OFFENCE_NOT_CAMBODIAN,
                        request.mappedOffenceId());
    }

    private static Criterion minimumPenalty(
            ForeignRequest request, Optional<Integer> cambodianMax, Optional<ExtraditionTreaty> treaty) {
        int threshold = treaty.map(ExtraditionTreaty::minPenaltyMonths).orElse(null) instanceof Integer months
                ? months
                : DEFAULT_MIN_PENALTY_MONTHS;
        boolean byTreaty = treaty.map(ExtraditionTreaty::minPenaltyMonths).isPresent();
        String source = byTreaty ? "the treaty's threshold" : "the two-year minimum";
        String sourceCode = byTreaty ? TREATY_THRESHOLD : TWO_YEAR_MINIMUM;
        Integer foreign = request.foreignMaxPenaltyMonths();
        if (foreign != null && foreign < threshold) {
            return criterion(
                    "minimum-penalty",
                    Finding.NOT_MET,
                    "the requesting state's law punishes it by at most " + foreign + " months, below " + source + " ("
                            + threshold + " months)",
                    Reason.PENALTY_BELOW_ABROAD,
                    foreign,
                    sourceCode,
                    threshold);
        }
        if (cambodianMax.isPresent() && cambodianMax.get() < threshold) {
            return criterion(
                    "minimum-penalty",
                    Finding.NOT_MET,
                    "Cambodian law punishes " + request.mappedOffenceId() + " by at most " + cambodianMax.get()
                            + " months, below " + source + " (" + threshold + " months)",
                    Reason.PENALTY_BELOW_IN_CAMBODIA,
                    request.mappedOffenceId(),
                    cambodianMax.get(),
                    sourceCode,
                    threshold);
        }
        if (foreign == null || cambodianMax.isEmpty()) {
            return criterion(
                    "minimum-penalty",
                    Finding.UNKNOWN,
                    "the maximum penalty is not known under "
                            + (foreign == null
                                    ? "the requesting state's law"
                                    : "Cambodian law (the library has no penalty for the mapped statute)")
                            + "; " + source + " is " + threshold + " months",
                    foreign == null ? Reason.PENALTY_UNKNOWN_ABROAD : Reason.PENALTY_UNKNOWN_IN_CAMBODIA,
                    sourceCode,
                    threshold);
        }
        return criterion(
                "minimum-penalty",
                Finding.MET,
                "punishable by up to " + foreign + " months abroad and " + cambodianMax.get()
                        + " months in Cambodia, at least " + source + " (" + threshold + " months)",
                Reason.PENALTY_REACHES_THRESHOLD,
                foreign,
                cambodianMax.get(),
                sourceCode,
                threshold);
    }

    private static Criterion nationality(ForeignRequest request, List<String> nationalities, boolean treatyInForce) {
        if (!nationalities.contains("KHM")) {
            return nationalities.isEmpty()
                    ? criterion(
                            "nationality",
                            Finding.UNKNOWN,
                            "no nationality recorded: a Khmer citizen may be extradited only under a treaty",
                            Reason.NATIONALITY_NOT_RECORDED)
                    : criterion(
                            "nationality",
                            Finding.MET,
                            "not a Khmer citizen (" + String.join(", ", nationalities) + ")",
                            Reason.NOT_KHMER,
                            String.join(", ", nationalities));
        }
        return treatyInForce
                ? criterion(
                        "nationality",
                        Finding.MET,
                        "a Khmer citizen, extraditable under the treaty with " + request.requestingState()
                                + " (Constitution art. 33)",
                        Reason.KHMER_UNDER_TREATY,
                        request.requestingState())
                : criterion(
                        "nationality",
                        Finding.NOT_MET,
                        "a Khmer citizen may be extradited only under an extradition treaty"
                                + " (Constitution art. 33), and there is none in force with "
                                + request.requestingState(),
                        Reason.KHMER_WITHOUT_TREATY,
                        request.requestingState());
    }
}
