package org.bobine.core.api;

import java.util.concurrent.Callable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs plugins' hooks: the {@code FilterHook} and {@code ActionHook} services of the plugin SDK, by name, in
 * ascending priority, each bounded in time; one that throws or hangs is logged and skipped, and one that keeps
 * timing out is suspended for a while. Every capability runs its hooks through this service, and calls any
 * other plugin code through {@link #bounded(Callable)}, so a plugin can never hold a request.
 */
@ProviderType
public interface HookService {

    /**
     * @param name a filter hook's name
     * @return whether any hook of that name is registered now (so callers build inputs only when one is)
     */
    boolean hasFilter(String name);

    /**
     * Passes a value through every filter hook of that name.
     *
     * @param name    hook name, e.g. {@code filter:api.video.get.result}
     * @param input   what the hooks are told
     * @param initial the value before the hooks
     * @param <I>     input type
     * @param <R>     value type
     * @return the value after the hooks that answered in time
     */
    <I, R> R filter(String name, I input, R initial);

    /**
     * Tells every action hook of that name, in the background.
     *
     * @param name  hook name, e.g. {@code action:api.video.uploaded}
     * @param event the event
     * @param <E>   event type
     */
    <E> void action(String name, E event);

    /**
     * Like {@link #action(String, Object)}, and also for hooks of that name registered later, as they arrive
     * (for {@code action:application.listening}, so plugins installed on a running instance are told too).
     *
     * @param name  hook name
     * @param event the event
     * @param <E>   event type
     */
    <E> void sticky(String name, E event);

    /**
     * Runs plugin work in the background, on the threads that run hooks.
     *
     * @param work what to do; its failures are logged
     */
    void background(Runnable work);

    /**
     * Calls into plugin code, bounded in time.
     *
     * @param call the call
     * @param <T>  its result
     * @return its result
     * @throws Exception what it threw, or a {@link java.util.concurrent.TimeoutException} when it did not answer in time
     */
    <T> T bounded(Callable<T> call) throws Exception;
}
