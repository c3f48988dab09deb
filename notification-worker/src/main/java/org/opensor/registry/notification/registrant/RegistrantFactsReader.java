package org.opensor.registry.notification.registrant;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.notification.rules.RegistrantFacts;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the facts the rules need from a {@code RegistrantStateV1} payload, tolerantly: the worker reads the JSON
 * tree, not the record, so that new fields the producer adds never stop the worker, and fields it has not yet
 * published are simply unknown. Required: {@code registrantId} and {@code version}; everything else is optional.
 * <p>Extension point: a new fact (risk tier, offence categories, last custody event type) is one more line in
 * {@link #read(byte[])} and one more component of {@link RegistrantFacts}.
 */
public final class RegistrantFactsReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What one registrant event says. */
    public record Projected(RegistrantFacts facts, long version) {
    }

    public Projected read(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new MalformedEventException("empty registrant state");
        }
        JsonNode state;
        try {
            state = JSON.readTree(payload);
        } catch (JacksonException e) {
            throw new MalformedEventException("cannot read registrant state: " + e.getOriginalMessage(), e);
        }
        if (state == null || !state.isObject()) {
            throw new MalformedEventException("registrant state is not a JSON object");
        }
        UUID id;
        try {
            id = UUID.fromString(text(state, "registrantId"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("registrant state has no valid registrantId");
        }
        JsonNode version = state.path("version");
        if (!version.isIntegralNumber() || version.asLong() < 1) {
            throw new MalformedEventException("registrant state has no valid version");
        }
        List<String> nationalities = new ArrayList<>();
        state.path("nationalities").forEach(code -> {
            if (code.isString()) {
                nationalities.add(code.asString());
            }
        });
        String residenceCountry = null;
        String residenceDistrict = null;
        String residenceFrom = "";
        for (JsonNode address : state.path("addresses")) {
            // The current residence: kind RESIDENCE, still valid (no validTo), the latest to start.
            if ("RESIDENCE".equals(text(address, "kind")) && text(address, "validTo") == null
                    && String.valueOf(text(address, "validFrom")).compareTo(residenceFrom) >= 0) {
                residenceFrom = String.valueOf(text(address, "validFrom"));
                residenceCountry = text(address, "country");
                residenceDistrict = text(address, "district");
            }
        }
        RegistrantFacts facts = new RegistrantFacts(id, text(state, "familyName"), text(state, "givenNames"), nationalities,
                text(state, "custodyStatus"), residenceCountry, residenceDistrict);
        return new Projected(facts, version.asLong());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
