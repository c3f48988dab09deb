package org.opensor.registry.stack;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes X.509 v3 certificates with the JDK's own key generation and signatures: a certificate authority's, and
 * servers' signed by it. Keys are ECDSA P-256 (fast to make, and taken by PostgreSQL's OpenSSL, Kafka and every JDK).
 */
final class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] ECDSA_WITH_SHA256 = Der.sequence(Der.oid("1.2.840.10045.4.3.2"));
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String SUBJECT_KEY_ID = "2.5.29.14";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String AUTHORITY_KEY_ID = "2.5.29.35";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private CertificateIssuer() {}

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new StackException("This JDK cannot make EC P-256 keys: " + e.getMessage(), e);
        }
    }

    /** A self-signed authority that may sign server certificates only (path length 0), nothing else. */
    static X509Certificate authority(String commonName, KeyPair keys, Instant notBefore, Instant notAfter) {
        byte[] name = name(commonName);
        byte[] keyId = keyIdentifier(keys.getPublic());
        List<byte[]> extensions = List.of(
                extension(BASIC_CONSTRAINTS, true, Der.sequence(Der.bool(true), Der.integer(BigInteger.ZERO))),
                // keyCertSign and cRLSign: bits 5 and 6, one unused bit
                extension(KEY_USAGE, true, Der.bitString(1, new byte[] {0x06})),
                extension(SUBJECT_KEY_ID, false, Der.octetString(keyId)),
                extension(AUTHORITY_KEY_ID, false, Der.sequence(Der.implicit(0, keyId))));
        return sign(name, name, keys.getPublic(), notBefore, notAfter, extensions, keys.getPrivate());
    }

    /**
     * A server certificate for the given host names and addresses, signed by {@code issuer}. It may also serve as a TLS
     * client's (a Kafka broker connects to the others with it).
     */
    static X509Certificate server(
            String commonName,
            PublicKey key,
            List<String> dnsNames,
            List<InetAddress> addresses,
            X509Certificate issuer,
            PrivateKey issuerKey,
            Instant notBefore,
            Instant notAfter) {
        List<byte[]> altNames = new ArrayList<>();
        dnsNames.forEach(
                dns -> altNames.add(Der.implicit(2, dns.getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        addresses.forEach(address -> altNames.add(Der.implicit(7, address.getAddress())));
        List<byte[]> extensions = List.of(
                extension(BASIC_CONSTRAINTS, true, Der.sequence()),
                // digitalSignature: bit 0, seven unused bits
                extension(KEY_USAGE, true, Der.bitString(7, new byte[] {(byte) 0x80})),
                extension(EXTENDED_KEY_USAGE, false, Der.sequence(Der.oid(SERVER_AUTH), Der.oid(CLIENT_AUTH))),
                extension(SUBJECT_ALT_NAME, false, Der.sequence(altNames.toArray(byte[][]::new))),
                extension(SUBJECT_KEY_ID, false, Der.octetString(keyIdentifier(key))),
                extension(
                        AUTHORITY_KEY_ID, false, Der.sequence(Der.implicit(0, keyIdentifier(issuer.getPublicKey())))));
        return sign(
                issuer.getSubjectX500Principal().getEncoded(),
                name(commonName),
                key,
                notBefore,
                notAfter,
                extensions,
                issuerKey);
    }

    private static X509Certificate sign(
            byte[] issuerName,
            byte[] subjectName,
            PublicKey subjectKey,
            Instant notBefore,
            Instant notAfter,
            List<byte[]> extensions,
            PrivateKey signingKey) {
        byte[] serial = new byte[16];
        RANDOM.nextBytes(serial);
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)), // v3
                Der.integer(new BigInteger(1, serial)),
                ECDSA_WITH_SHA256,
                issuerName,
                Der.sequence(Der.time(notBefore), Der.time(notAfter)),
                subjectName,
                subjectKey.getEncoded(), // SubjectPublicKeyInfo, as the JDK encodes it
                Der.explicit(3, Der.sequence(extensions.toArray(byte[][]::new))));
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(signingKey, RANDOM);
            signature.update(tbs);
            byte[] certificate = Der.sequence(tbs, ECDSA_WITH_SHA256, Der.bitString(0, signature.sign()));
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(certificate));
        } catch (GeneralSecurityException e) {
            throw new StackException("Cannot sign a certificate: " + e.getMessage(), e);
        }
    }

    private static byte[] name(String commonName) {
        return Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8(commonName))));
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical
                ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }

    /** RFC 5280 4.2.1.2 leaves the method open: the SHA-1 of the encoded public key, 20 bytes. */
    private static byte[] keyIdentifier(PublicKey key) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(key.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
