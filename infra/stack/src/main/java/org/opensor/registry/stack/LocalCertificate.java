package org.opensor.registry.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A self-signed certificate for 127.0.0.1 and localhost, generated once per install with openssl under the state
 * folder's {@code tls/} (never committed). Rotation: delete the folder and start again; clients trust the new
 * {@code cert.pem}.
 */
record LocalCertificate(Path certificate, Path serverPem) {

    static Path certificate(StackLayout layout) {
        return layout.stateDir().resolve("tls").resolve("cert.pem");
    }

    static LocalCertificate ensure(StackLayout layout) {
        Path dir = layout.dir("tls");
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Path pem = dir.resolve("server.pem");
        if (!Files.isRegularFile(pem)) {
            OsCommand.run(
                    List.of(
                            "openssl",
                            "req",
                            "-x509",
                            "-newkey",
                            "rsa:3072",
                            "-sha256",
                            "-nodes",
                            "-days",
                            "397",
                            "-subj",
                            "/CN=opensor-local",
                            "-addext",
                            "subjectAltName=IP:127.0.0.1,DNS:localhost",
                            "-keyout",
                            key.toString(),
                            "-out",
                            cert.toString()),
                    dir);
            try {
                PrivateFiles.writeOwnerOnly(pem, Files.readString(cert) + Files.readString(key));
                Files.delete(key);
            } catch (java.io.IOException e) {
                throw new StackException("Cannot write " + pem + ": " + e.getMessage(), e);
            }
        }
        return new LocalCertificate(cert, pem);
    }
}
