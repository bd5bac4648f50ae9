package org.bobine.itests.hooks;

import java.util.List;
import org.bobine.sdk.hook.AcceptResult;
import org.bobine.sdk.hook.CommentAttempt;
import org.bobine.sdk.hook.CommentPage;
import org.bobine.sdk.hook.DownloadAttempt;
import org.bobine.sdk.hook.EmbedAttempt;
import org.bobine.sdk.hook.FilterHook;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.ImportAttempt;
import org.bobine.sdk.hook.ListParams;
import org.bobine.sdk.hook.UploadAttempt;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.sdk.hook.VideoPage;
import org.bobine.sdk.hook.Viewer;
import org.osgi.service.component.annotations.Component;

/** The filters, each reacting to a word in the video's title so the test chooses what happens. */
final class Filters {

    private Filters() {
    }

    /** Refuses the embed page of videos whose title says "no-embed". */
    @Component(service = FilterHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.FILTER_EMBED_ALLOWED)
    public static class Embed implements FilterHook<EmbedAttempt, AcceptResult> {
        @Override
        public AcceptResult filter(EmbedAttempt input, AcceptResult current) {
            return input.video().name().contains("no-embed") ? AcceptResult.refuse("Embedding is off for this video") : current;
        }
    }

    /** Refuses downloads of videos whose title says "no-download". */
    @Component(service = FilterHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.FILTER_DOWNLOAD_ALLOWED)
    public static class Download implements FilterHook<DownloadAttempt, AcceptResult> {
        @Override
        public AcceptResult filter(DownloadAttempt input, AcceptResult current) {
            return input.video().name().contains("no-download") ? AcceptResult.refuse("Downloads are off for this video") : current;
        }
    }

    /** Refuses uploads whose form carried {@code pluginData[refuse]=yes} (a field a client script could add). */
    @Component(service = FilterHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.FILTER_UPLOAD_ACCEPT)
    public static class Upload implements FilterHook<UploadAttempt, AcceptResult> {
        @Override
        public AcceptResult filter(UploadAttempt input, AcceptResult current) {
            return "yes".equals(input.pluginData().get("refuse")) ? AcceptResult.refuse("Refused because the form said so") : current;
        }
    }

    /** Refuses imports from URLs that say "forbidden". */
    @Component(service = FilterHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.FILTER_PRE_IMPORT_URL_ACCEPT)
    public static class PreImport implements FilterHook<ImportAttempt, AcceptResult> {
        @Override
        public AcceptResult filter(ImportAttempt input, AcceptResult current) {
            return input.targetUrl().contains("forbidden") ? AcceptResult.refuse("This source is not allowed here") : current;
        }
    }

    /** Adds a description to videos whose title says "annotate". */
    @Component(service = FilterHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.FILTER_VIDEO_GET)
    public static class Get implements FilterHook<Viewer, VideoInfo> {
        @Override
        public VideoInfo filter(Viewer input, VideoInfo current) {
            return current.name().contains("annotate") ? current.withDescription("Annotated by a plugin") : current;
        }
    }

    /** Drops videos whose title says "drop-me" from lists and local search. */
    @Component(service = FilterHook.class, property = {Hooks.HOOK_NAME + "=" + Hooks.FILTER_VIDEOS_LIST_RESULT})
    public static class ListResult implements FilterHook<ListParams, VideoPage> {
        @Override
        public VideoPage filter(ListParams input, VideoPage current) {
            List<VideoInfo> kept = current.data().stream().filter(v -> !v.name().contains("drop-me")).toList();
            return new VideoPage(current.total(), kept);
        }
    }

    /** The same for local search. */
    @Component(service = FilterHook.class, property = {Hooks.HOOK_NAME + "=" + Hooks.FILTER_SEARCH_LOCAL_RESULT})
    public static class SearchResult extends ListResult {
    }

    /** Refuses new threads that say "refuse-me". */
    @Component(service = FilterHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.FILTER_THREAD_CREATE_ACCEPT)
    public static class ThreadAccept implements FilterHook<CommentAttempt, AcceptResult> {
        @Override
        public AcceptResult filter(CommentAttempt input, AcceptResult current) {
            return input.text().contains("refuse-me") ? AcceptResult.refuse("This comment is refused by a plugin") : current;
        }
    }

    /** The same for replies. */
    @Component(service = FilterHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.FILTER_REPLY_CREATE_ACCEPT)
    public static class ReplyAccept extends ThreadAccept {
    }

    /** Drops threads that say "hide-thread" from the listed threads. */
    @Component(service = FilterHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.FILTER_THREADS_LIST_RESULT)
    public static class Threads implements FilterHook<Viewer, CommentPage> {
        @Override
        public CommentPage filter(Viewer input, CommentPage current) {
            return new CommentPage(current.total(), current.data().stream().filter(c -> !c.text().contains("hide-thread")).toList());
        }
    }
}
