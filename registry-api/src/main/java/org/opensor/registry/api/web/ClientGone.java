package org.opensor.registry.api.web;

import java.io.IOException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * A browser that closed its page (an alert stream, a download) while we were still writing: normal life, not an
 * error of ours, so it is logged at debug and answered with nothing (there is nobody left to answer).
 */
public final class ClientGone {

    private ClientGone() {}

    public static boolean is(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof AsyncRequestNotUsableException
                    || t.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
            if (t instanceof IOException
                    && t.getMessage() != null
                    && (t.getMessage().contains("Broken pipe") || t.getMessage().contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }
}
