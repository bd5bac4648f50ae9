package org.bobine.sdk.testkit;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.servlet.DispatcherType;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One request to a plugin's router and the response it writes: an {@link HttpServletRequest} and an
 * {@link HttpServletResponse} backed by memory. They are dynamic proxies, so only what a router commonly uses
 * is there (method, paths, query and form parameters, headers, cookies, body, attributes; status, headers,
 * content type, body, errors and redirects); anything else throws {@link UnsupportedOperationException}
 * naming the method, so a test shows plainly what the kit lacks. Sessions do not exist (the platform keeps
 * none): {@code getSession(false)} is null.
 */
final class ServletExchange {

    private static final String HOST = "localhost";
    private static final int PORT = 9000;

    private final RouteRequest route;
    private final String uri;
    private final String query;
    private final String servletPath;
    private final String pathInfo;
    private final Map<String, Object> attributes = new HashMap<>();
    private Map<String, List<String>> parameters;
    private String requestEncoding;
    private String bodyReadAs;

    private int status = HttpServletResponse.SC_OK;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String contentType;
    private String charset;
    private Locale locale = Locale.ENGLISH;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream output;
    private boolean committed;

    /**
     * @param route       the request
     * @param servletPath the part of the path the router is mounted on ({@code /plugins/<name>/router})
     */
    ServletExchange(RouteRequest route, String servletPath) {
        this.route = route;
        int q = route.path().indexOf('?');
        this.uri = q < 0 ? route.path() : route.path().substring(0, q);
        this.query = q < 0 ? null : route.path().substring(q + 1);
        this.servletPath = servletPath;
        String rest = uri.substring(servletPath.length());
        this.pathInfo = rest.isEmpty() ? null : rest;
    }

    HttpServletRequest request() {
        return proxy(HttpServletRequest.class, this::onRequest);
    }

