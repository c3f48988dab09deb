package org.opensor.registry.api.apidoc;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;

/**
 * The contract of each operation beyond what its controller method says: the operation id a generated client
 * names its method after, the success status, and the headers of a successful answer. One entry per row of
 * {@code Permissions}; {@link ApiDocumentCustomizer} refuses to serve a document with an operation missing here.
 */
final class ApiOperations {

    /** @param ifMatch NONE, OPTIONAL (a stale one is 412) or REQUIRED (a missing one is 428) */
    record Contract(String operationId, int status, boolean etag, boolean location, IfMatch ifMatch) {}

    enum IfMatch {
        NONE,
        OPTIONAL,
        REQUIRED
    }

    private static final Map<String, Contract> BY_OPERATION = Map.ofEntries(
            entry("POST /api/v1/registrants", c("registerPerson", 201, true, true, IfMatch.NONE)),
            entry("GET /api/v1/registrants", c("listRegistrants", 200, false, false, IfMatch.NONE)),
            entry("GET /api/v1/registrants/{id}", c("readRegistrant", 200, true, false, IfMatch.NONE)),
            entry("PUT /api/v1/registrants/{id}", c("changeIdentity", 200, true, false, IfMatch.REQUIRED)),
            entry("GET /api/v1/registrants/{id}/history", c("readRegistrantHistory", 200, false, false, IfMatch.NONE)),
            entry(
                    "POST /api/v1/registrants/{id}/convictions",
                    c("recordConviction", 201, true, false, IfMatch.OPTIONAL)),
            entry(
                    "POST /api/v1/registrants/{id}/custody-events",
                    c("recordCustodyEvent", 201, true, false, IfMatch.OPTIONAL)),
            entry("POST /api/v1/registrants/{id}/addresses", c("recordAddress", 201, true, false, IfMatch.OPTIONAL)),
            entry(
                    "POST /api/v1/registrants/{id}/verifications",
                    c("recordVerification", 201, true, false, IfMatch.OPTIONAL)),
            entry("POST /api/v1/registrants/{id}/photos", c("uploadPhoto", 201, false, true, IfMatch.NONE)),
            entry("GET /api/v1/registrants/{id}/photos", c("listPhotos", 200, false, false, IfMatch.NONE)),
            entry("GET /api/v1/registrants/{id}/photos/{photoId}", c("downloadPhoto", 200, false, false, IfMatch.NONE)),
            entry(
                    "POST /api/v1/registrants/{id}/travel-notices",
                    c("declareTravelNotice", 201, true, true, IfMatch.NONE)),
            entry(
                    "GET /api/v1/registrants/{id}/travel-notices",
                    c("listTravelNotices", 200, false, false, IfMatch.NONE)),
            entry(
                    "PUT /api/v1/registrants/{id}/travel-notices/{noticeId}",
                    c("amendTravelNotice", 200, true, false, IfMatch.REQUIRED)),
            entry(
                    "POST /api/v1/registrants/{id}/travel-notices/{noticeId}/cancellation",
                    c("cancelTravelNotice", 200, true, false, IfMatch.OPTIONAL)),
            entry("PUT /api/v1/registrants/{id}/restriction", c("restrictRegistrant", 200, false, false, IfMatch.NONE)),
            entry("DELETE /api/v1/registrants/{id}/restriction", c("liftRestriction", 204, false, false, IfMatch.NONE)),
            entry("POST /api/v1/identity-searches", c("searchIdentities", 200, false, false, IfMatch.NONE)),
            entry("GET /api/v1/statutes", c("listStatutes", 200, false, false, IfMatch.NONE)),
            entry("POST /api/v1/decrees", c("enterDecree", 201, true, true, IfMatch.NONE)),
            entry("GET /api/v1/decrees", c("listDecrees", 200, false, false, IfMatch.NONE)),
            entry("GET /api/v1/decrees/{id}", c("readDecree", 200, true, false, IfMatch.NONE)),
            entry("GET /api/v1/decrees/{id}/preview", c("previewDecree", 200, false, false, IfMatch.NONE)),
            entry(
                    "POST /api/v1/decrees/{id}/lines/{lineNumber}/decision",
                    c("decideDecreeLine", 200, true, false, IfMatch.OPTIONAL)),
            entry("POST /api/v1/decrees/{id}/application", c("applyDecree", 200, true, false, IfMatch.OPTIONAL)),
            entry("GET /api/v1/alerts", c("listAlerts", 200, false, false, IfMatch.NONE)),
            entry("GET /api/v1/alerts/stream", c("streamAlerts", 200, false, false, IfMatch.NONE)),
            entry("POST /api/v1/alerts/{id}/acknowledgement", c("acknowledgeAlert", 200, false, false, IfMatch.NONE)),
            entry("POST /api/v1/screenings", c("screenTraveller", 200, false, false, IfMatch.NONE)),
            entry("POST /api/v1/manifests", c("screenManifest", 200, false, false, IfMatch.NONE)),
            entry("POST /api/v1/charges", c("recordCharge", 201, true, true, IfMatch.NONE)),
            entry("GET /api/v1/charges/{chargeId}", c("readCharge", 200, true, false, IfMatch.NONE)),
            entry("POST /api/v1/charges/{chargeId}/verdict", c("recordVerdict", 200, true, false, IfMatch.OPTIONAL)),
            entry(
                    "POST /api/v1/charges/{chargeId}/travel-ban-lifting",
                    c("liftTravelBan", 200, true, false, IfMatch.OPTIONAL)),
            entry("GET /api/v1/sealed-charges/{chargeId}", c("readSealedCharge", 200, false, false, IfMatch.NONE)),
            entry("POST /api/v1/foreign-requests", c("recordForeignRequest", 201, true, true, IfMatch.NONE)),
            entry("GET /api/v1/foreign-requests/{requestId}", c("readForeignRequest", 200, true, false, IfMatch.NONE)),
            entry(
                    "POST /api/v1/foreign-requests/{requestId}/closure",
                    c("closeForeignRequest", 200, true, false, IfMatch.OPTIONAL)),
            entry("GET /api/v1/extradition-treaties", c("listExtraditionTreaties", 200, false, false, IfMatch.NONE)),
            entry(
                    "PUT /api/v1/extradition-treaties/{state}",
                    c("saveExtraditionTreaty", 200, false, false, IfMatch.NONE)),
            entry(
                    "POST /api/v1/registrants/{id}/deportation-orders",
                    c("orderDeportation", 201, false, true, IfMatch.OPTIONAL)),
            entry(
                    "GET /api/v1/registrants/{id}/deportation-orders",
                    c("listDeportationOrders", 200, false, false, IfMatch.NONE)),
            entry("GET /api/v1/compliance-tasks", c("listComplianceTasks", 200, false, false, IfMatch.NONE)),
            entry(
                    "POST /api/v1/compliance-tasks/{taskId}/assignment",
                    c("assignComplianceTask", 200, true, false, IfMatch.OPTIONAL)),
            entry(
                    "POST /api/v1/compliance-tasks/{taskId}/closure",
                    c("closeComplianceTask", 200, true, false, IfMatch.OPTIONAL)),
            entry(
                    "POST /api/v1/registrants/{id}/deregistration",
                    c("proposeDeregistration", 201, false, false, IfMatch.NONE)),
            entry(
                    "GET /api/v1/registrants/{id}/deregistration",
                    c("readDeregistration", 200, false, false, IfMatch.NONE)),
            entry(
                    "POST /api/v1/registrants/{id}/deregistration/approval",
                    c("approveDeregistration", 200, false, false, IfMatch.NONE)),
            entry("GET /api/v1/deregistrations", c("listDeregistrations", 200, false, false, IfMatch.NONE)),
            entry(
                    "GET /api/v1/deregistrations/{registrantId}/record",
                    c("readDeregisteredRecord", 200, false, false, IfMatch.NONE)),
            entry("GET /api/v1/accounts", c("listAccounts", 200, false, false, IfMatch.NONE)),
            entry("POST /api/v1/accounts", c("createAccount", 201, false, true, IfMatch.NONE)),
            entry("POST /api/v1/accounts/{username}/unlock", c("unlockAccount", 204, false, false, IfMatch.NONE)),
            entry("POST /api/v1/accounts/{username}/disable", c("disableAccount", 204, false, false, IfMatch.NONE)),
            entry("PUT /api/v1/accounts/{username}/password", c("setAccountPassword", 204, false, false, IfMatch.NONE)),
            entry("GET /api/v1/audit-events", c("listAuditEvents", 200, false, false, IfMatch.NONE)),
            entry("GET /api/v1/audit-events/verification", c("verifyAuditChain", 200, false, false, IfMatch.NONE)),
            entry("GET /api/v1/audit-events/misuse-report", c("reportMisuse", 200, false, false, IfMatch.NONE)),
            entry("GET /api/v1/retention-runs", c("listRetentionRuns", 200, false, false, IfMatch.NONE)));

    private ApiOperations() {}

    static Optional<Contract> of(String method, String path) {
        return Optional.ofNullable(BY_OPERATION.get(method + " " + path));
    }

    private static Contract c(String operationId, int status, boolean etag, boolean location, IfMatch ifMatch) {
        return new Contract(operationId, status, etag, location, ifMatch);
    }
}
