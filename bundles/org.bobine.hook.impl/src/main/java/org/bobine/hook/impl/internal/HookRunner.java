package org.bobine.hook.impl.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.bobine.core.api.HookService;
import org.bobine.sdk.hook.ActionHook;
import org.bobine.sdk.hook.FilterHook;
import org.bobine.sdk.hook.Hooks;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs plugins' filter and action hooks, tracked as whiteboard services that may come and go at any time.
 * Each call is bounded in time; a hook that throws or times out is logged and skipped and the operation
 * goes on with the value it had.
 */
@Component(service = HookService.class)
public class HookRunner implements HookService {

    private static final Logger LOG = LoggerFactory.getLogger(HookRunner.class);
    private static final long TIMEOUT_MILLIS = 5_000;
    /** The bound of one call; shorter in tests. */
    long timeoutMillis = TIMEOUT_MILLIS;
    /** After this many timeouts in a row a hook is suspended, so one hung plugin does not slow every request. */
    private static final int TIMEOUTS_BEFORE_SUSPENSION = 3;
    private static final long SUSPENSION_MILLIS = 60_000;

    /** Consecutive timeouts of one hook service and until when it is suspended. */
    private static final class Health {
        int timeouts;
        long suspendedUntil;
    }

    private final Map<Long, Health> health = new ConcurrentHashMap<>();

    private record Entry<T>(T hook, String name, int priority, long serviceId) {
    }

    private static final Comparator<Entry<?>> ORDER =
        Comparator.<Entry<?>>comparingInt(Entry::priority).thenComparingLong(Entry::serviceId);

