package org.opensor.registry.api.console.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.opensor.registry.api.charge.ChargeService;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.api.search.IdentityQuery;
import org.opensor.registry.api.search.IdentitySearch;
import org.opensor.registry.api.security.CurrentUnit;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Finds the person a clerk means by name on the charges and foreign-request pages: registrants through identity search
 * (restrictions and withdrawn records as for any search) and accused who are not registrants through their charges,
 * both scored by the identity matcher. Everyone listed is noted for the request's audit entry by the searches
 * themselves.
 */
@Component
public class PersonCandidates {

    /** At most this many of each kind: a name, not a list to browse. */
    static final int LIMIT = 10;

    private static final Pattern DATE_OF_BIRTH = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final IdentitySearch search;
    private final RegistrantService registrants;
    private final ChargeService charges;
    private final CurrentUnit units;

    PersonCandidates(IdentitySearch search, RegistrantService registrants, ChargeService charges, CurrentUnit units) {
        this.search = search;
        this.registrants = registrants;
        this.charges = charges;
        this.units = units;
    }

    /**
     * The field errors of a lookup ({@code finderName}, {@code finderDateOfBirth}) as bundle keys under the page's
     * {@code keyPrefix}; empty when the lookup may run.
     */
    public static Map<String, String> problems(String name, String dateOfBirth, String keyPrefix) {
        if (name.isBlank() || name.strip().length() > 200) {
            return Map.of("finderName", keyPrefix + "finderName");
        }
        if (!dateOfBirth.isBlank() && !validDate(dateOfBirth.strip())) {
            return Map.of("finderDateOfBirth", keyPrefix + "finderDateOfBirth");
        }
        return Map.of();
    }

    /**
     * A page's "find by name": the typed name back into the form and, when it is valid, the people resembling it;
     * returns the problems, keyed by field, their messages under {@code keyPrefix}.
     */
    public Map<String, String> intoPage(
            String name, String dateOfBirth, String keyPrefix, Authentication caller, Model model) {
        Map<String, String> errors = problems(name, dateOfBirth, keyPrefix);
        model.addAttribute("name", name);
        model.addAttribute("nameDateOfBirth", dateOfBirth);
        if (errors.isEmpty()) {
            model.addAttribute("candidates", resembling(name, dateOfBirth, caller));
        }
        return errors;
    }

    /** Registrants first, then accused, each best first; call only when {@link #problems} found none. */
    public List<PersonCandidate> resembling(String name, String dateOfBirth, Authentication caller) {
        Identity sought = Identity.named(PersonName.full(name.strip()));
        if (!dateOfBirth.isBlank()) {
            sought = sought.bornOn(PartialDate.parse(dateOfBirth.strip()));
        }
        List<PersonCandidate> found = new ArrayList<>();
        for (IdentityHit hit : search.search(new IdentityQuery(sought, 0, LIMIT), units.viewer(caller))
                .hits()) {
            UUID id = UUID.fromString(hit.registrantId());
            String born = registrants
                    .find(new RegistrantId(id))
                    .map(r -> r.identity().dateOfBirth())
                    .map(Object::toString)
                    .orElse(null);
            found.add(new PersonCandidate(id, hit.displayName(), born, true, hit.band(), hit.reasons()));
        }
        charges.accusedResembling(sought, LIMIT).stream()
                .sorted(Comparator.comparing(a -> a.match().band()))
                .forEach(a -> found.add(new PersonCandidate(
                        a.latestCharge().subjectId(),
                        PersonName.of(
                                        a.latestCharge().accused().familyName(),
                                        a.latestCharge().accused().givenNames())
                                .display(),
                        a.latestCharge().accused().dateOfBirth(),
                        false,
                        a.match().band(),
                        a.match().reasons())));
        return List.copyOf(found);
    }

    private static boolean validDate(String text) {
        if (!DATE_OF_BIRTH.matcher(text).matches()) {
            return false;
        }
        try {
            PartialDate.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
