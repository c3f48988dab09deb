package org.opensor.registry.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void defaultsKeepClearOfSystemServersAndEveryPortCanBeChanged() {
        Ports defaults = Ports.fromEnvironment(Map.of());
        Ports changed = Ports.fromEnvironment(Map.of("OPENSOR_API_PORT", "18080", "OPENSOR_POSTGRES_PORT", "25432"));

        assertThat(defaults.postgres()).isNotEqualTo(5432);
        assertThat(defaults.kafka()).isNotEqualTo(9092);
        assertThat(defaults.elasticsearch()).isNotEqualTo(9200);
        assertThat(defaults.registryApi()).isEqualTo(8080);
        assertThat(changed.registryApi()).isEqualTo(18080);
        assertThat(changed.postgres()).isEqualTo(25432);
        assertThat(changed.kafka()).isEqualTo(defaults.kafka());
    }

    @Test
    void aPortThatIsNotANumberIsNamedInTheError() {
        assertThatThrownBy(() -> Ports.fromEnvironment(Map.of("OPENSOR_KAFKA_PORT", "ninety")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("OPENSOR_KAFKA_PORT=ninety");
    }

    @Test
    void aTakenPortNamesThePortTheComponentAndHowToChangeIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> Ports.requireFree("registry-api", port, "OPENSOR_API_PORT"))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("Port " + port + " for registry-api is already taken")
                    .hasMessageContaining("OPENSOR_API_PORT=<port> infra/local/up");
        }
    }
}
