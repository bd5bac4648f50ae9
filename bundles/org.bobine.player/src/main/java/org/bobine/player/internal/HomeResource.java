package org.bobine.player.internal;

import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;
import org.bobine.instance.api.ConfigSection;
import org.bobine.instance.api.InstanceService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The home page at exactly {@code /}. The JAX-RS whiteboard's servlet owns {@code /*}, and an HTTP-whiteboard
 * servlet cannot claim the bare root (Pax Web drops the empty pattern), so the root is a JAX-RS resource that
 * answers the same shell as {@link PagesServlet}.
 */
@Component(service = HomeResource.class)
@JaxrsResource
@Path("/")
public class HomeResource {

    private final InstanceService instance;
    private final Assets assets = new Assets(HomeResource.class.getClassLoader());

    /** The feeds' section of the public configuration, while the feeds run: their links in the head. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, target = FeedLinks.TARGET)
    private volatile ConfigSection feeds;

    /** @param instance the instance's name */
    @Activate
    public HomeResource(@Reference InstanceService instance) {
        this.instance = instance;
    }

    /** @param cookie the viewer's language choice @param acceptLanguage the browser's @return the page shell */
    @GET
    @Produces("text/html; charset=utf-8")
    public Response home(@CookieParam(Languages.COOKIE) String cookie,
                         @HeaderParam("Accept-Language") String acceptLanguage) {
        Assets.Asset shell = assets.get("index.html");
        if (shell == null) {
            return Response.serverError().build();
        }
        String lang = Languages.forPage(cookie, acceptLanguage, assets, instance);
        String meta = "<meta property=\"og:site_name\" content=\"" + Html.escape(instance.name()) + "\">\n";
        meta += FeedLinks.tags(feeds, instance.publicUrl(), "/", null, lang);
        return Response.ok(PagesServlet.shell(shell.bytes(), instance.name(), meta, false, lang))
            .header("Content-Language", lang).header("Vary", "Accept-Language, Cookie").header("Cache-Control", "no-cache").header("Content-Security-Policy", PagesServlet.csp(false))
            .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "same-origin").build();
    }
}