    private final ConcurrentSkipListSet<Entry<FilterHook<?, ?>>> filters = new ConcurrentSkipListSet<>(ORDER);
    private final ConcurrentSkipListSet<Entry<ActionHook<?>>> actions = new ConcurrentSkipListSet<>(ORDER);
    private final AtomicInteger threads = new AtomicInteger();
    private final Map<String, Object> sticky = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bobine-hook-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        target = "(" + Hooks.HOOK_NAME + "=*)")
    void addFilter(FilterHook<?, ?> hook, Map<String, Object> props) {
        filters.add(entry(hook, props));
    }

    void removeFilter(FilterHook<?, ?> hook, Map<String, Object> props) {
        filters.removeIf(e -> e.hook() == hook);
        health.remove(((Number) props.get(Constants.SERVICE_ID)).longValue());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        target = "(" + Hooks.HOOK_NAME + "=*)")
    @SuppressWarnings("unchecked")
    void addAction(ActionHook<?> hook, Map<String, Object> props) {
        Entry<ActionHook<?>> e = entry(hook, props);
        actions.add(e);
        Object event = sticky.get(e.name());
        if (event != null) {
            executor.execute(() -> {
                try {
                    bounded(() -> {
                        ((ActionHook<Object>) hook).run(event);
                        return null;
                    });
                } catch (Exception ex) {
                    LOG.warn("Hook {} of service {} failed and was skipped", e.name(), e.serviceId(), ex);
                }
            });
        }
    }

    void removeAction(ActionHook<?> hook, Map<String, Object> props) {
        actions.removeIf(e -> e.hook() == hook);
    }

    private static <T> Entry<T> entry(T hook, Map<String, Object> props) {
        Object p = props.get(Hooks.HOOK_PRIORITY);
        int priority = p instanceof Number n ? n.intValue() : Hooks.DEFAULT_PRIORITY;
        return new Entry<>(hook, String.valueOf(props.get(Hooks.HOOK_NAME)), priority,
            ((Number) props.get(Constants.SERVICE_ID)).longValue());
    }

    /**
     * @param name a hook name
     * @return whether any filter of that name is registered (so callers on hot paths skip building inputs)
     */
    @Override
    public boolean hasFilter(String name) {
        for (Entry<FilterHook<?, ?>> e : filters) {
            if (e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the filters of a hook in priority order.
     *
     * @param name    hook name
     * @param input   what the hooks are told
     * @param initial the platform's value
     * @param <I>     input type
     * @param <R>     value type
     * @return the filtered value
     */
    @SuppressWarnings("unchecked")
    @Override
    public <I, R> R filter(String name, I input, R initial) {
        R value = initial;
        for (Entry<FilterHook<?, ?>> e : filters) {
            if (!e.name().equals(name)) {
                continue;
            }
            if (suspended(e.serviceId())) {
                continue;
            }
            FilterHook<I, R> hook = (FilterHook<I, R>) e.hook();
            R current = value;
            try {
                R r = call(e.name(), e.serviceId(), () -> hook.filter(input, current));
                if (r != null && initial != null && !initial.getClass().isInstance(r)) {
                    LOG.warn("Hook {} of service {} returned a {} instead of a {} and was skipped", name,
                        e.serviceId(), r.getClass().getName(), initial.getClass().getName());
                } else if (r != null) {
                    value = r;
                }
            } catch (Exception ex) {
                LOG.warn("Hook {} of service {} failed and was skipped", name, e.serviceId(), ex);
            }
        }
        return value;
    }

    /**
     * Runs the actions of a hook, in the background.
     *
     * @param name  hook name
     * @param event the event
     * @param <E>   event type
     */
    @SuppressWarnings("unchecked")
    @Override
    public <E> void action(String name, E event) {
        List<Entry<ActionHook<?>>> matching = actions.stream().filter(e -> e.name().equals(name)).toList();
        if (matching.isEmpty()) {
            return;
        }
        executor.execute(() -> {
            for (Entry<ActionHook<?>> e : matching) {
                if (suspended(e.serviceId())) {
                    continue;
                }
                try {
                    call(e.name(), e.serviceId(), () -> {
                        ((ActionHook<E>) e.hook()).run(event);
                        return null;
                    });
                } catch (Exception ex) {
                    LOG.warn("Hook {} of service {} failed and was skipped", name, e.serviceId(), ex);
                }
            }
        });
    }

    private boolean suspended(long serviceId) {
        Health h = health.get(serviceId);
        return h != null && h.suspendedUntil > System.currentTimeMillis();
    }

    /** A bounded call that keeps count of a hook's timeouts and suspends it after too many in a row. */
    private <T> T call(String name, long serviceId, Callable<T> work) throws Exception {
        try {
            T r = bounded(work);
            health.remove(serviceId);
            return r;
        } catch (TimeoutException e) {
            Health h = health.computeIfAbsent(serviceId, k -> new Health());
            synchronized (h) {
                if (++h.timeouts >= TIMEOUTS_BEFORE_SUSPENSION) {
                    h.timeouts = 0;
                    h.suspendedUntil = System.currentTimeMillis() + SUSPENSION_MILLIS;
                    LOG.warn("Hook {} of service {} did not answer {} times in a row: suspended for {} s", name, serviceId,
                        TIMEOUTS_BEFORE_SUSPENSION, SUSPENSION_MILLIS / 1000);
                }
            }
            throw e;
        }
    }

    /**
     * Runs an action hook's event for every hook of that name now, and for hooks registered later as they
     * arrive (used for {@link Hooks#ACTION_APPLICATION_LISTENING}, so plugins installed on a running instance
     * are told too).
     *
     * @param name  hook name
     * @param event the event
     * @param <E>   event type
     */
    @Override
    public <E> void sticky(String name, E event) {
        sticky.put(name, event);
        action(name, event);
    }

    /**
     * Runs work in the background.
     *
     * @param work what to do; its failures are logged
     */
    @Override
    public void background(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("Background plugin work failed", e);
            }
        });
    }

    /**
     * Calls into a plugin, bounded in time.
     *
     * @param call the call
     * @param <T>  its result
     * @return its result
     * @throws Exception what it threw, or a TimeoutException when it did not answer in time
     */
    @Override
    public <T> T bounded(Callable<T> call) throws Exception {
        Future<T> f = executor.submit(call);
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new TimeoutException("no answer within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    @Deactivate
    void close() {
        executor.shutdownNow();
    }
}
