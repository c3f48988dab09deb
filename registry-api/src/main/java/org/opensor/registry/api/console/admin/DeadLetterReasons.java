package org.opensor.registry.api.console.admin;

import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.notification.adminapi.DeadLetter;

/**
 * Why a webhook delivery gave up, in the administrator's words: the worker records the receiver's HTTP status, or
 * only the name of the exception that stopped the attempt (never its message, which may echo a URL with a token).
 */
final class DeadLetterReasons {

    private DeadLetterReasons() {}

    static String of(DeadLetter letter, ConsoleText text) {
        if (letter.lastStatus() != null) {
            return text.get(
                    letter.lastStatus() / 100 == 4 ? "deadLetters.reason.refused" : "deadLetters.reason.failed",
                    letter.lastStatus());
        }
        String error = letter.lastError() == null ? "" : letter.lastError();
        String key = switch (error) {
            case "HttpConnectTimeoutException", "ConnectException", "UnknownHostException", "NoRouteToHostException" ->
                "deadLetters.reason.unreachable";
            case "HttpTimeoutException" -> "deadLetters.reason.timeout";
            case "SSLHandshakeException", "SSLException", "SSLPeerUnverifiedException" -> "deadLetters.reason.tls";
            case "interrupted" -> "deadLetters.reason.interrupted";
            default -> error.startsWith("withheld") ? "deadLetters.reason.withheld" : "deadLetters.reason.other";
        };
        return text.get(key, error);
    }
}
