package org.bobine.plugins.videoimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Fetches one URL with the JDK's HTTP client, following at most {@value #MAX_REDIRECTS} redirects itself so
 * that every hop's address is checked before it is requested. What it gets decides what it keeps: a media file
 * is streamed to disk within a size limit, a page's first megabyte is kept, anything else is dropped at once.
 * Every wait is bounded by the import's deadline; past it, the request is cancelled.
 */
final class Fetcher {

    /** Redirects followed at most. */
    static final int MAX_REDIRECTS = 5;

    /** Bytes of a page read at most. */
    static final int MAX_PAGE_BYTES = 1 << 20;

    private static final Duration HEADERS_TIMEOUT = Duration.ofMinutes(2);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String USER_AGENT = "Bobine video import (PeerTube compatible)";
    private static final String ACCEPT = "video/*, audio/*, text/html;q=0.9, */*;q=0.5";
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPOSITION_NAME = Pattern.compile(
        "filename\\*?=\\s*(?:UTF-8'[^']*')?\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    /** What a URL turned out to be. */
    sealed interface Result permits Media, Page, Other {
        /** @return the URL that gave it, after redirects */
        URI uri();
    }

    /**
     * A media file, downloaded.
     *
     * @param uri         where from
     * @param file        where it is
     * @param filename    its name for the platform (sanitised, with an extension when one is known)
     * @param size        bytes
     */
    record Media(URI uri, Path file, String filename, long size) implements Result {
    }

    /**
     * A web page.
     *
     * @param uri  where from
     * @param html its first megabyte
     */
    record Page(URI uri, String html) implements Result {
    }

    /**
     * Anything else: an error status, or a type that is neither media nor page.
     *
     * @param uri         where from
     * @param status      the HTTP status
     * @param contentType the media type, "" when none
     */
    record Other(URI uri, int status, String contentType) implements Result {
    }

    /**
     * How large a download may grow.
     *
     * @param bytes   the largest size
     * @param message why a larger file is refused
     */
    record Limit(long bytes, String message) {
    }

    /** Told how a download goes, from the importing thread, about once a second. */
    @FunctionalInterface
    interface Progress {
        /**
         * @param bytes bytes received
         * @param total the announced size, -1 when unknown
         */
        void update(long bytes, long total);
    }

    private record Redirect(String location) {
    }

    private final HttpClient client;
    private final AddressGuard guard;

    /**
     * @param client an HTTP client that does not follow redirects
     * @param guard  the address rule
     */
    Fetcher(HttpClient client, AddressGuard guard) {
        this.client = client;
        this.guard = guard;
    }

    /**
     * @param start    the URL, already checked by {@link Urls#check}
     * @param pages    true to keep HTML pages, false to drop them like any other non-media response
     * @param dir      where a media file is written
     * @param limit    the largest media file
     * @param deadline when to give up
     * @param progress told about a media download
     * @return what the URL gave
     * @throws ImportFailure        when refused, too large, too slow, too many redirects or unreachable
     * @throws InterruptedException when the importing thread is stopped
     */
    Result fetch(URI start, boolean pages, Path dir, Limit limit, Deadline deadline, Progress progress)
        throws ImportFailure, InterruptedException {
        URI uri = start;
        for (int hop = 0; ; hop++) {
            Object outcome = request(uri, pages, dir, limit, deadline, progress);
            if (!(outcome instanceof Redirect r)) {
                return (Result) outcome;
            }
            if (hop == MAX_REDIRECTS) {
                throw ImportFailure.failed("Too many redirects (more than " + MAX_REDIRECTS + ")");
            }
            try {
                uri = Urls.resolve(uri, r.location());
            } catch (IllegalArgumentException e) {
                throw ImportFailure.rejected("The server redirected to a URL that cannot be imported: "
                    + e.getMessage());
            }
        }
    }

    private Object request(URI uri, boolean pages, Path dir, Limit limit, Deadline deadline, Progress progress)
        throws ImportFailure, InterruptedException {
        if (deadline.expired()) {
            throw deadline.failure();
        }
        guard.check(uri);
        boolean boundByDeadline = deadline.remainingMillis() <= HEADERS_TIMEOUT.toMillis();
        long headersWait = Math.max(1, Math.min(deadline.remainingMillis(), HEADERS_TIMEOUT.toMillis()));
        HttpRequest request = HttpRequest.newBuilder(uri).GET()
            .timeout(Duration.ofMillis(headersWait))
            .header("User-Agent", USER_AGENT)
            .header("Accept", ACCEPT)
            .build();
        AtomicReference<FileSink> download = new AtomicReference<>();
        BodyHandler<Object> handler = info -> decide(uri, info, pages, dir, limit, download);
        CompletableFuture<HttpResponse<Object>> future = client.sendAsync(request, handler);
        while (true) {
            long wait = Math.min(1000, deadline.remainingMillis());
            if (wait <= 0) {
                stop(future, download, deadline.failure());
                throw deadline.failure();
            }
            try {
                return future.get(wait, TimeUnit.MILLISECONDS).body();
            } catch (TimeoutException e) {
                FileSink sink = download.get();
                if (sink != null) {
                    progress.update(sink.received(), sink.total());
                }
            } catch (InterruptedException e) {
                stop(future, download, ImportFailure.failed("Interrupted"));
                throw e;
            } catch (ExecutionException e) {
                Throwable cause = unwrap(e);
                if (boundByDeadline && cause instanceof HttpTimeoutException
                    && !(cause instanceof HttpConnectTimeoutException)) {
                    throw deadline.failure();
                }
                throw translate(cause, uri);
            }
        }
    }

    private static void stop(CompletableFuture<?> future, AtomicReference<FileSink> download, ImportFailure why) {
        FileSink sink = download.get();
        if (sink != null) {
            sink.abort(why);
        }
        future.cancel(true);
    }

    private static BodySubscriber<Object> decide(URI uri, HttpResponse.ResponseInfo info, boolean pages, Path dir,
                                                 Limit limit, AtomicReference<FileSink> download) {
        int status = info.statusCode();
        HttpHeaders headers = info.headers();
        String type = headers.firstValue("content-type").orElse("");
        if (REDIRECTS.contains(status)) {
            return headers.firstValue("location")
                .<BodySubscriber<Object>>map(l -> new Immediate(new Redirect(l)))
                .orElseGet(() -> new Immediate(new Other(uri, status, MediaTypes.base(type))));
        }
        if (status != 200) {
            return new Immediate(new Other(uri, status, MediaTypes.base(type)));
        }
        String name = fileName(headers, uri);
        if (MediaTypes.isMedia(type, name)) {
            long total = contentLength(headers);
            if (total > limit.bytes()) {
                return new Immediate(ImportFailure.rejected(limit.message()));
            }
            String filename = withExtension(name, type);
            String ext = MediaTypes.extension(filename);
            FileSink sink = new FileSink(uri, dir.resolve(ext.isEmpty() ? "download" : "download." + ext), filename,
                limit, total);
            download.set(sink);
            return sink;
        }
        if (pages && MediaTypes.isHtml(type)) {
            return new PageSink(uri, charset(type));
        }
        return new Immediate(new Other(uri, status, MediaTypes.base(type)));
    }

    private static long contentLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("content-length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The name the response gives the file: its Content-Disposition, else the URL's last path segment. */
    static String fileName(HttpHeaders headers, URI uri) {
        String disposition = headers.firstValue("content-disposition").orElse("");
        Matcher m = DISPOSITION_NAME.matcher(disposition);
        String name = null;
        if (m.find()) {
            name = decode(m.group(1));
        } else if (uri.getRawPath() != null) {
            String path = uri.getRawPath();
            name = decode(path.substring(path.lastIndexOf('/') + 1));
        }
        return sanitize(name);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /**
     * @param name a file name from the network, or null
     * @return a name safe anywhere (letters, digits, dot, dash, underscore; at most 100 characters), or "video"
     */
    static String sanitize(String name) {
        if (name == null) {
            return "video";
        }
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (s.length() > 100) {
            String ext = MediaTypes.extension(s);
            s = ext.isEmpty() || ext.length() > 10 ? s.substring(0, 100)
                : s.substring(0, 99 - ext.length()) + "." + ext;
        }
        return s.isEmpty() ? "video" : s;
    }

    private static String withExtension(String name, String type) {
        if (MediaTypes.MEDIA_EXTENSIONS.contains(MediaTypes.extension(name))) {
            return name;
        }
        String ext = MediaTypes.extensionFor(type);
        return ext.isEmpty() ? name : name + "." + ext;
    }

    private static Throwable unwrap(Throwable cause) {
        Throwable t = cause;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static ImportFailure translate(Throwable t, URI uri) {
        String host = Urls.host(uri);
        if (t instanceof ImportFailure f) {
            return f;
        }
        if (t instanceof HttpConnectTimeoutException) {
            return ImportFailure.failed("Could not connect to " + host + " in time");
        }
        if (t instanceof HttpTimeoutException) {
            return ImportFailure.failed(host + " did not answer in time");
        }
        if (t instanceof ConnectException) {
            return ImportFailure.failed("Could not connect to " + host);
        }
        if (t instanceof SSLException) {
            return ImportFailure.failed("The secure connection to " + host + " failed" + detail(t));
        }
        return ImportFailure.failed("The download from " + host + " failed" + detail(t));
    }

    private static String detail(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return "";
        }
        m = m.replaceAll("\\s+", " ").strip();
        return ": " + (m.length() > 200 ? m.substring(0, 200) : m);
    }

    /** Ends a response at once (closing its connection) with a value decided from its headers. */
    private static final class Immediate implements BodySubscriber<Object> {

        private final CompletableFuture<Object> body = new CompletableFuture<>();

        Immediate(Object value) {
            if (value instanceof Throwable t) {
                body.completeExceptionally(t);
            } else {
                body.complete(value);
            }
        }

        @Override
        public CompletionStage<Object> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            // cancelled: nothing is wanted
        }

        @Override
        public void onError(Throwable throwable) {
            // the value is already decided
        }

        @Override
        public void onComplete() {
            // the value is already decided
        }
    }

    /** Keeps a page's first {@value #MAX_PAGE_BYTES} bytes, then stops reading. */
    private static final class PageSink implements BodySubscriber<Object> {

        private final CompletableFuture<Object> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final URI uri;
        private final Charset charset;
        private Flow.Subscription subscription;

        PageSink(URI uri, Charset charset) {
            this.uri = uri;
            this.charset = charset;
        }

        @Override
        public CompletionStage<Object> getBody() {
            return body;
        }

        @Override
        public synchronized void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public synchronized void onNext(List<ByteBuffer> items) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                int n = Math.min(b.remaining(), MAX_PAGE_BYTES - bytes.size());
                byte[] chunk = new byte[n];
                b.get(chunk);
                bytes.write(chunk, 0, n);
            }
            if (bytes.size() >= MAX_PAGE_BYTES) {
                subscription.cancel();
                finish();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public synchronized void onError(Throwable throwable) {
            body.completeExceptionally(throwable);
        }

        @Override
        public synchronized void onComplete() {
            finish();
        }

        private void finish() {
            body.complete(new Page(uri, bytes.toString(charset)));
        }
    }

    /** Streams a media file to disk, stopping as soon as it grows past the limit. */
    private static final class FileSink implements BodySubscriber<Object> {

        private final CompletableFuture<Object> body = new CompletableFuture<>();
        private final URI uri;
        private final Path file;
        private final String filename;
        private final Limit limit;
        private final long total;
        private volatile long received;
        private Flow.Subscription subscription;
        private FileChannel channel;
        private boolean closed;

        FileSink(URI uri, Path file, String filename, Limit limit, long total) {
            this.uri = uri;
            this.file = file;
            this.filename = filename;
            this.limit = limit;
            this.total = total;
        }

        long received() {
            return received;
        }

        long total() {
            return total;
        }

        @Override
        public CompletionStage<Object> getBody() {
            return body;
        }

        @Override
        public synchronized void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (closed) {
                s.cancel();
                return;
            }
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                fail(ImportFailure.failed("The download could not be written to disk" + detail(e)));
                return;
            }
            s.request(1);
        }

        @Override
        public synchronized void onNext(List<ByteBuffer> items) {
            if (closed) {
                return;
            }
            long n = 0;
            for (ByteBuffer b : items) {
                n += b.remaining();
            }
            if (received + n > limit.bytes()) {
                fail(ImportFailure.rejected(limit.message()));
                return;
            }
            try {
                for (ByteBuffer b : items) {
                    while (b.hasRemaining()) {
                        channel.write(b);
                    }
                }
            } catch (IOException e) {
                fail(ImportFailure.failed("The download could not be written to disk" + detail(e)));
                return;
            }
            received += n;
            subscription.request(1);
        }

        @Override
        public synchronized void onError(Throwable throwable) {
            if (!closed) {
                close();
                body.completeExceptionally(throwable);
            }
        }

        @Override
        public synchronized void onComplete() {
            if (closed) {
                return;
            }
            close();
            if (total >= 0 && received < total) {
                body.completeExceptionally(ImportFailure.failed("The download from " + Urls.host(uri)
                    + " ended early (" + received + " of " + total + " bytes)"));
            } else {
                body.complete(new Media(uri, file, filename, received));
            }
        }

        synchronized void abort(ImportFailure why) {
            if (!closed) {
                fail(why);
            }
        }

        private void fail(ImportFailure why) {
            close();
            if (subscription != null) {
                subscription.cancel();
            }
            body.completeExceptionally(why);
        }

        private void close() {
            closed = true;
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // the file is deleted with its directory whatever happens
                }
            }
        }
    }
}
