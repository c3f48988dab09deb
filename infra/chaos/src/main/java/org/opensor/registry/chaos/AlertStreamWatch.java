package org.opensor.registry.chaos;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A border officer's live alert stream on one registry-api instance, reconnecting when it drops. Remembers every
 * event id ({@code <alertId>:<state>}) with when it arrived, so the suite can compare what two instances streamed.
 */
final class AlertStreamWatch implements AutoCloseable {

    private final RegistryClient instance;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread reader;

    AlertStreamWatch(RegistryClient instance) {
        this.instance = instance;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    private void read() {
        while (open.get()) {
            try {
                HttpResponse<java.io.InputStream> response = instance.http()
                        .send(
                                instance.request("/api/v1/alerts/stream", "border")
                                        .header("Accept", "text/event-stream")
                                        .timeout(java.time.Duration.ofHours(1))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while (open.get() && (line = lines.readLine()) != null) {
                        if (line.startsWith("id:") && line.contains(":")) {
                            seen.putIfAbsent(line.substring(3).strip(), System.nanoTime());
                        }
                    }
                }
            } catch (Exception e) {
                // the instance is gone or restarting: connect again in a moment
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Event ids that arrived between two instants (System.nanoTime). */
    Set<String> seenBetween(long from, long to) {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        seen.forEach((id, at) -> {
            if (at >= from && at <= to) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Whether this stream has seen {@code id} at all. */
    boolean saw(String id) {
        return seen.containsKey(id);
    }

    @Override
    public void close() {
        open.set(false);
        reader.interrupt();
    }
}
