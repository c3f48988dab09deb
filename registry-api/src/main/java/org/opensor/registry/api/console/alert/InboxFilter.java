package org.opensor.registry.api.console.alert;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.opensor.registry.api.alert.AlertFilter;
import org.opensor.registry.api.alert.AlertState;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox filters an officer chose (null: any). Values not offered by the form are treated as "any" rather than
 * refused: a filter is a view, not data, and a stale bookmark should still open the inbox. Public for the templates.
 */
public record InboxFilter(String state, String severity, String type) {

    static final List<String> STATES =
            Arrays.stream(AlertState.values()).map(Enum::name).toList();
    static final List<String> SEVERITIES = List.of("CRITICAL", "URGENT", "ROUTINE");

    static InboxFilter of(String state, String severity, String type) {
        return new InboxFilter(
                known(state, Set.copyOf(STATES)),
                known(severity, Set.copyOf(SEVERITIES)),
                known(type, Set.copyOf(AlertRows.TYPES)));
    }

    AlertFilter toAlertFilter() {
        return new AlertFilter(state == null ? null : AlertState.valueOf(state), severity, type, null);
    }

    /** Whether a new alert belongs in this view. */
    boolean admits(AlertRow row) {
        return (state == null || state.equals(row.state()))
                && (severity == null || severity.equals(row.severity()))
                && (type == null || type.equals(row.type()));
    }

    public boolean any() {
        return state != null || severity != null || type != null;
    }

    /** The same view at another path, e.g. the stream or another page. */
    public String url(String path, Integer page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (state != null) {
            url.queryParam("state", state);
        }
        if (severity != null) {
            url.queryParam("severity", severity);
        }
        if (type != null) {
            url.queryParam("type", type);
        }
        if (page != null && page > 0) {
            url.queryParam("page", page);
        }
        return url.build().encode().toUriString();
    }

    private static String known(String value, Set<String> allowed) {
        return value != null && allowed.contains(value.strip()) ? value.strip() : null;
    }
}
