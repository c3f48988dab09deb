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

    /** @param name {@code double-criminality}, {@code minimum-penalty}, {@code treaty} or {@code nationality} */
    public record Criterion(String name, Finding finding, String reason) {}

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
                        ? new Criterion(
                                "treaty",
                                Finding.MET,
                                "extradition treaty with " + request.requestingState() + " in force: "
                                        + treaty.get().title())
                        : new Criterion(
                                "treaty",
                                Finding.NOT_MET,
                                "no extradition treaty in force with " + request.requestingState()
                                        + ": extradition only by the court's discretion on reciprocity, and never of a Khmer citizen"));
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
            return new Criterion(
                    "double-criminality",
                    Finding.UNKNOWN,
                    "the foreign offence '" + request.offence()
                            + "' is not mapped to a Cambodian statute of the library yet");
        }
        return Boolean.TRUE.equals(mappedIsCambodian)
                ? new Criterion(
                        "double-criminality",
                        Finding.MET,
                        "the foreign offence corresponds to " + request.mappedOffenceId() + " of Cambodian law")
                : new Criterion(
                        "double-criminality",
                        Finding.NOT_MET,
                        request.mappedOffenceId() + " is not an offence of Cambodian law");
    }

    private static Criterion minimumPenalty(
            ForeignRequest request, Optional<Integer> cambodianMax, Optional<ExtraditionTreaty> treaty) {
        int threshold = treaty.map(ExtraditionTreaty::minPenaltyMonths).orElse(null) instanceof Integer months
                ? months
                : DEFAULT_MIN_PENALTY_MONTHS;
        String source = treaty.map(ExtraditionTreaty::minPenaltyMonths).isPresent()
                ? "the treaty's threshold"
                : "the two-year minimum";
        Integer foreign = request.foreignMaxPenaltyMonths();
        if (foreign != null && foreign < threshold) {
            return new Criterion(
                    "minimum-penalty",
                    Finding.NOT_MET,
                    "the requesting state's law punishes it by at most " + foreign + " months, below " + source + " ("
                            + threshold + " months)");
        }
        if (cambodianMax.isPresent() && cambodianMax.get() < threshold) {
            return new Criterion(
                    "minimum-penalty",
                    Finding.NOT_MET,
                    "Cambodian law punishes " + request.mappedOffenceId() + " by at most " + cambodianMax.get()
                            + " months, below " + source + " (" + threshold + " months)");
        }
        if (foreign == null || cambodianMax.isEmpty()) {
            return new Criterion(
                    "minimum-penalty",
                    Finding.UNKNOWN,
                    "the maximum penalty is not known under "
                            + (foreign == null
                                    ? "the requesting state's law"
                                    : "Cambodian law (the library has no penalty for the mapped statute)")
                            + "; " + source + " is " + threshold + " months");
        }
        return new Criterion(
                "minimum-penalty",
                Finding.MET,
                "punishable by up to " + foreign + " months abroad and " + cambodianMax.get()
                        + " months in Cambodia, at least " + source + " (" + threshold + " months)");
    }

    private static Criterion nationality(ForeignRequest request, List<String> nationalities, boolean treatyInForce) {
        if (!nationalities.contains("KHM")) {
            return nationalities.isEmpty()
                    ? new Criterion(
                            "nationality",
                            Finding.UNKNOWN,
                            "no nationality recorded: a Khmer citizen may be extradited only under a treaty")
                    : new Criterion(
                            "nationality",
                            Finding.MET,
                            "not a Khmer citizen (" + String.join(", ", nationalities) + ")");
        }
        return treatyInForce
                ? new Criterion(
                        "nationality",
                        Finding.MET,
                        "a Khmer citizen, extraditable under the treaty with " + request.requestingState()
                                + " (Constitution art. 33)")
                : new Criterion(
                        "nationality",
                        Finding.NOT_MET,
                        "a Khmer citizen may be extradited only under an extradition treaty"
                                + " (Constitution art. 33), and there is none in force with "
                                + request.requestingState());
    }
}
