package org.bobine.sdk.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.bobine.sdk.access.AccessAttempt;
import org.bobine.sdk.access.AccessDecision;
import org.bobine.sdk.access.VideoAccessGuard;
import org.bobine.sdk.hook.ActionHook;
import org.bobine.sdk.hook.FilterHook;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.sdk.http.Problem;
import org.bobine.sdk.plugin.ClientAssets;
import org.bobine.sdk.plugin.PluginException;
import org.bobine.sdk.plugin.PluginRouter;
import org.bobine.sdk.plugin.SettingsDeclaration;
import org.bobine.sdk.plugin.SettingsListener;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one plugin's services as the platform does, in a plain JUnit 5 test: no Karaf, no OSGi registry.
 *
 * <p>A test builds the plugin's components through their constructors, giving them the kit's
 * {@link #storage()} and {@link #settings()}, registers them with the service properties their
 * {@code @Component} declares, and then calls the platform's side:
 *
 * <pre>{@code
 * PluginTestKit kit = new PluginTestKit("hello");
 * kit.register(new BannedWords(kit.settings()), Map.of(Hooks.HOOK_NAME, Hooks.FILTER_UPLOAD_ACCEPT));
 * AcceptResult r = kit.filter(Hooks.FILTER_UPLOAD_ACCEPT, attempt, AcceptResult.ACCEPT);
 * kit.assertNoFailures();
 * }</pre>
 *
 * <p>The platform's rules, kept here:
 * <ul>
 * <li>Filters of one name run in ascending {@link Hooks#HOOK_PRIORITY} (default
 *     {@value Hooks#DEFAULT_PRIORITY}), ties in registration order, each receiving what the previous returned.</li>
 * <li>Every call into the plugin (but routes, which the platform does not bound either) runs on another
 *     thread and is bounded in time ({@link #DEFAULT_TIMEOUT}, see {@link #withTimeout}). A call that throws
 *     or does not answer in time is skipped and recorded in {@link #failures()}; the operation goes on with
 *     the value it had.</li>
 * <li>A filter or action hook that did not answer in time {@value #TIMEOUTS_BEFORE_SUSPENSION} times in a
 *     row is suspended (skipped, without being called) for {@link #SUSPENSION}; see {@link #suspended}.</li>
 * <li>A filter returning null keeps the current value; one returning a value of another class than the
 *     platform's initial value is skipped (and recorded).</li>
 * <li>Actions run after the fact and cannot change anything. The platform runs them in the background; the
 *     kit runs them before {@link #action} returns, so a test can assert on their effects.</li>
 * <li>Access guards fail closed, a plugin has one router under {@code /plugins/<name>/router/}, settings
 *     listeners are told after each change.</li>
 * </ul>
 */
public final class PluginTestKit {

    /** How long a call into the plugin may take unless {@link #withTimeout} says otherwise: the platform's bound. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** After this many timeouts in a row a filter or action hook is suspended, as on the platform. */
    public static final int TIMEOUTS_BEFORE_SUSPENSION = 3;

    /** How long a suspended hook is skipped. */
    public static final Duration SUSPENSION = Duration.ofMinutes(1);

    /** The service property ordering access guards of one privacy: higher first (OSGi's service.ranking). */
    public static final String SERVICE_RANKING = "service.ranking";

    private static final Pattern PLUGIN_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    /** A registered service, with the properties it was registered with and its registration order. */
    private record Service(long id, Object service, Map<String, Object> properties) {

        String hookName() {
            Object n = properties.get(Hooks.HOOK_NAME);
            return n == null ? null : String.valueOf(n);
        }

        int priority() {
            return properties.get(Hooks.HOOK_PRIORITY) instanceof Number n ? n.intValue() : Hooks.DEFAULT_PRIORITY;
        }

        int ranking() {
            return properties.get(SERVICE_RANKING) instanceof Integer r ? r : 0;
        }
    }

    private static final Comparator<Service> HOOK_ORDER =
        Comparator.comparingInt(Service::priority).thenComparingLong(Service::id);

    private final String pluginName;
    private final MemoryStorage storage = new MemoryStorage();
    private final MapSettings settings;
    private final List<Service> services = new CopyOnWriteArrayList<>();
    private final List<HookFailure> failures = new CopyOnWriteArrayList<>();
    private final Map<String, Object> sticky = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, int[]> timeoutsInARow = new ConcurrentHashMap<>();
    private final Map<Long, Long> suspendedUntil = new ConcurrentHashMap<>();
    private volatile Duration timeout = DEFAULT_TIMEOUT;

    /**
     * @param pluginName the plugin's name, as in its {@code Bobine-Plugin} header: lower-case letters, digits
     *                   and dashes
     */
    public PluginTestKit(String pluginName) {
        if (pluginName == null || !PLUGIN_NAME.matcher(pluginName).matches()) {
            throw new IllegalArgumentException("Invalid plugin name '" + pluginName
                + "': lower-case letters, digits and dashes");
        }
        this.pluginName = pluginName;
        this.settings = new MapSettings(this::notifyListener);
    }

    /**
     * @param bound how long each call into the plugin may take (the platform's is {@link #DEFAULT_TIMEOUT})
     * @return this
     */
    public PluginTestKit withTimeout(Duration bound) {
        if (bound == null || bound.isNegative() || bound.isZero()) {
            throw new IllegalArgumentException("A timeout is positive");
        }
        this.timeout = bound;
        return this;
    }

    /** @return the bound of each call into the plugin */
    public Duration timeout() {
        return timeout;
    }

    /** @return the plugin's name */
    public String pluginName() {
        return pluginName;
    }

    /** @return the plugin's storage, to give to its components */
    public MemoryStorage storage() {
        return storage;
    }

    /**
     * @return the plugin's settings, to give to its components: registered {@link SettingsDeclaration}s add to
     *         them, registered {@link SettingsListener}s are told of changes made with {@link MapSettings#set}
     */
    public MapSettings settings() {
        return settings;
    }

    // ------------------------------------------------------------------ registration

    /**
     * Registers a plugin service the way its bundle would, under every SDK interface it implements:
     * {@link FilterHook} and {@link ActionHook} (which need {@link Hooks#HOOK_NAME}), {@link VideoAccessGuard}
     * (which needs the Integer {@link VideoAccessGuard#GUARDED_PRIVACY}), {@link PluginRouter},
     * {@link SettingsDeclaration}, {@link SettingsListener}, {@link ClientAssets}; anything else is kept for
     * {@link #services}.
     *
     * @param service    the plugin's object
     * @param properties its service properties, as its {@code @Component(property = ...)} gives them (typed:
     *                   an Integer priority is {@code Map.of(Hooks.HOOK_PRIORITY, 10)})
     * @return the registration, to unregister it
     * @throws IllegalArgumentException when a property the platform needs is missing
     * @throws IllegalStateException    when the plugin already has a router
     */
    public Registration register(Object service, Map<String, ?> properties) {
        Objects.requireNonNull(service, "service");
        Map<String, Object> props = new HashMap<>(properties == null ? Map.of() : properties);
        Service s = new Service(ids.incrementAndGet(), service, Map.copyOf(props));
        if ((service instanceof FilterHook || service instanceof ActionHook) && s.hookName() == null) {
            throw new IllegalArgumentException("A hook is registered with the property " + Hooks.HOOK_NAME);
        }
        if (service instanceof VideoAccessGuard && !(props.get(VideoAccessGuard.GUARDED_PRIVACY) instanceof Integer)) {
            throw new IllegalArgumentException("An access guard is registered with the Integer property "
                + VideoAccessGuard.GUARDED_PRIVACY);
        }
        if (service instanceof PluginRouter && !services(PluginRouter.class).isEmpty()) {
            throw new IllegalStateException("Plugin " + pluginName + " already has a router; the platform would ignore this one");
        }
        List<Runnable> undo = new ArrayList<>();
        if (service instanceof SettingsDeclaration d) {
            try {
                bounded(() -> settings.declare(d));
                undo.add(() -> settings.undeclare(d));
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (Throwable e) {
                failures.add(new HookFailure("settings-declaration", d, e));
            }
        }
        if (service instanceof SettingsListener l) {
            settings.addListener(l);
            undo.add(() -> settings.removeListener(l));
        }
        services.add(s);
        undo.add(() -> services.remove(s));
        if (service instanceof ActionHook<?> hook && sticky.containsKey(s.hookName())) {
            runAction(s.hookName(), hook, sticky.get(s.hookName()));
        }
        return new Registration(() -> undo.forEach(Runnable::run));
    }

    /**
     * @param name     a hook name, one of {@link Hooks}'s constants
     * @param priority lower runs first
     * @param hook     the filter
     * @param <I>      what it is told
     * @param <R>      the value it filters
     * @return the registration
     */
    public <I, R> Registration addFilter(String name, int priority, FilterHook<I, R> hook) {
        return register(hook, Map.of(Hooks.HOOK_NAME, name, Hooks.HOOK_PRIORITY, priority));
    }

    /**
     * @param name a hook name, one of {@link Hooks}'s constants
     * @param hook the filter, at the default priority
     * @param <I>  what it is told
     * @param <R>  the value it filters
     * @return the registration
     */
    public <I, R> Registration addFilter(String name, FilterHook<I, R> hook) {
        return addFilter(name, Hooks.DEFAULT_PRIORITY, hook);
    }

    /**
     * @param name     a hook name, one of {@link Hooks}'s constants
     * @param priority lower runs first
     * @param hook     the action
     * @param <E>      the event type
     * @return the registration
     */
    public <E> Registration addAction(String name, int priority, ActionHook<E> hook) {
        return register(hook, Map.of(Hooks.HOOK_NAME, name, Hooks.HOOK_PRIORITY, priority));
    }

    /**
     * @param name a hook name, one of {@link Hooks}'s constants
     * @param hook the action, at the default priority
     * @param <E>  the event type
     * @return the registration
     */
    public <E> Registration addAction(String name, ActionHook<E> hook) {
        return addAction(name, Hooks.DEFAULT_PRIORITY, hook);
    }

    /**
     * @param privacy the privacy id it implements (5 for password protection)
     * @param guard   the guard
     * @return the registration
     */
    public Registration addGuard(int privacy, VideoAccessGuard guard) {
        return register(guard, Map.of(VideoAccessGuard.GUARDED_PRIVACY, privacy));
    }

    /**
     * @param router the plugin's router
     * @return the registration
     */
    public Registration addRouter(PluginRouter router) {
        return register(router, Map.of());
    }

    /**
     * @param type an interface
     * @param <T>  its type
     * @return the registered services implementing it, in registration order
     */
    public <T> List<T> services(Class<T> type) {
        return services.stream().map(Service::service).filter(type::isInstance).map(type::cast).toList();
    }

    // ------------------------------------------------------------------ hooks

    /**
     * Runs the filters of a hook, as the platform does before it uses a value.
     *
     * @param name    the hook's name
     * @param input   what the filters are told
     * @param initial the platform's value
     * @param <I>     the input's type
     * @param <R>     the value's type
     * @return the value after every filter that answered in time
     */
    @SuppressWarnings("unchecked")
    public <I, R> R filter(String name, I input, R initial) {
        R value = initial;
        for (Service s : hooks(FilterHook.class, name)) {
            if (suspended(s)) {
                continue;
            }
            FilterHook<I, R> hook = (FilterHook<I, R>) s.service();
            R current = value;
            try {
                R r = counted(s, () -> hook.filter(input, current));
                if (r != null && initial != null && !initial.getClass().isInstance(r)) {
                    failures.add(new HookFailure(name, hook, new ClassCastException("returned a " + r.getClass().getName()
                        + " instead of a " + initial.getClass().getName())));
                } else if (r != null) {
                    value = r;
                }
            } catch (Throwable e) {
                failures.add(new HookFailure(name, hook, e));
            }
        }
        return value;
    }

    /**
     * Runs the actions of a hook, as the platform does after something happened; they have all run (or
     * failed) when this returns.
     *
     * @param name  the hook's name
     * @param event the event
     * @param <E>   the event's type
     */
    @SuppressWarnings("unchecked")
    public <E> void action(String name, E event) {
        for (Service s : hooks(ActionHook.class, name)) {
            if (suspended(s)) {
                continue;
            }
            ActionHook<Object> hook = (ActionHook<Object>) s.service();
            try {
                counted(s, () -> {
                    hook.run(event);
                    return null;
                });
            } catch (Throwable e) {
                failures.add(new HookFailure(name, hook, e));
            }
        }
    }

    /**
     * Runs an action now and for every action of that name registered later, on registration: what the
     * platform does for {@link Hooks#ACTION_APPLICATION_LISTENING}, which a plugin installed on a running
     * instance still receives.
     *
     * @param name  the hook's name
     * @param event the event
     * @param <E>   the event's type
     */
    public <E> void sticky(String name, E event) {
        sticky.put(name, event);
        action(name, event);
    }

    @SuppressWarnings("unchecked")
    private void runAction(String name, ActionHook<?> hook, Object event) {
        try {
            bounded(() -> {
                ((ActionHook<Object>) hook).run(event);
                return null;
            });
        } catch (Throwable e) {
            failures.add(new HookFailure(name, hook, e));
        }
    }

    /**
     * @param hook a registered filter or action hook
     * @return true while the kit skips it after {@value #TIMEOUTS_BEFORE_SUSPENSION} timeouts in a row
     */
    public boolean suspended(Object hook) {
        return services.stream().anyMatch(s -> s.service() == hook && suspended(s));
    }

    private boolean suspended(Service s) {
        Long until = suspendedUntil.get(s.id());
        return until != null && until > System.currentTimeMillis();
    }

    /** A bounded hook call that counts the hook's timeouts in a row and suspends it after too many. */
    private <T> T counted(Service s, Callable<T> call) throws Throwable {
        try {
            T result = bounded(call);
            timeoutsInARow.remove(s.id());
            return result;
        } catch (TimeoutException e) {
            int[] count = timeoutsInARow.computeIfAbsent(s.id(), k -> new int[1]);
            if (++count[0] >= TIMEOUTS_BEFORE_SUSPENSION) {
                count[0] = 0;
                suspendedUntil.put(s.id(), System.currentTimeMillis() + SUSPENSION.toMillis());
            }
            throw e;
        }
    }

    private List<Service> hooks(Class<?> type, String name) {
        return services.stream().filter(s -> type.isInstance(s.service()) && name.equals(s.hookName()))
            .sorted(HOOK_ORDER).toList();
    }

    // ------------------------------------------------------------------ guards

    /**
     * @param privacy a privacy id
     * @return the guard the platform would ask for it: the highest {@link #SERVICE_RANKING}, then the first
     *         registered
     */
    public Optional<VideoAccessGuard> guard(int privacy) {
        return services.stream()
            .filter(s -> s.service() instanceof VideoAccessGuard
                && Integer.valueOf(privacy).equals(s.properties().get(VideoAccessGuard.GUARDED_PRIVACY)))
            .min(Comparator.comparingInt((Service s) -> -s.ranking()).thenComparingLong(Service::id))
            .map(s -> (VideoAccessGuard) s.service());
    }

    /**
     * Asks the guard of the video's privacy, bounded in time, failing closed: without a guard, or when it
     * throws, does not answer in time or answers null, the answer is {@link AccessDecision#SECRET_REQUIRED}
     * (the platform's 403 {@code video_requires_password}) and the failure is recorded.
     *
     * @param video   the video
     * @param attempt who tries, with which secret
     * @return the decision
     */
    public AccessDecision checkAccess(VideoInfo video, AccessAttempt attempt) {
        Optional<VideoAccessGuard> guard = guard(video.privacy());
        if (guard.isEmpty()) {
            return AccessDecision.SECRET_REQUIRED;
        }
        String hook = "guard:" + video.privacy();
        try {
            AccessDecision d = bounded(() -> guard.get().check(video, attempt));
            if (d == null) {
                failures.add(new HookFailure(hook, guard.get(), new NullPointerException("the guard returned no decision")));
                return AccessDecision.SECRET_REQUIRED;
            }
            return d;
        } catch (Throwable e) {
            failures.add(new HookFailure(hook, guard.get(), e));
            return AccessDecision.SECRET_REQUIRED;
        }
    }

    // ------------------------------------------------------------------ routes

    /**
     * @param method an HTTP method
     * @param path   {@code /plugins/<name>/router/...}, with an optional query string
     * @return what the router answered
     */
    public RouteResponse route(String method, String path) {
        return route(RouteRequest.of(method, path));
    }

    /**
     * Sends a request to the plugin's router, as the platform does for {@code /plugins/<name>/router/*} (and
     * PeerTube's {@code /plugins/<name>/<version>/router/*}): {@code getServletPath()} is the part up to
     * {@code /router} and {@code getPathInfo()} the rest, null when nothing follows. The router runs on the
     * test's thread, unbounded, as on the platform. A path outside the plugin's routes, or a plugin without
     * router, is answered 404. A {@link PluginException} thrown before the response is committed becomes its
     * status (400 when it is not an error status) with an RFC 7807 body; any other exception a 500, recorded in
     * {@link #failures()}.
     *
     * @param request the request
     * @return what the router answered
     */
    public RouteResponse route(RouteRequest request) {
        String path = request.path().contains("?") ? request.path().substring(0, request.path().indexOf('?')) : request.path();
        String mount = mount(path);
        ServletExchange exchange = new ServletExchange(request, mount == null ? path : mount);
        if (mount == null) {
            exchange.fail(404, PROBLEM_JSON, problem(404, null, "No such plugin route"));
            return exchange.toResponse();
        }
        List<PluginRouter> routers = services(PluginRouter.class);
        if (routers.isEmpty()) {
            exchange.fail(404, PROBLEM_JSON, problem(404, null, "Plugin " + pluginName + " has no routes"));
            return exchange.toResponse();
        }
        PluginRouter router = routers.get(0);
        try {
            router.service(exchange.request(), exchange.response(), request.viewer());
        } catch (PluginException e) {
            if (!exchange.committed()) {
                int status = e.status() >= 400 && e.status() < 600 ? e.status() : 400;
                exchange.fail(status, PROBLEM_JSON, problem(status, e.code(), e.getMessage()));
            }
        } catch (Exception e) {
            failures.add(new HookFailure("router", router, e));
            if (!exchange.committed()) {
                exchange.fail(500, PROBLEM_JSON, problem(500, null, "Plugin " + pluginName + " failed to answer"));
            }
        }
        return exchange.toResponse();
    }

    /** @return {@code /plugins/<name>/router} or {@code /plugins/<name>/<version>/router} when the path is below it */
    private String mount(String path) {
        String base = "/plugins/" + pluginName + "/";
        if (!path.startsWith(base)) {
            return null;
        }
        String[] parts = path.substring(base.length()).split("/", -1);
        String mount = parts[0].equals("router") ? base + "router"
            : parts.length > 1 && !parts[0].isEmpty() && parts[1].equals("router") ? base + parts[0] + "/router" : null;
        return mount != null && (path.equals(mount) || path.startsWith(mount + "/")) ? mount : null;
    }

    private static final String PROBLEM_JSON = Problem.MEDIA_TYPE + ";charset=UTF-8";

    /** The platform's own problem document, so plugin tests see what the instance answers. */
    private static byte[] problem(int status, String code, String detail) {
        return Problem.json(status, code, detail).getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ client assets

    /** @return the scripts of every registered {@link ClientAssets}, as the front end would load them */
    public List<ClientAssets.Script> clientScripts() {
        List<ClientAssets.Script> all = new ArrayList<>();
        for (ClientAssets a : services(ClientAssets.class)) {
            try {
                all.addAll(bounded(a::scripts));
            } catch (Throwable e) {
                failures.add(new HookFailure("client-assets", a, e));
            }
        }
        return all;
    }

    /** @return the style sheets of every registered {@link ClientAssets} */
    public List<String> clientStyles() {
        List<String> all = new ArrayList<>();
        for (ClientAssets a : services(ClientAssets.class)) {
            try {
                all.addAll(bounded(a::styles));
            } catch (Throwable e) {
                failures.add(new HookFailure("client-assets", a, e));
            }
        }
        return all;
    }

    /**
     * @return the declared script and style paths that the plugin's class path has no {@code client/<path>}
     *         for: the files the platform would answer 404 for
     */
    public List<String> missingClientFiles() {
        List<String> missing = new ArrayList<>();
        for (ClientAssets a : services(ClientAssets.class)) {
            ClassLoader loader = a.getClass().getClassLoader();
            List<String> paths = new ArrayList<>();
            try {
                bounded(a::scripts).forEach(s -> paths.add(s.path()));
                paths.addAll(bounded(a::styles));
            } catch (Throwable e) {
                failures.add(new HookFailure("client-assets", a, e));
            }
            for (String p : paths) {
                if (p == null || p.startsWith("/") || p.contains("..") || loader.getResource("client/" + p) == null) {
                    missing.add(p);
                }
            }
        }
        return missing;
    }

    // ------------------------------------------------------------------ failures

    /** @return the calls that failed so far, in order */
    public List<HookFailure> failures() {
        return List.copyOf(failures);
    }

    /** Forgets the failures recorded so far. */
    public void clearFailures() {
        failures.clear();
    }

    /**
     * Fails the test when any call into the plugin failed, with every failure's cause attached.
     *
     * @throws AssertionFailedError listing the failures
     */
    public void assertNoFailures() {
        List<HookFailure> list = failures();
        if (list.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(list.size() + " call(s) into plugin " + pluginName + " failed:");
        list.forEach(f -> message.append("\n  ").append(f));
        AssertionFailedError error = new AssertionFailedError(message.toString());
        list.forEach(f -> error.addSuppressed(f.cause()));
        throw error;
    }

    // ------------------------------------------------------------------ calls

    private void notifyListener(SettingsListener listener, Map<String, String> values) {
        try {
            bounded(() -> {
                listener.settingsChanged(values);
                return null;
            });
        } catch (Throwable e) {
            failures.add(new HookFailure("settings-listener", listener, e));
        }
    }

    /**
     * Calls into the plugin on a thread of its own, as the platform does, waiting at most {@link #timeout()}.
     *
     * @throws Throwable what the call threw, or a TimeoutException
     */
    private <T> T bounded(Callable<T> call) throws Throwable {
        FutureTask<T> task = new FutureTask<>(call);
        Thread thread = new Thread(task, "bobine-testkit-" + pluginName);
        thread.setDaemon(true);
        thread.start();
        Duration bound = timeout;
        try {
            return task.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new TimeoutException("no answer within " + bound.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        }
    }
}
