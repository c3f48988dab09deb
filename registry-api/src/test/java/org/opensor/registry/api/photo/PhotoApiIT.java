package org.opensor.registry.api.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.security.Role;
import org.opensor.registry.testservices.contract.ContractCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 25 item 4 through the API: a clerk uploads facial photos; what camera metadata they carried is gone when
 * they are downloaded; every download is audited with who and why; bad files are refused naming the field and
 * the rule; a record restricted to another unit shows its photos to nobody outside that unit.
 */
@IntegrationTest
class PhotoApiIT extends WithTestAccounts {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PURPOSE = "CASE-2026-0425 identity check at the desk";

    @Test
    void aClerkUploadsAPhotoAndItIsDownloadedWithoutItsMetadataAndAudited() throws Exception {
        String id = person();

        Answer uploaded = upload(id, "clerk", "face.jpg", "image/jpeg", TestImages.jpegWithExifAndXmp(320, 400));

        assertThat(uploaded.status).as(uploaded.text()).isEqualTo(201);
        JsonNode photo = uploaded.json();
        String href = photo.get("href").asString();
        assertThat(uploaded.response.headers().firstValue("Location")).hasValue(href);
        assertThat(photo.get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(photo.get("width").asInt()).isEqualTo(320);
        assertThat(photo.get("uploadedBy").asString()).isEqualTo("clerk");

        Answer list = get("/api/v1/registrants/" + id + "/photos", "police", PURPOSE, "application/json");
        assertThat(list.status).isEqualTo(200);
        assertThat(list.json().get("photos")).hasSize(1);
        assertThat(list.json().get("photos").get(0).get("href").asString()).isEqualTo(href);

        Answer image = get(href, "border", PURPOSE, "image/*");
        assertThat(image.status).isEqualTo(200);
        assertThat(image.response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.response.headers().firstValue("Cache-Control").orElse(""))
                .contains("no-store");
        String bytes = new String(image.body, StandardCharsets.ISO_8859_1);
        assertThat(bytes)
                .startsWith("\u00FF\u00D8")
                .doesNotContain("GPSLatitude")
                .doesNotContain("xmpmeta");

        assertThat(jdbc.sql("""
                select count(*) from registry.audit_event where actor = 'border' and action = 'GET /api/v1/registrants/{id}/photos/{photoId}'
                and record_id = :id and purpose = :purpose and outcome = 'ALLOWED'
                """)
                        .param("id", id)
                        .param("purpose", PURPOSE)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPngStaysAPngWithoutItsTextChunks() throws Exception {
        String id = person();

        Answer uploaded = upload(id, "clerk", "face.png", "image/png", TestImages.pngWithTextChunk(200, 260));
        Answer image = get(uploaded.json().get("href").asString(), "clerk", PURPOSE, "image/png");

        assertThat(image.response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new String(image.body, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");
    }

    @Test
    void badFilesAreRefusedNamingTheFieldAndTheRule() throws Exception {
        String id = person();

        assertRefused(upload(id, "clerk", "face.jpg", "image/jpeg", TestImages.gif(200, 200)), 400, "jpeg-or-png");
        assertRefused(
                upload(id, "clerk", "face.jpg", "image/jpeg", "<?php evil(); ?>".getBytes(StandardCharsets.UTF_8)),
                400,
                "jpeg-or-png");
        assertRefused(
                upload(id, "clerk", "tiny.jpg", "image/jpeg", TestImages.jpegWithExifAndXmp(50, 50)), 400, "min-100px");
        assertRefused(upload(id, "clerk", "empty.jpg", "image/jpeg", new byte[0]), 400, "required");
        byte[] huge = new byte[FacialImages.MAX_BYTES + 1000];
        System.arraycopy(TestImages.jpegWithExifAndXmp(200, 200), 0, huge, 0, 100);
        assertRefused(upload(id, "clerk", "huge.jpg", "image/jpeg", huge), 400, "max-size-5MB");
        assertRefused(upload(id, "clerk", "bigger.jpg", "image/jpeg", new byte[7 * 1024 * 1024]), 413, "max-size");
        assertThat(get("/api/v1/registrants/" + id + "/photos", "clerk", PURPOSE, "application/json")
                        .json()
                        .get("photos"))
                .isEmpty();
    }

    @Test
    void onlyClerksUploadAndAPurposeIsNeededToLook() throws Exception {
        String id = person();
        Answer uploaded = upload(id, "clerk", "face.jpg", "image/jpeg", TestImages.jpegWithExifAndXmp(200, 200));

        assertThat(upload(id, "police", "face.jpg", "image/jpeg", TestImages.jpegWithExifAndXmp(200, 200)).status)
                .isEqualTo(403);
        Answer noPurpose = get(uploaded.json().get("href").asString(), "police", null, "image/jpeg");
        assertThat(noPurpose.status).isEqualTo(400);
        assertThat(noPurpose.response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(get("/api/v1/registrants/" + id + "/photos/" + UUID.randomUUID(), "police", PURPOSE, "image/jpeg")
                        .status)
                .isEqualTo(404);
        assertThat(get("/api/v1/registrants/" + UUID.randomUUID() + "/photos", "police", PURPOSE, "application/json")
                        .status)
                .isEqualTo(404);
    }

    @Test
    void aRestrictedRecordsPhotosStayWithItsUnit() throws Exception {
        TestAccounts.ensureInUnit(jdbc, encoder, "police-photo-a", Role.POLICE_OFFICER, "UNIT-PHOTO-A");
        TestAccounts.ensureInUnit(jdbc, encoder, "police-photo-b", Role.POLICE_OFFICER, "UNIT-PHOTO-B");
        String id = person();
        String href = upload(id, "clerk", "face.jpg", "image/jpeg", TestImages.jpegWithExifAndXmp(200, 200))
                .json()
                .get("href")
                .asString();
        assertThat(api.put("/api/v1/registrants/" + id + "/restriction", "admin", """
                {"units":["UNIT-PHOTO-A"]}""", null)
                        .status())
                .isEqualTo(200);

        assertThat(get(href, "police-photo-a", PURPOSE, "image/jpeg").status).isEqualTo(200);
        assertThat(get(href, "police-photo-b", PURPOSE, "image/jpeg").status).isEqualTo(403);
        assertThat(get("/api/v1/registrants/" + id + "/photos", "police-photo-b", PURPOSE, "application/json").status)
                .isEqualTo(403);
    }

    private String person() {
        return registeredByTheClerk(aRegistrant()
                .named("PHOTO", "Sokha " + TestNames.unique())
                .bornOn("1980-02")
                .nationalities("KHM")
                .json());
    }

    private static void assertRefused(Answer answer, int status, String rule) {
        assertThat(answer.status).as(answer.text()).isEqualTo(status);
        assertThat(answer.response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("file");
        assertThat(error.get("rule").asString()).isEqualTo(rule);
    }

    private Answer upload(String id, String user, String filename, String contentType, byte[] bytes) throws Exception {
        String boundary = "----opensor" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = authorised(
                        HttpRequest.newBuilder(URI.create(base() + "/api/v1/registrants/" + id + "/photos")), user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestImages.concat(head, bytes, tail)))
                .build();
        return send(request);
    }

    private Answer get(String path, String user, String purpose, String accept) throws Exception {
        HttpRequest.Builder request = authorised(HttpRequest.newBuilder(URI.create(base() + path)), user)
                .header("Accept", accept)
                .GET();
        if (purpose != null) {
            request.header("X-Purpose", purpose);
        }
        return send(request.build());
    }

    private static Answer send(HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String text = contentType.contains("json") ? new String(response.body(), StandardCharsets.UTF_8) : "(image)";
        ContractCheck.check(request, response.statusCode(), response.headers(), text);
        return new Answer(response.statusCode(), response.body(), response);
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder builder, String user) {
        return builder.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private record Answer(int status, byte[] body, HttpResponse<byte[]> response) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }
    }
}
