package org.opensor.registry.api.console.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.console.language.TestBundles;
import org.opensor.registry.api.conviction.Conviction;
import org.opensor.registry.api.custody.CustodyEventType;
import org.opensor.registry.api.custody.NewCustodyEvent;
import org.opensor.registry.api.history.FieldChange;
import org.opensor.registry.api.history.HistoryEntry;
import org.opensor.registry.api.place.Address;
import org.opensor.registry.api.place.AddressKind;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.registrant.Alias;
import org.opensor.registry.api.registrant.Change;
import org.opensor.registry.api.registrant.DocumentType;
import org.opensor.registry.api.registrant.Identity;
import org.opensor.registry.api.registrant.IdentityDocument;
import org.opensor.registry.api.registrant.PartialDate;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.Sex;
import org.opensor.registry.api.registration.RegistrationPolicy;
import org.opensor.registry.api.registration.RegistrationTier;
import org.opensor.registry.api.registration.Verification;
import org.opensor.registry.api.registration.VerificationOutcome;
import org.opensor.registry.api.statute.Offence;
import org.opensor.registry.api.statute.OffenceCategory;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 25: the registry stores a record's history and its policy decisions as English sentences with the API's
 * constants. A Khmer reader must get every one of them in Khmer: the record's whole life is played through the
 * domain (so a sentence the domain starts writing differently fails here), with everything the clerk types written
 * in Khmer, and no Latin word may be left in what the pages show.
 */
class RecordHistoryWordsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    private static final Locale KHMER = Locale.forLanguageTag("km");
    /** A word in Latin letters; three capitals alone are a country code, which the pages show as typed. */
    private static final String LATIN_WORD = "(?s).*([A-Za-z]{4,}|[a-z]).*";

    private final RegistrationPolicy policy = RegistrationPolicy.defaults();
    /** The registration's policy note after each change of {@link #life()}. */
    private final List<String> decisionsOfTheLife = new ArrayList<>();

    @Test
    void everyChangeOfARecordsLifeReadsInKhmer() {
        List<HistoryEntry> entries = life();
        HistoryWords words = new HistoryWords(messages(), KHMER, LocalDate::toString, code -> "កម្ពុជា", name -> name);

        List<String> shown = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            shown.add(words.summary(entry.summary()));
            for (FieldChange change : entry.changes()) {
                shown.add(words.field(change.field()));
                shown.add(words.value(change.field(), change.before()));
                shown.add(words.value(change.field(), change.after()));
            }
        }

        assertThat(entries).hasSizeGreaterThanOrEqualTo(9);
        assertThat(shown.stream().filter(s -> s != null && s.matches(LATIN_WORD)))
                .as("history texts left in English or as constants")
                .isEmpty();
    }

    @Test
    void everyPolicyDecisionReadsInKhmerAndInEnglishWithoutConstants() {
        life();
        List<String> decisions = new ArrayList<>(decisionsOfTheLife);
        decisions.add(policy.start(RegistrationTier.TIER_1, TODAY).policyNote());

        for (String note : decisions) {
            String khmer = PolicyNotes.words(note, messages(), KHMER, LocalDate::toString);
            String english = PolicyNotes.words(note, messages(), Locale.ENGLISH, LocalDate::toString);
            assertThat(khmer).as(note).isNotEqualTo(note).doesNotMatch(LATIN_WORD);
            assertThat(english).as(note).doesNotContainPattern("[A-Z]+_[A-Z0-9_]+");
        }
        assertThat(PolicyNotes.words(
                        policy.start(RegistrationTier.TIER_3, TODAY).policyNote(),
                        messages(),
                        KHMER,
                        LocalDate::toString))
                .isEqualTo("ការចុះបញ្ជី កម្រិត ៣ (ហានិភ័យខ្ពស់បំផុត) ចាប់ពីថ្ងៃ 2026-12-06 អស់មួយជីវិត");
        assertThat(PolicyNotes.words("a sentence nobody wrote", messages(), KHMER, LocalDate::toString))
                .as("a sentence of an unknown shape is shown as stored")
                .isEqualTo("a sentence nobody wrote");
    }

    /** Registered, corrected, convicted, held, pardoned, housed, checked, overdue and de-registered. */
    private List<HistoryEntry> life() {
        List<HistoryEntry> entries = new ArrayList<>();
        Change registered = Registrant.register(identity("សុខា", List.of()), "clerk", NOW, "សាលក្រម ៧");
        entries.add(registered.entry());
        Registrant r = registered.after();
        r = apply(entries, r.changeIdentity(identity("សុខាវី", List.of(alias())), "clerk", NOW, "កែឈ្មោះ"));
        r = apply(entries, r.recordConviction(conviction(), RegistrationTier.TIER_1, policy, "clerk", NOW, null));
        r = apply(entries, r.recordConviction(conviction(), RegistrationTier.TIER_3, policy, "clerk", NOW, null));
        r = apply(entries, r.recordCustodyEvent(event(CustodyEventType.ADMITTED, null), policy, TODAY, "clerk", NOW));
        r = apply(
                entries,
                r.recordCustodyEvent(event(CustodyEventType.ROYAL_PARDON, "១២៣"), policy, TODAY, "clerk", NOW));
        r = apply(
                entries,
                r.recordCustodyEvent(event(CustodyEventType.SENTENCE_REDUCTION, "១២៤"), policy, TODAY, "clerk", NOW));
        r = apply(entries, r.recordAddress(address(), "police", NOW, null));
        r = apply(
                entries,
                r.recordVerification(
                        new Verification(
                                UUID.randomUUID(),
                                LocalDate.parse("2026-03-01"),
                                VerificationOutcome.CONFIRMED_AT_ADDRESS,
                                null,
                                "police",
                                NOW),
                        policy,
                        "police",
                        NOW,
                        null));
        r = apply(entries, r.markVerificationOverdue(LocalDate.parse("2027-01-01"), "registry", NOW));
        apply(entries, r.deregister("តាមសាលក្រមតុលាការកំពូល", TODAY, "clerk", NOW));
        return entries;
    }

    private Registrant apply(List<HistoryEntry> entries, List<Change> changes) {
        assertThat(changes).as("every step of the life changes the record").isNotEmpty();
        changes.forEach(c -> entries.add(c.entry()));
        changes.stream()
                .filter(c -> c.after().registration() != null)
                .forEach(c -> decisionsOfTheLife.add(c.after().registration().policyNote()));
        return changes.getLast().after();
    }

    private static Identity identity(String given, List<Alias> aliases) {
        return new Identity(
                "សុខ",
                given,
                "សុខ " + given,
                aliases,
                PartialDate.parse("1980-04", "dateOfBirth", TODAY),
                null,
                Sex.MALE,
                "បាត់ដំបង",
                List.of(CountryCode.HOME),
                List.of(new IdentityDocument(DocumentType.PASSPORT, "N01234567", CountryCode.HOME, TODAY.plusYears(5))),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of());
    }

    private static Alias alias() {
        return new Alias(null, null, "សុខ សា", PartialDate.parse("1981", "aliases[0].dateOfBirth", TODAY));
    }

    private static Conviction conviction() {
        return new Conviction(
                UUID.randomUUID(),
                "សាលាដំបូងរាជធានីភ្នំពេញ",
                "១/២០២៥",
                LocalDate.parse("2025-06-02"),
                new Offence("KHM-2008-43", "KHM", "ច្បាប់ ២០០៨", "៤៣", "ចំណងជើង", OffenceCategory.CHILD_SEXUAL_ABUSE),
                true,
                false,
                CountryCode.HOME,
                36,
                "clerk",
                NOW);
    }

    private static NewCustodyEvent event(CustodyEventType type, String decree) {
        return new NewCustodyEvent(
                type,
                LocalDate.parse("2026-01-10"),
                "ដីកាលេខ ៤២",
                decree,
                decree == null ? null : LocalDate.parse("2026-01-09"),
                type == CustodyEventType.SENTENCE_REDUCTION ? 6 : null,
                false,
                null,
                null,
                null,
                null);
    }

    private static Address address() {
        return new Address(
                UUID.randomUUID(),
                AddressKind.RESIDENCE,
                "ផ្ទះលេខ ១២ ផ្លូវ ២៧១",
                null,
                "ភ្នំពេញ",
                CountryCode.HOME,
                LocalDate.parse("2026-02-01"),
                null,
                "police",
                NOW);
    }

    private static ResourceBundleMessageSource messages() {
        return TestBundles.of("i18n/console", "i18n/record");
    }
}
