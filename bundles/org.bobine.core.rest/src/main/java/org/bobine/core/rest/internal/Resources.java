package org.bobine.core.rest.internal;

/** Names shared by every resource of the REST API. */
final class Resources {

    /** Every resource waits for the JSON provider, the auth filter and the problem mapper. */
    static final String EXTENSIONS_FILTER_JSON = "(" + "osgi.jaxrs.name=" + JsonProvider.NAME + ")";
    static final String EXTENSIONS_FILTER_AUTH = "(" + "osgi.jaxrs.name=" + AuthFilter.NAME + ")";
    static final String EXTENSIONS_FILTER_PROBLEMS = "(" + "osgi.jaxrs.name=" + ProblemMapper.NAME + ")";

    private Resources() {
    }
}
