package org.opensor.registry.chaos;

import java.util.List;
import java.util.Map;
import org.opensor.registry.stack.ClusterPorts;
import org.opensor.registry.stack.Component;
import org.opensor.registry.stack.DemoAccounts;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.stack.LocalStack;
import org.opensor.registry.stack.StackLayout;

/** The cluster-mode stack started by {@code infra/local/up --cluster}, its demo passwords and a client through HAProxy. */
record RunningCluster(LocalStack stack, Map<String, String> passwords, RegistryClient api) {

    /** Exits with status 2 and says how to start it when any component is down. */
    static RunningCluster attach() {
        StackLayout base = StackLayout.fromEnvironment();
        StackLayout layout = new StackLayout(base.projectRoot(), base.stateDir().resolve("cluster"));
        LocalStack stack = LocalStack.cluster(layout, ClusterPorts.defaults(), "512m");
        List<String> down = stack.all().stream()
                .filter(c -> c.process().isEmpty() || !healthyWithin(c, 30))
                .map(Component::name)
                .toList();
        if (!down.isEmpty()) {
            System.err.println("The cluster is not running and healthy (" + String.join(", ", down)
                    + "): start it with infra/local/up --cluster");
            System.exit(2);
        }
        Map<String, String> passwords = DemoAccounts.passwordsByUsername(layout);
        RegistryClient api = new RegistryClient(
                stack.entryUrl(),
                LocalCertificateAuthority.sslContext(LocalCertificateAuthority.certificateFile(layout.stateDir())),
                passwords);
        return new RunningCluster(stack, passwords, api);
    }

    Component component(String name) {
        return stack.all().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + name));
    }

    /** A client straight to one instance, past the load balancer: HTTPS too, checked against the same authority. */
    RegistryClient direct(String name) {
        return new RegistryClient(
                "https://127.0.0.1:" + component(name).port(),
                LocalCertificateAuthority.sslContext(
                        LocalCertificateAuthority.certificateFile(stack.layout().stateDir())),
                passwords);
    }

    /** One health check times out on a loaded machine: a component that answers within a few tries is up. */
    private static boolean healthyWithin(Component component, int seconds) {
        for (int i = 0; i < seconds; i++) {
            if (component.healthy()) {
                return true;
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
