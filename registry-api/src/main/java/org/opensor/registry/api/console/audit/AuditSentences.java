package org.opensor.registry.api.console.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An audit entry as a sentence an auditor reads in their language ("Police officer s.dara opened a registrant record
 * because: …"): the action's route is matched to what it does, the same for the API's and the console's route of one
 * task; the words are {@code audit.sentence*}, {@code role.*} and {@code record.audit.*} in the bundles.
 */
@Component
class AuditSentences {

    /** Route pattern (method and path, console and API alike) → what the person did; the first match wins. */
    private static final List<Map.Entry<Pattern, String>> ACTIONS = List.of(
            action("GET .*/registrants/\\{id}/photos/\\{photoId}", "photoView"),
            action("GET .*/registrants/\\{id}/photos", "photoList"),
            action("POST .*/registrants/\\{id}/photos(/new)?", "photoUpload"),
            action("GET /console/registrants/\\{id}/print", "print"),
            action("GET /console/registrants/\\{id}/record\\.pdf", "pdf"),
            action("GET /console/audit-events\\.csv", "auditCsv"),
            action("(PUT /api/v1/registrants/\\{id}|POST /console/registrants/\\{id}/edit)", "changeIdentity"),
            action(".* .*/registrants/\\{id}/deregistration.*", "deregistration"),
            action(
                    "GET .*/registrants/\\{id}/(edit|addresses/new|convictions/new|custody-events/new|verifications/new)",
                    "read"),
            action("GET .*/registrants/\\{id}/history", "history"),
            action("POST .*/registrants/\\{id}/convictions.*", "conviction"),
            action("POST .*/registrants/\\{id}/custody-events.*", "custody"),
            action("POST .*/registrants/\\{id}/addresses.*", "address"),
            action("POST .*/registrants/\\{id}/verifications.*", "verification"),
            action(".* .*/registrants/\\{id}/travel-notices.*", "travel"),
            action("GET .*/registrants/\\{id}", "read"),
            action("POST (/api/v1/registrants|/console/registrants/new)", "register"),
            action("GET (/api/v1|/console)/registrants", "list"),
            action(".* .*/identity-searches", "search"),
            action(".* .*/screenings", "screening"),
            action(".* .*/manifests", "manifest"),
            action("POST .*/alerts/\\{id}/acknowledgement", "acknowledge"),
            action("POST .*/alerts/acknowledgements", "acknowledge"),
            action("GET .*/alerts.*", "alerts"),
            action("GET .*/audit-events/verification", "verifyChain"),
            action("GET .*/audit-events/misuse-report", "misuseReport"),
            action("GET .*/audit-events.*", "audit"),
            action(".* .*/decrees.*", "decrees"),
            action(".* .*/charges.*", "charges"),
            action(".* .*/foreign-requests.*", "foreignRequests"),
            action(".* .*/compliance-tasks.*", "complianceTasks"),
            action(".* .*/deportation-orders.*", "deportations"),
            action(".* .*/subscriptions.*", "subscriptions"),
            action(".* .*/dead-letters.*", "deadLetters"),
            action(".* /console/purpose", "purpose"),
            action("POST /console/language", "language"),
            action("GET /console", "home"),
            action("POST /login", "signIn"),
            action("POST /logout", "signOut"),
            action(".* .*/accounts.*", "accounts"));

    private final MessageSource messages;

    AuditSentences(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * "Police officer s.dara searched for a person because: CASE-7 check.", or its Khmer, in the reader's language;
     * the purpose stays as typed.
     *
     * @param role the role's code as the trail stores it ({@code POLICE_OFFICER}), or null for a caller who was not
     *     signed in
     */
    String of(String actor, String role, String action, String purpose, String outcome, Locale locale) {
        String route = action == null ? "" : action;
        String did = ACTIONS.stream()
                .filter(a -> a.getKey().matcher(route).matches())
                .findFirst()
                .map(a -> messages.getMessage("record.audit.action." + a.getValue(), null, locale))
                .orElseGet(() -> messages.getMessage("record.audit.action.other", new Object[] {route}, locale));
        String who = role == null
                ? messages.getMessage("audit.sentence.unsigned", new Object[] {actor, did}, locale)
                : messages.getMessage(
                        "audit.sentence",
                        new Object[] {messages.getMessage("role." + role, null, role, locale), actor, did},
                        locale);
        String sentence = purpose == null || purpose.isBlank()
                ? who
                : messages.getMessage("audit.sentence.purpose", new Object[] {who, purpose}, locale);
        String ended = messages.getMessage("audit.sentence.end", new Object[] {sentence}, locale);
        String result = messages.getMessage("record.audit.outcome." + outcome, null, "", locale);
        return result == null || result.isBlank() ? ended : ended + " " + result;
    }

    private static Map.Entry<Pattern, String> action(String route, String key) {
        return Map.entry(Pattern.compile(route), key);
    }
}
