package org.opensor.registry.api.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.opensor.registry.testservices.contract.ContractCheck;

/** Any request, with any credentials: the security tests need wrong passwords and bearer tokens too. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {}

    /** The body as text, except for an event stream, which never ends: its body is left unread and the connection closed. */
    private static HttpResponse.BodySubscriber<String> bodyUnlessStream(HttpResponse.ResponseInfo info) {
        if (!info.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
        }
        return new HttpResponse.BodySubscriber<>() {
            @Override
            public java.util.concurrent.CompletionStage<String> getBody() {
                return java.util.concurrent.CompletableFuture.completedFuture("");
            }

            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                subscription.cancel();
            }

            @Override
            public void onNext(java.util.List<java.nio.ByteBuffer> item) {}

            @Override
            public void onError(Throwable throwable) {}

            @Override
            public void onComplete() {}
        };
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> call(
            int port, String method, String path, String authorization, String purpose, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (purpose != null) {
            request.header("X-Purpose", purpose);
        }
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = CLIENT.send(built, Http::bodyUnlessStream);
            ContractCheck.check(built, response);
            return response;
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed: " + e.getMessage(), e);
        }
    }
}
