package org.opensor.registry.stack;

import java.nio.file.Path;

/**
 * One server's TLS identity, issued by the {@link LocalCertificateAuthority}.
 *
 * @param folder     its folder (handed to the server's user when root runs the stack)
 * @param chain      the server's certificate then the authority's (PEM)
 * @param privateKey its key (PKCS#8 PEM, 600), for PostgreSQL and HAProxy
 * @param keyStore   key and chain as PKCS#12, for Java servers (Kafka); null where only PEM files were asked for
 */
public record ServerCertificate(Path folder, Path chain, Path privateKey, Path keyStore) {}
