package org.veripack.verification.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds {@code GS1US-Version: 1.3.0} to every answer of the DSCSA responder, refusals included (a class of its own:
 * a filter method on the secured resource would itself be secured).
 */
public class Gs1UsVersionHeader {

    static final String HEADER = "GS1US-Version";
    static final String VERSION = "1.3.0";

    /** On the raw path: decoding it again fails on a path such as {@code /a/%25/b}, which is valid. */
    @ServerResponseFilter
    public void version(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getRequestUri().getRawPath().startsWith("/dscsa/")) {
            response.getHeaders().putSingle(HEADER, VERSION);
        }
    }
}
