package org.bobine.core.rest.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.servlet.ServletFileUpload;
import org.bobine.core.api.BobineException;

/**
 * Reads a multipart/form-data body part by part as it arrives (files are never buffered whole), with form
 * fields bounded in size. A malformed body is a 400, a body of another type a 415.
 */
public final class MultipartForm {

    /** What to do with each part, in the order the client sent them. */
    public interface Parts {
        /** @param name field name @param value its text */
        void field(String name, String value);

        /**
         * @param name     field name
         * @param filename the client's file name, may be null
         * @param in       the part's bytes, to read (or leave) now
         * @throws IOException when reading or storing fails
         */
        void file(String name, String filename, InputStream in) throws IOException;
    }

    private MultipartForm() {
    }

    /**
     * @param request  the raw request
     * @param fieldMax the largest form field, bytes
     * @param parts    receives the parts
     */
    public static void read(HttpServletRequest request, int fieldMax, Parts parts) {
        // Commons FileUpload's own check accepts POST only; PeerTube's updates are multipart PUTs.
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            throw new BobineException(415, null, "multipart/form-data is expected");
        }
        try {
            FileItemIterator it = new ServletFileUpload().getItemIterator(request);
            while (it.hasNext()) {
                FileItemStream part = it.next();
                try (InputStream in = part.openStream()) {
                    if (part.isFormField()) {
                        parts.field(part.getFieldName(),
                            new String(bounded(in, fieldMax, part.getFieldName()), StandardCharsets.UTF_8));
                    } else {
                        parts.file(part.getFieldName(), part.getName(), in);
                    }
                }
            }
        } catch (FileUploadException | IOException e) {
            throw BobineException.badRequest("Malformed multipart body: " + e.getMessage());
        }
    }

    /**
     * @param in    a part
     * @param max   the most bytes accepted
     * @param field its name, for the error
     * @return its bytes
     * @throws IOException when reading fails
     */
    public static byte[] bounded(InputStream in, int max, String field) throws IOException {
        byte[] b = in.readNBytes(max + 1);
        if (b.length > max) {
            throw new BobineException(413, null, field + " is too large");
        }
        return b;
    }
}
