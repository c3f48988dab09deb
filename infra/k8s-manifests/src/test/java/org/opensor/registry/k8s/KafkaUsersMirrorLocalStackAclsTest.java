package org.opensor.registry.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opensor.registry.k8s.KustomizeBuild.Resource;
import tools.jackson.databind.JsonNode;

/**
 * The cluster's KafkaUsers grant exactly what the local stack's broker grants (infra/stack's KafkaAccess.GRANTS,
 * the one definition of the ACLs), apart from Describe, which Kafka implies from Read and Write.
 * Read by reflection: KafkaAccess comes with the Kafka-login change, and this test is skipped, saying so, without it.
 */
class KafkaUsersMirrorLocalStackAclsTest {

    @Test
    void theKafkaUsersGrantWhatTheLocalStackGrants() throws ReflectiveOperationException {
        Class<?> access;
        try {
            access = Class.forName("org.opensor.registry.stack.KafkaAccess");
        } catch (ClassNotFoundException e) {
            Assumptions.abort(
                    "infra/stack has no KafkaAccess (the Kafka ACL change is not merged here): KafkaUsers NOT compared");
            return;
        }
        Set<String> local = new TreeSet<>();
        for (Object grant : (List<?>) access.getField("GRANTS").get(null)) {
            String pattern = call(grant, "pattern").equals("PREFIXED") ? "prefix" : "literal";
            String operation = call(grant, "operation");
            local.add(String.join(
                    " ",
                    call(grant, "principal"),
                    call(grant, "type").toLowerCase(Locale.ROOT),
                    call(grant, "resource"),
                    pattern,
                    operation.charAt(0) + operation.substring(1).toLowerCase(Locale.ROOT)));
        }
        Set<String> cluster = new TreeSet<>();
        for (Resource user : KustomizeBuild.render(Repository.ROOT.resolve("infra/k8s/overlays/production"))) {
            if (!user.kind().equals("KafkaUser")) {
                continue;
            }
            for (JsonNode acl :
                    user.manifest().path("spec").path("authorization").path("acls")) {
                for (JsonNode operation : acl.path("operations")) {
                    if (!operation.asString().equals("Describe")) {
                        JsonNode resource = acl.path("resource");
                        cluster.add(String.join(
                                " ",
                                user.name(),
                                resource.path("type").asString(),
                                resource.path("name").asString(),
                                resource.path("patternType").asString("literal"),
                                operation.asString()));
                    }
                }
            }
        }
        assertThat(cluster).isEqualTo(local);
    }

    private static String call(Object record, String accessor) throws ReflectiveOperationException {
        return String.valueOf(record.getClass().getMethod(accessor).invoke(record));
    }
}
