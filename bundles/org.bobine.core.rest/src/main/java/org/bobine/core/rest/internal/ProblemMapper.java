package org.bobine.core.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.bobine.core.api.BobineException;
import org.bobine.core.rest.support.Rest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: every error of every resource becomes an RFC 7807 {@code application/problem+json}
 * response. Client errors keep their message; anything unexpected is logged with its stack trace and
 * answered with a 500 that says nothing about the inside.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(ProblemMapper.NAME)
public class ProblemMapper implements ExceptionMapper<Throwable> {

    static final String NAME = Rest.PROBLEMS;
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        Throwable t = e;
        if (t instanceof WebApplicationException w && w.getCause() != null
            && (w.getCause() instanceof BobineException || w.getCause() instanceof JsonProcessingException)) {
            t = w.getCause();
        }
        if (t instanceof BobineException b) {
            return Problems.response(b.status(), b.code(), b.getMessage());
        }
        if (t instanceof UnrecognizedPropertyException u) {
            return Problems.response(400, null, "Unknown field: " + u.getPropertyName());
        }
        if (t instanceof InvalidFormatException f) {
            return Problems.response(400, null, "Wrong type for " + path(f) + ": " + f.getValue());
        }
        if (t instanceof MismatchedInputException m) {
            return Problems.response(400, null, "Wrong type or shape for " + path(m));
        }
        if (t instanceof JsonProcessingException j) {
            return Problems.response(400, null, "Malformed JSON: " + j.getOriginalMessage());
        }
        if (t instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status >= 500) {
                LOG.error("Request failed", w);
                return Problems.response(status, null, "The server could not process the request");
            }
            return Problems.response(status, null, switch (status) {
                case 404 -> "Not found";
                case 405 -> "Method not allowed";
                case 406 -> "Not acceptable";
                case 415 -> "Unsupported content type";
                default -> Problems.title(status);
            });
        }
        LOG.error("Unexpected failure", t);
        return Problems.response(500, null, "The server could not process the request");
    }

    private static String path(MismatchedInputException m) {
        StringBuilder sb = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "the body" : sb.toString();
    }
}
