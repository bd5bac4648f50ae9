package org.bobine.plugin.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.MultipartForm;
import org.bobine.core.rest.support.Rest;
import org.bobine.plugin.api.Plugin;
import org.bobine.plugin.api.PluginIndexEntry;
import org.bobine.plugin.api.PluginService;
import org.bobine.plugin.api.PluginSettingInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * PeerTube's plugin administration routes, plus Bobine's enable, disable and KAR upload. Plugins are named by
 * their npmName ({@code bobine-plugin-<name>}) or short name.
 */
@Component(service = PluginsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginsResource {

    private static final long KAR_MAX = 200L * 1024 * 1024;

    private final PluginService plugins;

    /** @param plugins plugin management */
    @Activate
    public PluginsResource(@Reference PluginService plugins) {
        this.plugins = plugins;
    }

    /**
     * @param sc          caller (an administrator)
     * @param pluginType  1 plugins, 2 themes (Bobine has no themes: 2 lists nothing)
     * @param start       offset
     * @param count       page size
     * @return installed plugins
     */
    @GET
    public ResultList<Plugin> list(@Context SecurityContext sc, @QueryParam("pluginType") Integer pluginType,
                                   @QueryParam("start") @DefaultValue("0") int start,
                                   @QueryParam("count") @DefaultValue("15") int count) {
        checkPage(start, count);
        List<Plugin> all = plugins.list(Rest.caller(sc));
        if (pluginType != null && pluginType != 1) {
            all = List.of();
        }
        int from = Math.min(start, all.size());
        return new ResultList<>(all.size(), all.subList(from, Math.min(all.size(), from + count)));
    }

    /**
     * @param sc     caller (an administrator)
     * @param search words
     * @param start  offset
     * @param count  page size
     * @return plugins the configured index offers
     */
    @GET
    @Path("available")
    public ResultList<PluginIndexEntry> available(@Context SecurityContext sc, @QueryParam("search") String search,
                                                  @QueryParam("start") @DefaultValue("0") int start,
                                                  @QueryParam("count") @DefaultValue("15") int count) {
        checkPage(start, count);
        return plugins.available(Rest.caller(sc), search, start, count);
    }

    private static void checkPage(int start, int count) {
        if (start < 0 || count < 0 || count > 100) {
            throw BobineException.badRequest("start must be 0 or more and count between 0 and 100");
        }
    }

    /** @param sc caller (an administrator) @param name plugin @return the plugin */
    @GET
    @Path("{name}")
    public Plugin get(@Context SecurityContext sc, @PathParam("name") String name) {
        return plugins.get(Rest.caller(sc), name);
    }

    /**
     * PeerTube's install: {@code {"npmName": ...}} from the index, {@code {"path": ...}} to a KAR on the server, or
     * Bobine's {@code {"mavenCoordinate": "g:a:v"}}.
     *
     * @param sc   caller (an administrator)
     * @param body what to install
     * @return the installed plugin
     */
    @POST
    @Path("install")
    @Consumes(MediaType.APPLICATION_JSON)
    public Plugin install(@Context SecurityContext sc, Map<String, Object> body) {
        return plugins.install(Rest.caller(sc), source(body));
    }

    private static String source(Map<String, Object> body) {
        if (body == null) {
            throw BobineException.badRequest("A body with npmName, path or mavenCoordinate is required");
        }
        int given = 0;
        String source = null;
        for (String k : List.of("npmName", "path", "mavenCoordinate")) {
            Object v = body.get(k);
            if (v != null) {
                if (!(v instanceof String s) || s.isBlank()) {
                    throw BobineException.badRequest(k + " must be a non-empty string");
                }
                given++;
                source = s;
            }
        }
        if (given != 1) {
            throw BobineException.badRequest("Give exactly one of npmName, path or mavenCoordinate");
        }
        return source;
    }

    /**
     * Installs or updates a plugin from an uploaded KAR (multipart field {@code pluginfile}).
     *
     * @param sc      caller (an administrator)
     * @param request the multipart request
     * @return the installed plugin
     */
    @POST
    @Path("upload")
    public Plugin upload(@Context SecurityContext sc, @Context HttpServletRequest request) {
        Caller caller = Rest.caller(sc);
        if (!caller.admin()) {
            caller.requireUser();
            throw BobineException.forbidden("Only administrators manage plugins");
        }
        java.nio.file.Path[] kar = new java.nio.file.Path[1];
        String[] filename = new String[1];
        try {
            MultipartForm.read(request, 4096, new MultipartForm.Parts() {
                @Override
                public void field(String name, String value) {
                    // No fields are needed.
                }

                @Override
                public void file(String name, String fname, InputStream in) throws IOException {
                    if (!name.equals("pluginfile") || kar[0] != null) {
                        in.transferTo(OutputStream.nullOutputStream());
                        return;
                    }
                    kar[0] = Files.createTempFile("bobine-plugin-", ".kar");
                    filename[0] = fname;
                    try (var out = Files.newOutputStream(kar[0])) {
                        byte[] buf = new byte[65536];
                        long total = 0;
                        for (int n; (n = in.read(buf)) > 0; ) {
                            total += n;
                            if (total > KAR_MAX) {
                                throw BobineException.badRequest("pluginfile: a KAR is at most " + KAR_MAX / 1024 / 1024 + " MB");
                            }
                            out.write(buf, 0, n);
                        }
                    }
                }
            });
            if (kar[0] == null) {
                throw BobineException.badRequest("pluginfile: a KAR file is required");
            }
            try (InputStream in = Files.newInputStream(kar[0])) {
                return plugins.installUpload(caller, in, filename[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (kar[0] != null) {
                try {
                    Files.deleteIfExists(kar[0]);
                } catch (IOException ignored) {
                    // A temp file left behind.
                }
            }
        }
    }

    /** @param sc caller (an administrator) @param body {"npmName": ...} @return the updated plugin */
    @POST
    @Path("update")
    @Consumes(MediaType.APPLICATION_JSON)
    public Plugin update(@Context SecurityContext sc, Map<String, Object> body) {
        return plugins.update(Rest.caller(sc), name(body));
    }

    /**
     * @param sc   caller (an administrator)
     * @param body {"npmName": ..., "purge": false}: purge also deletes its settings and stored data
     * @return 204
     */
    @POST
    @Path("uninstall")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response uninstall(@Context SecurityContext sc, Map<String, Object> body) {
        Object purge = body == null ? null : body.get("purge");
        if (purge != null && !(purge instanceof Boolean)) {
            throw BobineException.badRequest("purge must be a boolean");
        }
        plugins.uninstall(Rest.caller(sc), name(body), Boolean.TRUE.equals(purge));
        return Response.noContent().build();
    }

    private static String name(Map<String, Object> body) {
        Object n = body == null ? null : body.get("npmName");
        if (!(n instanceof String s) || s.isBlank()) {
            throw BobineException.badRequest("npmName is required");
        }
        return s;
    }

    /** @param sc caller (an administrator) @param name plugin @return the plugin, enabled */
    @POST
    @Path("{name}/enable")
    public Plugin enable(@Context SecurityContext sc, @PathParam("name") String name) {
        return plugins.setEnabled(Rest.caller(sc), name, true);
    }

    /** @param sc caller (an administrator) @param name plugin @return the plugin, disabled */
    @POST
    @Path("{name}/disable")
    public Plugin disable(@Context SecurityContext sc, @PathParam("name") String name) {
        return plugins.setEnabled(Rest.caller(sc), name, false);
    }

    /** @param sc caller (an administrator) @param name plugin @return {"registeredSettings": [...]} */
    @GET
    @Path("{name}/registered-settings")
    public Map<String, Object> registeredSettings(@Context SecurityContext sc, @PathParam("name") String name) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PluginSettingInfo i : plugins.registeredSettings(Rest.caller(sc), name)) {
            // PeerTube's names ("default", "private"), which are Java keywords, next to the model's.
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name);
            m.put("type", i.type);
            m.put("label", i.label);
            m.put("descriptionHTML", i.descriptionHTML);
            m.put("default", i.defaultValue);
            m.put("defaultValue", i.defaultValue);
            m.put("private", i.privateValue);
            m.put("options", i.options);
            list.add(m);
        }
        return Map.of("registeredSettings", list);
    }

    /** @param sc caller (an administrator) @param name plugin @return the current values */
    @GET
    @Path("{name}/settings")
    public Map<String, String> settings(@Context SecurityContext sc, @PathParam("name") String name) {
        return plugins.settings(Rest.caller(sc), name);
    }

    /**
     * @param sc   caller (an administrator)
     * @param name plugin
     * @param body {"settings": {name: value}}
     * @return 204
     */
    @PUT
    @Path("{name}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateSettings(@Context SecurityContext sc, @PathParam("name") String name, Map<String, Object> body) {
        Object s = body == null ? null : body.get("settings");
        if (!(s instanceof Map<?, ?> m)) {
            throw BobineException.badRequest("settings: an object is required");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) m;
        plugins.updateSettings(Rest.caller(sc), name, values);
        return Response.noContent().build();
    }

    /** @param name plugin @return its public settings, for anyone */
    @GET
    @Path("{name}/public-settings")
    public Map<String, String> publicSettings(@PathParam("name") String name) {
        return plugins.publicSettings(name);
    }
}
