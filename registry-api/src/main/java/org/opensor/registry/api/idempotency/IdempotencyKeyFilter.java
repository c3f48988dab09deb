package org.opensor.registry.api.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opensor.registry.api.web.ProblemResponses;
import org.opensor.registry.api.web.RequestLimitSettings;
import org.opensor.registry.api.web.RequestLimits;
import org.opensor.registry.api.web.Unavailability;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every POST of the API that changes something: the first request with a key is carried
 * out and its answer kept (status, body, {@code Location}, {@code ETag}); a retry with the same key and the same
 * body gets that answer again without doing anything twice; the same key with another body is a 422, and a retry
 * while the first is still running a 409. Keys belong to the account that sent them. Runs inside Spring Security
 * (to know the account) and inside the audit filter (a replay is audited like the original).
 */
class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final ObjectProvider<StoredAnswers> store;
    private final RequestLimitSettings settings;
    private final Clock clock;

    IdempotencyKeyFilter(ObjectProvider<StoredAnswers> store, RequestLimitSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** POSTs that change something; an identity search only reads. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || request.getRequestURI().equals("/api/v1/identity-searches");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            ProblemResponses.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    ProblemResponses.fieldProblem(
                            HttpStatus.BAD_REQUEST,
                            ProblemResponses.VALIDATION,
                            HEADER,
                            "idempotency-key",
                            HEADER + " must be 1 to 255 visible ASCII characters, e.g. a UUID"));
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestLimits.BodyTooLarge e) {
            ProblemResponses.write(
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    ProblemResponses.fieldProblem(
                            HttpStatus.CONTENT_TOO_LARGE,
                            ProblemResponses.TOO_LARGE,
                            "body",
                            "max-size",
                            "The body is larger than the " + e.limit() + " bytes this resource accepts."));
            return;
        }
        String account = caller.getName();
        String hash = hash(request, body);
        StoredAnswers answers = store.getObject();
        try {
            Instant now = clock.instant();
            if (!answers.claim(account, key, hash, now)) {
                answers.forget(account, key, now.minus(settings.idempotencyKeyRetention()));
                if (!answers.claim(account, key, hash, now)) {
                    answerAgain(answers.find(account, key), hash, response);
                    return;
                }
            }
        } catch (RuntimeException e) {
            if (unavailable(e, request, response)) {
                return;
            }
            throw e;
        }
        carryOut(new CachedBody(request, body), response, chain, answers, account, key);
    }

    private void carryOut(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            StoredAnswers answers,
            String account,
            String key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        boolean finished = false;
        try {
            chain.doFilter(request, held);
            if (held.getStatus() < 500) {
                answers.finish(
                        account,
                        key,
                        held.getStatus(),
                        held.getContentType(),
                        held.getHeader(HttpHeaders.LOCATION),
                        held.getHeader(HttpHeaders.ETAG),
                        held.getContentAsByteArray());
                finished = true;
            }
        } finally {
            if (!finished) {
                try {
                    answers.release(account, key);
                } catch (RuntimeException e) {
                    logger.warn("Idempotency key could not be released; a retry gets 409 until the key expires");
                }
            }
            held.copyBodyToResponse();
        }
    }

    private static void answerAgain(
            Optional<StoredAnswers.StoredAnswer> stored, String hash, HttpServletResponse response) throws IOException {
        if (stored.isEmpty() || !stored.get().finished()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            ProblemResponses.write(
                    response,
                    HttpStatus.CONFLICT,
                    ProblemResponses.fieldProblem(
                            HttpStatus.CONFLICT,
                            ProblemResponses.IDEMPOTENCY_KEY_IN_USE,
                            HEADER,
                            "in-progress",
                            "A request with this " + HEADER
                                    + " is still being carried out; retry in a moment to get its answer."));
            return;
        }
        StoredAnswers.StoredAnswer answer = stored.get();
        if (!answer.requestHash().equals(hash)) {
            ProblemResponses.write(
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    ProblemResponses.fieldProblem(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            ProblemResponses.IDEMPOTENCY_KEY_REUSED,
                            HEADER,
                            "same-request",
                            "This " + HEADER + " was used for another request; send a new key for a new request."));
            return;
        }
        response.setStatus(answer.status());
        response.setHeader(REPLAYED_HEADER, "true");
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
    }

    private static boolean unavailable(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<String> store = Unavailability.of(e);
        if (store.isEmpty()) {
            return false;
        }
        request.setAttribute(Unavailability.REQUEST_ATTRIBUTE, store.get());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Unavailability.RETRY_AFTER_SECONDS));
        ProblemResponses.write(
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                ProblemResponses.problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        ProblemResponses.UNAVAILABLE,
                        "The " + store.get()
                                + " cannot answer at the moment; nothing was changed. Retry in a few seconds."));
        return true;
    }

    /** What makes two requests the same: method, path with query, content type and the body's bytes. */
    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String head = request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n"
                    + request.getContentType() + "\n";
            sha.update(head.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The request with its body read once, to hash it, and handed on from memory. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
