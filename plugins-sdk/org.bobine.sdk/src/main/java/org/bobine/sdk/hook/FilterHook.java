package org.bobine.sdk.hook;

/**
 * A filter hook: receives the current value of something the platform is about to use and returns the
 * value to use instead (or the same one). Register it as a service with {@link Hooks#HOOK_NAME}.
 *
 * @param <I> what the hook is told about the operation
 * @param <R> the value being filtered
 */
@FunctionalInterface
public interface FilterHook<I, R> {

    /**
     * Filters a value.
     *
     * @param input   what the platform knows about the operation, never null
     * @param current the value so far (the platform's default, or what earlier hooks returned), never null
     * @return the value to go on with; returning null keeps {@code current}
     * @throws Exception any failure, which the platform logs and then ignores
     */
    R filter(I input, R current) throws Exception;
}
