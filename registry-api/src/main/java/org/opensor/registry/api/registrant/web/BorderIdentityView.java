package org.opensor.registry.api.registrant.web;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * What a border officer may see of a registrant: enough to recognise the person and the documents they travel
 * on. No convictions, custody, addresses or verifications (need to know; those reach the border only as the
 * reason carried by an alert).
 */
public record BorderIdentityView(
        UUID id,
        String familyName,
        String givenNames,
        String originalScriptName,
        List<RegistrantResponse.AliasResponse> aliases,
        String dateOfBirth,
        String sex,
        List<String> nationalities,
        List<RegistrantResponse.DocumentResponse> documents,
        List<String> photoReferences) {

    public static BorderIdentityView of(RegistrantResponse full) {
        return new BorderIdentityView(
                full.id(),
                full.familyName(),
                full.givenNames(),
                full.originalScriptName(),
                full.aliases(),
                full.dateOfBirth(),
                full.sex(),
                full.nationalities(),
                full.documents(),
                full.photoReferences());
    }

    /** A border officer without a role that may see more. */
    public static boolean isBorderOnly(Authentication caller) {
        var roles = caller.getAuthorities().stream().map(a -> a.getAuthority()).toList();
        return roles.contains("ROLE_BORDER_OFFICER")
                && !roles.contains("ROLE_COURT_CLERK")
                && !roles.contains("ROLE_POLICE_OFFICER");
    }
}
