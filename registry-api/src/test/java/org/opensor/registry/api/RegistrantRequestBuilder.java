package org.opensor.registry.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of {@code POST /api/v1/registrants}, built field by field: a test names only what it is about, and a
 * renamed field is changed here once. {@code aRegistrant()} is a valid minimal person (SOK, male); {@link #with} and
 * {@link #without} make the invalid bodies that refusal tests need.
 */
public final class RegistrantRequestBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<Map<String, Object>> aliases = new ArrayList<>();
    private final List<Map<String, Object>> documents = new ArrayList<>();

    private RegistrantRequestBuilder() {
        fields.put("familyName", "SOK");
        fields.put("sex", "MALE");
    }

    /** A valid person with a family name and a sex, nothing else. */
    public static RegistrantRequestBuilder aRegistrant() {
        return new RegistrantRequestBuilder();
    }

    public RegistrantRequestBuilder named(String familyName, String givenNames) {
        fields.put("familyName", familyName);
        return with("givenNames", givenNames);
    }

    public RegistrantRequestBuilder originalScriptName(String name) {
        return with("originalScriptName", name);
    }

    public RegistrantRequestBuilder bornOn(String dateOfBirth) {
        return with("dateOfBirth", dateOfBirth);
    }

    public RegistrantRequestBuilder sex(String sex) {
        return with("sex", sex);
    }

    public RegistrantRequestBuilder nationalities(String... codes) {
        return with("nationalities", List.of(codes));
    }

    public RegistrantRequestBuilder alias(String familyName, String givenNames) {
        return alias(familyName, givenNames, null);
    }

    /** An alias with its own (possibly partial) date of birth; a null date is left out. */
    public RegistrantRequestBuilder alias(String familyName, String givenNames, String dateOfBirth) {
        Map<String, Object> alias = new LinkedHashMap<>();
        alias.put("familyName", familyName);
        alias.put("givenNames", givenNames);
        if (dateOfBirth != null) {
            alias.put("dateOfBirth", dateOfBirth);
        }
        aliases.add(alias);
        return this;
    }

    /** An alias known only as one full name, such as one written in Khmer script. */
    public RegistrantRequestBuilder aliasFullName(String fullName) {
        Map<String, Object> alias = new LinkedHashMap<>();
        alias.put("fullName", fullName);
        aliases.add(alias);
        return this;
    }

    public RegistrantRequestBuilder passport(String number, String issuingState, String expiresOn) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "PASSPORT");
        document.put("number", number);
        document.put("issuingState", issuingState);
        if (expiresOn != null) {
            document.put("expiresOn", expiresOn);
        }
        documents.add(document);
        return this;
    }

    /** A passport whose expiry the clerk did not record. */
    public RegistrantRequestBuilder passport(String number, String issuingState) {
        return passport(number, issuingState, null);
    }

    /** Confirms the person is not a registrant already on the register, as the clerk does for a namesake. */
    public RegistrantRequestBuilder confirmedDistinct(String reason) {
        with("confirmedDistinctPerson", true);
        return with("reason", reason);
    }

    /** Any field, with any value, valid or not. */
    public RegistrantRequestBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    /** Leaves a field out, even a required one. */
    public RegistrantRequestBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public String json() {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        if (!aliases.isEmpty()) {
            body.put("aliases", aliases);
        }
        if (!documents.isEmpty()) {
            body.put("documents", documents);
        }
        return JSON.writeValueAsString(body);
    }
}
