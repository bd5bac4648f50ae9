package org.bobine.sdk.testkit;

import java.util.concurrent.TimeoutException;

/**
 * A call into a plugin that failed: the platform would have logged it and gone on without it.
 *
 * @param hook    what was called: a hook name ({@code filter:api.video.upload.accept.result}), or
 *                {@code router}, {@code guard:<privacy>}, {@code settings-listener}, {@code settings-declaration},
 *                {@code client-assets}
 * @param service the plugin's service that failed
 * @param cause   what it threw: a {@link TimeoutException} when it did not answer in time, a
 *                {@link ClassCastException} when a filter returned a value of another type than the one filtered
 */
public record HookFailure(String hook, Object service, Throwable cause) {

    /** @return true when the call did not answer in time */
    public boolean timedOut() {
        return cause instanceof TimeoutException;
    }

    @Override
    public String toString() {
        return hook + " (" + service.getClass().getName() + "): " + cause;
    }
}
