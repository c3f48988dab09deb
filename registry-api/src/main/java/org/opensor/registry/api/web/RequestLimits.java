package org.opensor.registry.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any controller reads it, a body larger than its limit (413: declared by {@code Content-Length}
 * at once, or counted while it streams) and a query or form parameter with a character {@link InputText} refuses
 * (400). Runs inside the audit filter, so both refusals are audited.
 */
public class RequestLimits extends OncePerRequestFilter {

    private final RequestLimitSettings settings;

    public RequestLimits(RequestLimitSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().startsWith("/api/v1/manifests")
                ? settings.maxManifestBody().toBytes()
                : isPhotoUpload(request)
                        ? settings.maxPhotoBody().toBytes()
                        : settings.maxBody().toBytes();
        if (request.getContentLengthLong() > limit) {
            write(
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    ApiExceptionHandler.tooLarge(limit, isPhotoUpload(request) ? "file" : "body"));
            return;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            // Tomcat refuses a form or multipart body it cannot parse (no boundary, a broken part) when asked for
            // parameters
            write(response, HttpStatus.BAD_REQUEST, unreadableBody(request));
            return;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String refusal = InputText.refusal(parameter.getKey() + value);
                if (refusal != null) {
                    String field = InputText.refusal(parameter.getKey()) == null ? parameter.getKey() : "query";
                    String message =
                            field + " is refused: it contains " + refusal.replaceAll(" at position \\d+", "") + ".";
                    ProblemDetail problem =
                            ProblemResponses.problem(HttpStatus.BAD_REQUEST, ProblemResponses.VALIDATION, message);
                    problem.setTitle("Invalid request");
                    problem.setProperty(
                            "errors",
                            List.of(new ApiExceptionHandler.FieldError(field, InputText.CHARACTERS_RULE, message)));
                    write(response, HttpStatus.BAD_REQUEST, problem);
                    return;
                }
            }
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static ProblemDetail unreadableBody(HttpServletRequest request) {
        String contentType = String.valueOf(request.getContentType());
        boolean multipart = contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        String field = multipart && isPhotoUpload(request) ? "file" : "body";
        String rule = multipart ? "multipart-form-data" : "form-urlencoded";
        String message = field + " could not be read as " + (multipart ? "multipart/form-data" : "a form") + ": send "
                + (multipart ? "one part named file, with the boundary the Content-Type names." : "name=value pairs.");
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, ProblemResponses.VALIDATION, message);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new ApiExceptionHandler.FieldError(field, rule, message)));
        return problem;
    }

    /** The API's and the console's photo uploads: {@code /registrants/{id}/photos} and the console form below it. */
    private static boolean isPhotoUpload(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return "POST".equals(request.getMethod())
                && uri.startsWith("/")
                && (uri.endsWith("/photos") || uri.endsWith("/photos/new"));
    }

    static void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem) throws IOException {
        ProblemResponses.write(response, status, problem);
    }

    /** The body went past its limit while it was read. */
    public static final class BodyTooLarge extends IOException {

        private final long limit;

        BodyTooLarge(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    static BodyTooLarge causeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge tooLarge) {
                return tooLarge;
            }
        }
        throw new IllegalArgumentException("not caused by a body over its limit", failure);
    }

    /** The request with a body that stops at {@code limit} bytes. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counted(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            Charset charset = StandardCharsets.UTF_8;
            try {
                charset = getCharacterEncoding() == null ? charset : Charset.forName(getCharacterEncoding());
            } catch (IllegalArgumentException unknownCharset) {
                // a charset the JVM does not know: read as UTF-8, and the parser refuses what is not
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counted(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
