package org.bobine.core.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.rest.support.Rest;
import org.bobine.instance.api.ConfigSection;
import org.bobine.instance.api.InstanceService;
import org.bobine.video.api.ImportService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.LoggerFactory;

/** The public configuration that clients read before anything else. */
@Component(service = ConfigResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/config")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    private final InstanceService instance;

    /** Sections capabilities fill (the plugin platform's {@code plugin}...), with their keys. */
    private final Map<ConfigSection, List<String>> sections = new ConcurrentHashMap<>();

    /** Whether imports by URL run now (PeerTube's {@code import.videos.http.enabled}); optional too. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL,
        policy = ReferencePolicy.DYNAMIC)
    private volatile ImportService imports;

    /** @param instance the instance */
    @Activate
    public ConfigResource(@Reference InstanceService instance) {
        this.instance = instance;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE,
        policy = ReferencePolicy.DYNAMIC)
    void addSection(ConfigSection section, Map<String, Object> props) {
        Object key = props.get(ConfigSection.KEY);
        if (key instanceof String one) {
            sections.put(section, List.of(one));
        } else if (key instanceof String[] several) {
            sections.put(section, List.of(several));
        }
    }

    void removeSection(ConfigSection section) {
        sections.remove(section);
    }

    /** @return the public configuration, with the sections capabilities fill (running plugins' client scripts in {@code plugin.registered}) */
    @GET
    public Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>(instance.publicConfig());
        ImportService i = imports;
        if (config.get("import") instanceof Map<?, ?> im) {
            Map<String, Object> copy = new LinkedHashMap<>();
            im.forEach((k, v) -> copy.put(String.valueOf(k), v));
            copy.put("videos", Map.of("http", Map.of("enabled", i != null && i.available()), "torrent", Map.of("enabled", false)));
            config.put("import", copy);
        }
        config.put("plugin", Map.of("registered", List.of(), "registeredExternalAuths", List.of(),
            "registeredIdAndPassAuths", List.of()));
        sections.forEach((section, keys) -> {
            try {
                Object value = section.value();
                if (keys.size() == 1) {
                    put(config, keys.get(0), value);
                } else if (value instanceof Map<?, ?> byKey) {
                    for (String key : keys) {
                        if (byKey.containsKey(key)) {
                            put(config, key, byKey.get(key));
                        }
                    }
                }
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ConfigResource.class).warn("The configuration sections {} failed; left out", keys, e);
            }
        });
        return config;
    }

    /** @return who runs the instance and by which rules, for anyone */
    @GET
    @Path("about")
    public Map<String, Object> about() {
        return instance.about();
    }

    /** @param sc caller (an administrator) @return the editable configuration */
    @GET
    @Path("custom")
    public Map<String, Object> custom(@Context SecurityContext sc) {
        return instance.customConfig(Rest.caller(sc));
    }

    /** @param sc caller (an administrator) @param body PeerTube's custom configuration @return it after the change */
    @PUT
    @Path("custom")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> updateCustom(@Context SecurityContext sc, Map<String, Object> body) {
        return instance.updateCustomConfig(Rest.caller(sc), body);
    }

    /** Puts a section at its key, a dotted path ({@code defaults.p2p}) going into nested objects, copied. */
    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> config, String key, Object value) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            config.put(key, value);
            return;
        }
        String head = key.substring(0, dot);
        Map<String, Object> inner = new LinkedHashMap<>();
        if (config.get(head) instanceof Map<?, ?> existing) {
            inner.putAll((Map<String, Object>) existing);
        }
        put(inner, key.substring(dot + 1), value);
        config.put(head, inner);
    }
}
