package org.opensor.registry.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The install's own certificate authority (the state folder's {@code pki/}, never committed) and the server certificates
 * it issues, one per server, for 127.0.0.1 and localhost. Every client of the stack trusts {@link #certificateFile()}
 * and checks the server's name against it (PostgreSQL {@code verify-full}, Kafka's https endpoint identification).
 * A server certificate is reissued on start when it is missing, has under {@link #RENEW_BEFORE} left or was signed by
 * another authority; the authority itself is made again only when its folder is gone or it is about to expire.
 */
public final class LocalCertificateAuthority {

    static final Duration AUTHORITY_VALIDITY = Duration.ofDays(3650);
    /** The longest a publicly trusted server certificate may live (CA/Browser Forum); short enough to rotate in use. */
    static final Duration SERVER_VALIDITY = Duration.ofDays(397);

    static final Duration RENEW_BEFORE = Duration.ofDays(30);
    /** The names every server of the stack answers on: it binds to loopback only. */
    static final List<String> DNS_NAMES = List.of("localhost");

    static final List<InetAddress> ADDRESSES = List.of(InetAddress.getLoopbackAddress());

    private final Path dir;
    private final X509Certificate certificate;
    private final PrivateKey key;
    private final Clock clock;

    private LocalCertificateAuthority(Path dir, X509Certificate certificate, PrivateKey key, Clock clock) {
        this.dir = dir;
        this.certificate = certificate;
        this.key = key;
        this.clock = clock;
    }

    /** The authority of the stack in {@code layout}, made on first use. */
    public static LocalCertificateAuthority ensure(StackLayout layout) {
        return ensure(layout.dir("pki"), Clock.systemUTC());
    }

    /** The certificate clients trust, where the authority of {@code stateDir} keeps it (it may not exist yet). */
    public static Path certificateFile(Path stateDir) {
        return stateDir.resolve("pki").resolve("ca.pem");
    }

    /** The authority kept in {@code dir}, made on first use; tests make a second one to play another install's. */
    public static synchronized LocalCertificateAuthority ensure(Path dir, Clock clock) {
        PrivateFiles.ownerOnlyDirectory(dir);
        Path certificateFile = dir.resolve("ca.pem");
        Path keyFile = dir.resolve("ca.key");
        Instant now = clock.instant();
        if (Files.isRegularFile(certificateFile) && Files.isRegularFile(keyFile)) {
            X509Certificate existing = readChain(certificateFile).getFirst();
            if (existing.getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE))) {
                return new LocalCertificateAuthority(dir, existing, readKey(keyFile), clock);
            }
        }
        KeyPair keys = CertificateIssuer.newKeyPair();
        X509Certificate made = CertificateIssuer.authority(
                "OpenSOR local CA " + now.getEpochSecond(),
                keys,
                now.minus(Duration.ofMinutes(5)),
                now.plus(AUTHORITY_VALIDITY));
        PrivateFiles.writeOwnerOnly(
                keyFile, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        writePublic(certificateFile, pem(made));
        return new LocalCertificateAuthority(dir, made, keys.getPrivate(), clock);
    }

    /** The authority's certificate (PEM): what clients trust. Public, so readable by the servers run as nobody. */
    public Path certificateFile() {
        return dir.resolve("ca.pem");
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * The certificate and key of server {@code name} in {@code pki/<name>/}, issued or reissued as the class says:
     * {@code server.crt} (the chain, PEM), {@code server.key} (PKCS#8 PEM, 600) and {@code server.p12} (both, for Java
     * servers, under {@code keyStorePassword}).
     */
    public synchronized ServerCertificate server(String name, String keyStorePassword) {
        Path folder = PrivateFiles.ownerOnlyDirectory(dir.resolve(name));
        ServerCertificate files = new ServerCertificate(
                folder, folder.resolve("server.crt"), folder.resolve("server.key"), folder.resolve("server.p12"));
        if (!current(files, true)) {
            issue(name, files, keyStorePassword);
        }
        return files;
    }

    /** As {@link #server(String, String)}, PEM files only, for a server that is not written in Java (HAProxy). */
    public synchronized ServerCertificate server(String name) {
        Path folder = PrivateFiles.ownerOnlyDirectory(dir.resolve(name));
        ServerCertificate files =
                new ServerCertificate(folder, folder.resolve("server.crt"), folder.resolve("server.key"), null);
        if (!current(files, false)) {
            issue(name, files, null);
        }
        return files;
    }

    private boolean current(ServerCertificate files, boolean withKeyStore) {
        if (!Files.isRegularFile(files.chain())
                || !Files.isRegularFile(files.privateKey())
                || (withKeyStore && !Files.isRegularFile(files.keyStore()))) {
            return false;
        }
        X509Certificate leaf = readChain(files.chain()).getFirst();
        if (!leaf.getNotAfter().toInstant().isAfter(clock.instant().plus(RENEW_BEFORE))) {
            return false;
        }
        try {
            leaf.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false; // signed by an authority made before this one
        }
    }

    private void issue(String name, ServerCertificate files, String keyStorePassword) {
        Instant now = clock.instant();
        KeyPair keys = CertificateIssuer.newKeyPair();
        X509Certificate leaf = CertificateIssuer.server(
                "OpenSOR " + name,
                keys.getPublic(),
                DNS_NAMES,
                ADDRESSES,
                certificate,
                key,
                now.minus(Duration.ofMinutes(5)),
                now.plus(SERVER_VALIDITY));
        PrivateFiles.writeOwnerOnly(
                files.privateKey(), pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        PrivateFiles.writeOwnerOnly(files.chain(), pem(leaf) + pem(certificate));
        if (keyStorePassword == null) {
            return;
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    "server", keys.getPrivate(), keyStorePassword.toCharArray(), new Certificate[] {leaf, certificate});
            PrivateFiles.writeOwnerOnly(files.keyStore(), "");
            try (OutputStream out = Files.newOutputStream(files.keyStore())) {
                store.store(out, keyStorePassword.toCharArray());
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new StackException("Cannot write " + files.keyStore() + ": " + e.getMessage(), e);
        }
    }

    /**
     * An SSL context that trusts exactly the authority in {@code certificateFile} (not the JVM's public ones); the JDK's
     * HTTP client checks the server's name against the certificate on top.
     */
    public static SSLContext sslContext(Path certificateFile) {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            List<X509Certificate> certificates = readChain(certificateFile);
            for (int i = 0; i < certificates.size(); i++) {
                trust.setCertificateEntry("opensor-local-" + i, certificates.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new StackException(
                    "Cannot read the stack's certificate " + certificateFile + ": " + e.getMessage(), e);
        }
    }

    static List<X509Certificate> readChain(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast)
                    .toList();
        } catch (IOException | GeneralSecurityException e) {
            throw new StackException("Cannot read the certificates in " + file + ": " + e.getMessage(), e);
        }
    }

    private static PrivateKey readKey(Path file) {
        try {
            String base64 =
                    Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException e) {
            throw new StackException("Cannot read the key in " + file + ": " + e.getMessage(), e);
        }
    }

    private static String pem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void writePublic(Path file, String content) {
        try {
            Files.writeString(file, content);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