    HttpServletResponse response() {
        return proxy(HttpServletResponse.class, this::onResponse);
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    // ------------------------------------------------------------------ request

    private Object onRequest(Object self, Method m, Object[] a) throws Exception {
        switch (m.getName()) {
            case "getMethod": return route.method();
            case "getRequestURI": return uri;
            case "getRequestURL": return new StringBuffer("http://" + HOST + ":" + PORT + uri);
            case "getContextPath": return "";
            case "getServletPath": return servletPath;
            case "getPathInfo": return pathInfo;
            case "getPathTranslated": return null;
            case "getQueryString": return query;
            case "getParameter": {
                List<String> v = parameters().get((String) a[0]);
                return v == null ? null : v.get(0);
            }
            case "getParameterValues": {
                List<String> v = parameters().get((String) a[0]);
                return v == null ? null : v.toArray(new String[0]);
            }
            case "getParameterNames": return Collections.enumeration(parameters().keySet());
            case "getParameterMap": {
                Map<String, String[]> map = new LinkedHashMap<>();
                parameters().forEach((k, v) -> map.put(k, v.toArray(new String[0])));
                return Collections.unmodifiableMap(map);
            }
            case "getHeader": return first(requestHeader((String) a[0]));
            case "getHeaders": return Collections.enumeration(requestHeader((String) a[0]));
            case "getHeaderNames": return Collections.enumeration(requestHeaderNames());
            case "getIntHeader": {
                String v = first(requestHeader((String) a[0]));
                return v == null ? -1 : Integer.parseInt(v.trim());
            }
            case "getDateHeader": {
                String v = first(requestHeader((String) a[0]));
                return v == null ? -1L
                    : ZonedDateTime.parse(v.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            }
            case "getContentType": return route.contentType();
            case "getContentLength": return route.contentType() == null ? -1 : route.body().length;
            case "getContentLengthLong": return route.contentType() == null ? -1L : (long) route.body().length;
            case "getCharacterEncoding": return requestCharset() == null ? null : requestCharset().name();
            case "setCharacterEncoding": {
                requestEncoding = (String) a[0];
                return null;
            }
            case "getInputStream": return inputStream();
            case "getReader": return reader();
            case "getRemoteAddr":
            case "getRemoteHost": return route.remoteAddress();
            case "getRemotePort": return 50_000;
            case "getLocalAddr": return "127.0.0.1";
            case "getLocalName":
            case "getServerName": return HOST;
            case "getLocalPort":
            case "getServerPort": return PORT;
            case "getScheme": return "http";
            case "isSecure": return false;
            case "getProtocol": return "HTTP/1.1";
            case "getAttribute": return attributes.get((String) a[0]);
            case "setAttribute": {
                attributes.put((String) a[0], a[1]);
                return null;
            }
            case "removeAttribute": {
                attributes.remove((String) a[0]);
                return null;
            }
            case "getAttributeNames": return Collections.enumeration(new ArrayList<>(attributes.keySet()));
            case "getLocale": return Locale.ENGLISH;
            case "getLocales": return Collections.enumeration(List.of(Locale.ENGLISH));
            case "getAuthType": return route.viewer().anonymous() ? null : "Bearer";
            case "getRemoteUser": return route.viewer().username();
            case "getUserPrincipal": {
                String name = route.viewer().username();
                return name == null ? null : (Principal) () -> name;
            }
            case "isUserInRole": return !route.viewer().anonymous() && String.valueOf(a[0]).equals(route.viewer().role());
            case "getCookies": return cookies();
            case "getSession":
                if (a != null && a.length == 1 && Boolean.FALSE.equals(a[0])) {
                    return null;
                }
                throw new UnsupportedOperationException("Plugin routes have no HTTP session (the platform keeps none)");
            case "getDispatcherType": return DispatcherType.REQUEST;
            case "isAsyncSupported":
            case "isAsyncStarted": return false;
            case "toString": return "RouteRequest " + route;
            case "hashCode": return System.identityHashCode(self);
            case "equals": return self == a[0];
            default: throw new UnsupportedOperationException("The test kit's request has no " + m.getName());
        }
    }

    private List<String> requestHeader(String name) {
        if ("Content-Type".equalsIgnoreCase(name) && route.contentType() != null) {
            return List.of(route.contentType());
        }
        return route.headers().getOrDefault(name, List.of());
    }

    private List<String> requestHeaderNames() {
        List<String> names = new ArrayList<>(route.headers().keySet());
        if (route.contentType() != null && names.stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            names.add("Content-Type");
        }
        return names;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    private Charset requestCharset() {
        if (requestEncoding != null) {
            return Charset.forName(requestEncoding);
        }
        String ct = route.contentType();
        return ct != null && ct.toLowerCase(Locale.ROOT).contains("charset=") ? RouteResponse.charset(ct) : null;
    }

    private Map<String, List<String>> parameters() {
        if (parameters == null) {
            parameters = new LinkedHashMap<>();
            parse(query);
            String ct = route.contentType();
            if (ct != null && ct.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded") && bodyReadAs == null) {
                Charset cs = requestCharset() == null ? StandardCharsets.UTF_8 : requestCharset();
                parse(new String(route.body(), cs));
                bodyReadAs = "parameters";
            }
        }
        return parameters;
    }

    private void parse(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
    }

    private ServletInputStream inputStream() {
        claimBody("getInputStream");
        ByteArrayInputStream in = new ByteArrayInputStream(route.body());
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("The test kit's request has no asynchronous reading");
            }
        };
    }

    private BufferedReader reader() {
        claimBody("getReader");
        Charset cs = requestCharset() == null ? StandardCharsets.UTF_8 : requestCharset();
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(route.body()), cs));
    }

    private void claimBody(String how) {
        if (bodyReadAs != null && !bodyReadAs.equals(how)) {
            throw new IllegalStateException("The body was already read through " + bodyReadAs);
        }
        bodyReadAs = how;
    }

    private Cookie[] cookies() {
        List<Cookie> list = new ArrayList<>();
        for (String header : requestHeader("Cookie")) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    list.add(new Cookie(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim()));
                }
            }
        }
        return list.isEmpty() ? null : list.toArray(new Cookie[0]);
    }

    // ------------------------------------------------------------------ response

    private Object onResponse(Object self, Method m, Object[] a) throws Exception {
        switch (m.getName()) {
            case "setStatus": {
                status = (Integer) a[0];
                return null;
            }
            case "getStatus": return status;
            case "sendError": {
                checkNotCommitted();
                status = (Integer) a[0];
                body.reset();
                writer = null;
                output = null;
                if (a.length > 1 && a[1] != null) {
                    setContentType("text/plain;charset=UTF-8");
                    body.write(((String) a[1]).getBytes(StandardCharsets.UTF_8));
                }
                committed = true;
                return null;
            }
            case "sendRedirect": {
                checkNotCommitted();
                status = HttpServletResponse.SC_FOUND;
                headers.put("Location", new ArrayList<>(List.of((String) a[0])));
                committed = true;
                return null;
            }
            case "setHeader":
            case "addHeader":
            case "setIntHeader":
            case "addIntHeader":
            case "setDateHeader":
            case "addDateHeader": {
                String value = m.getName().endsWith("DateHeader")
                    ? DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli((Long) a[1]).atZone(ZoneOffset.UTC))
                    : String.valueOf(a[1]);
                header((String) a[0], value, m.getName().startsWith("add"));
                return null;
            }
            case "containsHeader": return responseHeaders().containsKey((String) a[0]);
            case "getHeader": return first(responseHeaders().getOrDefault((String) a[0], List.of()));
            case "getHeaders": return responseHeaders().getOrDefault((String) a[0], List.of());
            case "getHeaderNames": return new ArrayList<>(responseHeaders().keySet());
            case "setContentType": {
                setContentType((String) a[0]);
                return null;
            }
            case "getContentType": return fullContentType();
            case "setCharacterEncoding": {
                if (writer == null) {
                    charset = (String) a[0];
                }
                return null;
            }
            case "getCharacterEncoding": return charset == null ? "UTF-8" : charset;
            case "setContentLength":
            case "setContentLengthLong": {
                headers.put("Content-Length", new ArrayList<>(List.of(String.valueOf(a[0]))));
                return null;
            }
            case "getOutputStream": return outputStream();
            case "getWriter": return writer();
            case "flushBuffer": {
                if (writer != null) {
                    writer.flush();
                }
                committed = true;
                return null;
            }
            case "isCommitted": return committed;
            case "reset": {
                checkNotCommitted();
                status = HttpServletResponse.SC_OK;
                headers.clear();
                contentType = null;
                charset = null;
                body.reset();
                writer = null;
                output = null;
                return null;
            }
            case "resetBuffer": {
                checkNotCommitted();
                body.reset();
                return null;
            }
            case "setBufferSize": return null;
            case "getBufferSize": return 8192;
            case "setLocale": {
                locale = (Locale) a[0];
                return null;
            }
            case "getLocale": return locale;
            case "addCookie": {
                Cookie c = (Cookie) a[0];
                StringBuilder v = new StringBuilder(c.getName()).append('=').append(c.getValue());
                if (c.getPath() != null) {
                    v.append("; Path=").append(c.getPath());
                }
                if (c.getMaxAge() >= 0) {
                    v.append("; Max-Age=").append(c.getMaxAge());
                }
                if (c.getSecure()) {
                    v.append("; Secure");
                }
                if (c.isHttpOnly()) {
                    v.append("; HttpOnly");
                }
                header("Set-Cookie", v.toString(), true);
                return null;
            }
            case "encodeURL":
            case "encodeRedirectURL":
            case "encodeUrl":
            case "encodeRedirectUrl": return a[0];
            case "toString": return "RouteResponse " + status;
            case "hashCode": return System.identityHashCode(self);
            case "equals": return self == a[0];
            default: throw new UnsupportedOperationException("The test kit's response has no " + m.getName());
        }
    }

    private void checkNotCommitted() {
        if (committed) {
            throw new IllegalStateException("The response is already committed");
        }
    }

    private void header(String name, String value, boolean add) {
        if ("Content-Type".equalsIgnoreCase(name)) {
            setContentType(value);
            return;
        }
        List<String> values = headers.computeIfAbsent(name, k -> new ArrayList<>());
        if (!add) {
            values.clear();
        }
        values.add(value);
    }

    private void setContentType(String type) {
        if (type == null) {
            contentType = null;
            return;
        }
        String[] parts = type.split(";");
        contentType = parts[0].trim();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=") && writer == null) {
                charset = p.substring(8).replace("\"", "").trim();
            }
        }
    }

    private String fullContentType() {
        if (contentType == null) {
            return null;
        }
        return charset == null ? contentType : contentType + ";charset=" + charset;
    }

    private Map<String, List<String>> responseHeaders() {
        Map<String, List<String>> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        all.putAll(headers);
        if (contentType != null) {
            all.put("Content-Type", List.of(fullContentType()));
        }
        return all;
    }

    private ServletOutputStream outputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was already called");
        }
        if (output == null) {
            output = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("The test kit's response has no asynchronous writing");
                }
            };
        }
        return output;
    }

    private PrintWriter writer() {
        if (output != null) {
            throw new IllegalStateException("getOutputStream() was already called");
        }
        if (writer == null) {
            Charset cs = charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
            writer = new PrintWriter(new OutputStreamWriter(body, cs));
        }
        return writer;
    }

    /** @return whether the response was flushed, redirected or sent as an error */
    boolean committed() {
        return committed;
    }

    /** Replaces whatever the router wrote by an error document; the headers it set stay (Allow, ...). */
    void fail(int code, String type, byte[] document) {
        status = code;
        contentType = null;
        charset = null;
        writer = null;
        output = null;
        body.reset();
        setContentType(type);
        body.writeBytes(document);
    }

    RouteResponse toResponse() {
        if (writer != null) {
            writer.flush();
        }
        return new RouteResponse(status, responseHeaders(), body.toByteArray());
    }
}
