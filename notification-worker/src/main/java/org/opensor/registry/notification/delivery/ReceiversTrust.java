package org.opensor.registry.notification.delivery;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Whom a webhook receiver may prove it is: a certificate chain accepted by the JVM's trust store (public authorities)
 * or by the configured bundle's (an agency's own authority, or the local stack's). Each delegate is the JDK's PKIX
 * trust manager, which checks the chain and the receiver's host name; nothing is accepted that none of them accepts.
 */
final class ReceiversTrust extends X509ExtendedTrustManager {

    private final List<X509ExtendedTrustManager> anyOf;

    private ReceiversTrust(List<X509ExtendedTrustManager> anyOf) {
        this.anyOf = List.copyOf(anyOf);
    }

    /** A client context trusting the JVM's authorities and, when given, those of {@code extra}. */
    static SSLContext context(TrustManager[] extra) {
        try {
            List<X509ExtendedTrustManager> managers = new ArrayList<>(jvmDefault());
            if (extra != null) {
                for (TrustManager manager : extra) {
                    if (manager instanceof X509ExtendedTrustManager extended) {
                        managers.add(extended);
                    }
                }
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new ReceiversTrust(managers)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build the webhook receivers' trust", e);
        }
    }

    private static List<X509ExtendedTrustManager> jvmDefault() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        return Arrays.stream(factory.getTrustManagers())
                .filter(X509ExtendedTrustManager.class::isInstance)
                .map(X509ExtendedTrustManager.class::cast)
                .toList();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(manager -> manager.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(manager -> manager.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        // no connection to name-check against: the JDK calls the engine or socket form for every handshake
        throw new CertificateException("a receiver is checked with its connection, so that its name is checked too");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("the worker is a webhook client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("the worker is a webhook client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the worker is a webhook client only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return anyOf.stream()
                .flatMap(manager -> Arrays.stream(manager.getAcceptedIssuers()))
                .toArray(X509Certificate[]::new);
    }

    private interface Check {
        void apply(X509ExtendedTrustManager manager) throws CertificateException;
    }

    private void check(Check check) throws CertificateException {
        CertificateException refused = null;
        for (X509ExtendedTrustManager manager : anyOf) {
            try {
                check.apply(manager);
                return;
            } catch (CertificateException e) {
                if (refused == null) {
                    refused = e;
                } else {
                    refused.addSuppressed(e);
                }
            }
        }
        throw refused != null ? refused : new CertificateException("no authority is trusted");
    }
}
