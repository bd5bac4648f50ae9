package org.bobine.sdk.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.bobine.sdk.plugin.PluginSettings;
import org.bobine.sdk.plugin.Setting;
import org.bobine.sdk.plugin.SettingType;
import org.bobine.sdk.plugin.SettingsDeclaration;
import org.bobine.sdk.plugin.SettingsListener;

/**
 * A plugin's settings in memory: the defaults of the declared {@link Setting}s, overridden by values set as
 * the administrator would set them. Values are checked like the platform checks what the administrator sends
 * (declared names only, {@code true}/{@code false} for checkboxes, one of the options for selects, at most
 * {@value #MAX_VALUE_LENGTH} characters; {@code null} puts the default back), and every change is told to the
 * {@link SettingsListener}s, after the values are stored.
 *
 * <p>A standalone instance calls listeners directly and lets their exceptions through, so a failing listener
 * fails the test. The instance a {@link PluginTestKit} owns calls them as the platform does: bounded in time,
 * failures recorded in {@link PluginTestKit#failures()}.
 */
public final class MapSettings implements PluginSettings {

    /** Longest value the platform accepts, in characters. */
    public static final int MAX_VALUE_LENGTH = 100_000;

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    /** How listeners are called. */
    @FunctionalInterface
    interface Notifier {
        void call(SettingsListener listener, Map<String, String> values);
    }

    private record Declared(SettingsDeclaration source, List<Setting> settings) {
    }

    private final List<Declared> declarations = new CopyOnWriteArrayList<>();
    private final Map<String, String> stored = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<SettingsListener> listeners = new CopyOnWriteArrayList<>();
    private final Notifier notifier;

    /** Settings with nothing declared yet: declare them with {@link #declare}. */
    public MapSettings() {
        this(MapSettings::callDirectly);
    }

    /**
     * @param declaration the plugin's declared settings; their defaults are the values
     */
    public MapSettings(SettingsDeclaration declaration) {
        this(declaration, Map.of());
    }

    /**
     * @param declaration the plugin's declared settings
     * @param overrides   values set over the defaults, checked as the administrator's would be
     * @throws IllegalArgumentException when an override names an undeclared setting or has a refused value
     */
    public MapSettings(SettingsDeclaration declaration, Map<String, ?> overrides) {
        this();
        declare(declaration);
        set(overrides);
    }

    MapSettings(Notifier notifier) {
        this.notifier = notifier;
    }

    private static void callDirectly(SettingsListener listener, Map<String, String> values) {
        try {
            listener.settingsChanged(values);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Settings listener " + listener.getClass().getName() + " failed", e);
        }
    }

    /**
     * Adds declared settings, as the platform does when a plugin registers its {@link SettingsDeclaration}; the
     * listeners are then told the values, defaults included.
     *
     * @param declaration the declaration
     * @return this
     * @throws IllegalArgumentException when a name is invalid or declared twice
     */
    public MapSettings declare(SettingsDeclaration declaration) {
        List<Setting> settings = List.copyOf(declaration.settings());
        Set<String> names = new HashSet<>();
        declared().forEach(s -> names.add(s.name()));
        for (Setting s : settings) {
            if (s.name() == null || !NAME.matcher(s.name()).matches()) {
                throw new IllegalArgumentException("Setting name '" + s.name() + "' is not [a-zA-Z0-9_-]{1,64}");
            }
            if (s.type() == null) {
                throw new IllegalArgumentException("Setting " + s.name() + " has no type");
            }
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("Setting " + s.name() + " is declared twice");
            }
        }
        declarations.add(new Declared(declaration, settings));
        notifyListeners();
        return this;
    }

    /** Forgets a declaration, as when the plugin's service goes away; stored values stay. */
    void undeclare(SettingsDeclaration declaration) {
        declarations.removeIf(d -> d.source() == declaration);
    }

    /** @return every declared setting, in declaration order */
    public List<Setting> declared() {
        List<Setting> all = new ArrayList<>();
        declarations.forEach(d -> all.addAll(d.settings()));
        return all;
    }

    /**
     * Sets one value, as the administrator would, and tells the listeners.
     *
     * @param name  a declared setting
     * @param value its new value; null for the default
     * @throws IllegalArgumentException when the setting is not declared or the value is refused
     */
    public void set(String name, Object value) {
        Map<String, Object> one = new HashMap<>();
        one.put(name, value);
        set(one);
    }

    /**
     * Sets several values at once: all are checked before any is stored, then the listeners are told once.
     *
     * @param values new values by setting name; a null value puts the default back
     * @throws IllegalArgumentException naming the first refused value; nothing is stored then
     */
    public void set(Map<String, ?> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        Map<String, Setting> byName = new LinkedHashMap<>();
        declared().forEach(s -> byName.put(s.name(), s));
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, ?> v : values.entrySet()) {
            Setting s = byName.get(v.getKey());
            if (s == null) {
                throw new IllegalArgumentException("settings." + v.getKey() + ": the plugin declares no such setting");
            }
            checked.put(s.name(), check(s, v.getValue()));
        }
        stored.putAll(checked);
        notifyListeners();
    }

    private static String check(Setting s, Object value) {
        String field = "settings." + s.name();
        if (value == null) {
            return s.defaultValue() == null ? "" : s.defaultValue();
        }
        if (value instanceof Map || value instanceof Iterable || value.getClass().isArray()) {
            throw new IllegalArgumentException(field + ": a text, number or boolean is expected");
        }
        String v = String.valueOf(value);
        if (v.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException(field + ": at most " + MAX_VALUE_LENGTH + " characters");
        }
        if (s.type() == SettingType.INPUT_CHECKBOX && !v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(field + ": true or false is expected");
        }
        if (s.type() == SettingType.SELECT && s.options().stream().noneMatch(o -> o.value().equals(v))) {
            throw new IllegalArgumentException(field + ": one of "
                + s.options().stream().map(Setting.Option::value).toList() + " is expected");
        }
        return v;
    }

    /**
     * @param listener told of every change from now on
     * @return this
     */
    public MapSettings addListener(SettingsListener listener) {
        listeners.add(listener);
        return this;
    }

    /** @param listener no longer told */
    public void removeListener(SettingsListener listener) {
        listeners.remove(listener);
    }

    private void notifyListeners() {
        if (listeners.isEmpty()) {
            return;
        }
        Map<String, String> values = all();
        for (SettingsListener l : listeners) {
            notifier.call(l, values);
        }
    }

    @Override
    public String get(String name) {
        return all().get(name);
    }

    /** @return every declared setting's value (the default where none was set), then values of settings no longer declared */
    @Override
    public Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Setting s : declared()) {
            m.put(s.name(), s.defaultValue());
        }
        synchronized (stored) {
            m.putAll(stored);
        }
        m.values().removeIf(Objects::isNull);
        return Collections.unmodifiableMap(m);
    }

    /**
     * @return what anyone may read: the values of the settings not declared private, as
     *         {@code GET /api/v1/plugins/<name>/public-settings} and the client's {@code getSettings()} give them
     */
    public Map<String, String> publicValues() {
        Map<String, String> values = all();
        Map<String, String> pub = new LinkedHashMap<>();
        for (Setting s : declared()) {
            if (!s.privateValue() && values.get(s.name()) != null) {
                pub.put(s.name(), values.get(s.name()));
            }
        }
        return Collections.unmodifiableMap(pub);
    }
}
