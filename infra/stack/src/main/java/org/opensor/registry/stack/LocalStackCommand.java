package org.opensor.registry.stack;

import java.util.List;

/**
 * {@code infra/local/up|down|status}: the command-line face of {@link LocalStack}. State lives in
 * {@code .local/} (or {@code OPENSOR_STATE_DIR}).
 */
public final class LocalStackCommand {

    private LocalStackCommand() {}

    public static void main(String[] args) {
        String verb = args.length == 0 ? "status" : args[0];
        boolean cluster = List.of(args).contains("--cluster");
        StackLayout layout = StackLayout.fromEnvironment();
        String heap = System.getenv().getOrDefault("OPENSOR_ELASTICSEARCH_HEAP", "512m");
        try {
            LocalStack stack = new LocalStack(
                    layout,
                    Ports.fromEnvironment(System.getenv()),
                    true,
                    heap,
                    Ports.keycloakFromEnvironment(System.getenv()));
            boolean keycloak = java.util.Arrays.asList(args).contains("keycloak")
                    || java.util.Arrays.asList(args).contains("--keycloak");
            if (keycloak) {
                stack.withKeycloak();
            }
            // cluster mode keeps its own state in a folder of the state folder, so both stacks can exist side by side
            StackLayout clusterLayout =
                    new StackLayout(layout.projectRoot(), layout.stateDir().resolve("cluster"));
            LocalStack clusterStack = LocalStack.cluster(clusterLayout, ClusterPorts.defaults(), heap);
            if (keycloak) {
                clusterStack.withKeycloak();
            }
            boolean clusterExists = java.nio.file.Files.isDirectory(clusterLayout.stateDir());
            switch (verb) {
                case "up" -> up(cluster ? clusterStack : stack);
                case "servers" -> (cluster ? clusterStack : stack).startServers(LocalStackCommand::say);
                case "down" -> {
                    if (!cluster) {
                        down(stack);
                    }
                    if (cluster || clusterExists) {
                        down(clusterStack);
                    }
                }
                case "status" -> {
                    boolean healthy = cluster || status(stack);
                    if (cluster || clusterExists) {
                        System.out.println("\ncluster mode (" + clusterLayout.stateDir() + "):");
                        healthy &= status(clusterStack) || !cluster;
                    }
                    System.exit(healthy ? 0 : 3);
                }
                default -> {
                    System.err.println(
                            "usage: infra/local/{up|down|status} [--keycloak] [--cluster] (or: servers, to start PostgreSQL, Kafka and Elasticsearch only)");
                    System.exit(2);
                }
            }
        } catch (StackException e) {
            System.err.println("\n" + e.getMessage());
            System.exit(1);
        }
    }

    private static void up(LocalStack stack) {
        long started = System.nanoTime();
        stack.startServers(LocalStackCommand::say);
        stack.startServices(LocalStackCommand::say);
        // Checked again now, each one: a component that was already running was never waited for, and one may have
        // failed since it first answered.
        List<String> unhealthy = stack.all().stream()
                .filter(c -> c.process().isEmpty() || !c.healthy())
                .map(Component::name)
                .toList();
        if (unhealthy.isEmpty()) {
            say("all " + stack.all().size() + " components are healthy after "
                    + LocalStack.seconds(System.nanoTime() - started));
        } else {
            say("NOT HEALTHY: " + String.join(", ", unhealthy) + " (see the table and the logs below)");
        }
        System.out.println();
        status(stack);
        if (!unhealthy.isEmpty()) {
            System.exit(3);
        }
        String entry = stack.entryUrl();
        // every address is https, with a certificate of the install's own authority
        System.out.println("""

                Web console       %1$s/   (sign in with a demo account below)
                Registry API      %1$s/api/v1   (OpenAPI: %1$s/v3/api-docs)
                TLS authority     %3$s (this install's own: curl --cacert it, or import it in the browser)
                Elasticsearch     %4$s   (HTTPS and a login: users in docs/security.md, passwords under
                                  elasticsearch.password.<user> in %5$s, mode 600)
                Demo accounts     %2$s (mode 600): role, username, password""".formatted(
                        entry,
                        DemoAccounts.file(stack.layout()),
                        LocalCertificateAuthority.certificateFile(stack.layout().stateDir()),
                        stack.elasticsearch().url(),
                        stack.layout().stateDir().resolve("secrets.properties")));
        for (String line : DemoAccounts.lines(stack.layout())) {
            System.out.println("    " + line);
        }
        if (stack.keycloakWanted()) {
            KeycloakServer keycloak = stack.keycloak();
            System.out.println("""

                    Keycloak          %s   (realm %s; the console and the API sign in through it, with the accounts above)
                    Machine client    %s, its secret under keycloak.client-secret.%s in %s (mode 600)
                    A token for it:   curl --cacert %s -d grant_type=client_credentials -d client_id=%s -d client_secret=<secret> %s
                    Then call the API with -H 'Authorization: Bearer <access_token>' (HTTP Basic is off in this mode).""".formatted(
                            keycloak.url(),
                            KeycloakServer.REALM,
                            KeycloakServer.MACHINE_CLIENT,
                            KeycloakServer.MACHINE_CLIENT,
                            stack.layout().stateDir().resolve("secrets.properties"),
                            keycloak.trustedCertificate(),
                            KeycloakServer.MACHINE_CLIENT,
                            keycloak.tokenUri()));
            return;
        }
        String clerk = DemoAccounts.lines(stack.layout()).stream()
                .filter(l -> l.startsWith("court-clerk "))
                .findFirst()
                .orElse("court-clerk clerk ?");
        String[] parts = clerk.split(" ");
        System.out.println("""

                First request (a court clerk registers a person):
                    curl -u %s:%s -H 'Content-Type: application/json' \\
                         -d '{"familyName":"SOK","givenNames":"Sokha","dateOfBirth":"1971-03","sex":"MALE","nationalities":["KHM"]}' \\
                         %s/api/v1/registrants%s
                Stop everything: infra/local/down     Check: infra/local/status""".formatted(
                        parts[1],
                        parts[2],
                        entry,
                        " --cacert "
                                + LocalCertificateAuthority.certificateFile(
                                        stack.layout().stateDir())));
    }

    private static void down(LocalStack stack) {
        List<String> stopped = stack.stopAll();
        say(stopped.isEmpty() ? "nothing was running" : "stopped " + String.join(", ", stopped));
    }

    private static boolean status(LocalStack stack) {
        System.out.printf("%-20s %-6s %-8s %-9s %s%n", "COMPONENT", "PORT", "PID", "HEALTH", "LOG");
        boolean allHealthy = true;
        for (Component component : stack.all()) {
            var process = component.process();
            String health = process.isEmpty() ? "stopped" : component.healthy() ? "healthy" : "unhealthy";
            allHealthy &= "healthy".equals(health);
            System.out.printf(
                    "%-20s %-6d %-8s %-9s %s%n",
                    component.name(),
                    component.port(),
                    process.map(p -> Long.toString(p.pid())).orElse("-"),
                    health,
                    component.logFile());
        }
        return allHealthy;
    }

    private static void say(String line) {
        System.out.println("  " + line);
    }
}
