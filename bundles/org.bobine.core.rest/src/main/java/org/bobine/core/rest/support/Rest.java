package org.bobine.core.rest.support;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.api.Caller;

/**
 * The JAX-RS extensions every Bobine resource selects, and the caller of a request. A resource of any
 * bundle is declared like the core's:
 *
 * <pre>
 * &#64;Component(service = FollowsResource.class)
 * &#64;JaxrsResource
 * &#64;JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
 * &#64;Path("/api/v1/server/following")
 * public class FollowsResource { ... Rest.caller(sc) ... }
 * </pre>
 *
 * so JSON is read and written the same way, bearer tokens are resolved once, and every error is one RFC 7807
 * shape.
 */
public final class Rest {

    /** {@code osgi.jaxrs.name} of the JSON provider (Jackson, PeerTube's strictness). */
    public static final String JSON = "bobine.json";
    /** {@code osgi.jaxrs.name} of the filter resolving bearer tokens into a {@link Caller}. */
    public static final String AUTH = "bobine.auth";
    /** {@code osgi.jaxrs.name} of the exception mapper writing RFC 7807 problem documents. */
    public static final String PROBLEMS = "bobine.problems";

    /** Extension filter selecting {@link #JSON}. */
    public static final String SELECT_JSON = "(osgi.jaxrs.name=" + JSON + ")";
    /** Extension filter selecting {@link #AUTH}. */
    public static final String SELECT_AUTH = "(osgi.jaxrs.name=" + AUTH + ")";
    /** Extension filter selecting {@link #PROBLEMS}. */
    public static final String SELECT_PROBLEMS = "(osgi.jaxrs.name=" + PROBLEMS + ")";

    private Rest() {
    }

    /**
     * @param sc a request's security context
     * @return the caller, anonymous when the filter did not run
     */
    public static Caller caller(SecurityContext sc) {
        return sc instanceof CallerContext c ? c.caller() : Caller.ANONYMOUS;
    }

    /**
     * The security context the bearer-token filter sets on every request.
     *
     * @param caller who asks (anonymous visitors carry their address and video password too)
     * @param secure whether the request came over TLS
     */
    public record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller.anonymous() ? null : caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.role() != null && caller.role().name().equalsIgnoreCase(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return caller.anonymous() ? null : "Bearer";
        }
    }
}
