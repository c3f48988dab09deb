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
    private final Map<String, String> lastState = new ConcurrentHashMap<>();
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
                        if (line.startsWith("id:") && line.lastIndexOf(':') > 3) {
                            String id = line.substring(3).strip();
                            seen.putIfAbsent(id, System.nanoTime());
                            lastState.put(alertOf(id), id);
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

    /**
     * Whether this stream has seen the change {@code id}, or ends on the same state of that alert as another stream: an
     * instance sends an alert as it stands when it hears of a change, so a state that a second change replaced before
     * the instance read it is streamed as the newer state, never lost.
     */
    boolean sawOrCaughtUp(String id, AlertStreamWatch other) {
        String alert = alertOf(id);
        return seen.containsKey(id)
                || (lastState.containsKey(alert) && lastState.get(alert).equals(other.lastState.get(alert)));
    }

    /** The states of an alert this stream saw, for the report of a change it missed. */
    java.util.List<String> statesOf(String id) {
        String alert = alertOf(id);
        return seen.keySet().stream()
                .filter(s -> alertOf(s).equals(alert))
                .map(s -> s.substring(alert.length() + 1))
                .sorted()
                .toList();
    }

    private static String alertOf(String id) {
        return id.substring(0, id.lastIndexOf(':'));
    }

    @Override
    public void close() {
        open.set(false);
        reader.interrupt();
    }
}
