package org.bobine.sdk.hook;

/**
 * An action hook: told that something happened, after the fact. It cannot change the outcome. Register it
 * as a service with {@link Hooks#HOOK_NAME}.
 *
 * @param <E> the event type named by the hook's documentation in {@link Hooks}
 */
@FunctionalInterface
public interface ActionHook<E> {

    /**
     * Reacts to an event.
     *
     * @param event what happened, never null
     * @throws Exception any failure, which the platform logs and then ignores
     */
    void run(E event) throws Exception;
}
