package org.bobine.core.rest.internal;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import org.bobine.account.api.AuthService;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.rest.support.Rest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Resolves the bearer token of every request into a {@link Caller}, the request's principal. A request
 * without token is anonymous; a request with a bad token is refused with 401, as PeerTube does, even on
 * public routes, so a client learns at once that its token expired.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(AuthFilter.NAME)
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {

    static final String NAME = Rest.AUTH;

    private final AuthService auth;

    /** The servlet request (a proxy CXF binds to the current request): the client's address. */
    @Context
    private HttpServletRequest servletRequest;

    /** @param auth token resolution */
    @Activate
    public AuthFilter(@Reference AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Caller caller = Caller.ANONYMOUS;
        if (header != null && !header.isBlank()) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new BobineException(401, "invalid_token", "Token is invalid");
            }
            caller = auth.authenticate(header.substring(7).trim());
        }
        caller = caller.withRequest(request.getHeaderString("x-peertube-video-password"),
            servletRequest == null ? null : servletRequest.getRemoteAddr());
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new Rest.CallerContext(caller, secure));
    }
}
