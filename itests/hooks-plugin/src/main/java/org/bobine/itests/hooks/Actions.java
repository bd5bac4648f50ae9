package org.bobine.itests.hooks;

import org.bobine.sdk.hook.ActionHook;
import org.bobine.sdk.hook.ApplicationEvent;
import org.bobine.sdk.hook.CommentInfo;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.VideoEvent;
import org.bobine.sdk.hook.ViewEvent;
import org.bobine.sdk.plugin.PluginStorage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The actions, each writing what it was told to the plugin's storage. */
final class Actions {

    private Actions() {
    }

    /** Uploads, updates and deletes, one component per hook name. */
    abstract static class VideoEvents implements ActionHook<VideoEvent> {
        private final PluginStorage storage;
        private final String kind;

        VideoEvents(PluginStorage storage, String kind) {
            this.storage = storage;
            this.kind = kind;
        }

        @Override
        public void run(VideoEvent event) {
            Events.add(storage, kind, event.uuid());
        }
    }

    /** action:api.video.uploaded. */
    @Component(service = ActionHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.ACTION_VIDEO_UPLOADED)
    public static class Uploaded extends VideoEvents {
        /** @param storage where events go */
        @Activate
        public Uploaded(@Reference PluginStorage storage) {
            super(storage, "uploaded");
        }
    }

    /** action:api.video.updated. */
    @Component(service = ActionHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.ACTION_VIDEO_UPDATED)
    public static class Updated extends VideoEvents {
        /** @param storage where events go */
        @Activate
        public Updated(@Reference PluginStorage storage) {
            super(storage, "updated");
        }
    }

    /** action:api.video.deleted. */
    @Component(service = ActionHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.ACTION_VIDEO_DELETED)
    public static class Deleted extends VideoEvents {
        /** @param storage where events go */
        @Activate
        public Deleted(@Reference PluginStorage storage) {
            super(storage, "deleted");
        }
    }

    /** action:api.video.viewed. */
    @Component(service = ActionHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.ACTION_VIDEO_VIEWED)
    public static class Viewed implements ActionHook<ViewEvent> {
        private final PluginStorage storage;

        /** @param storage where events go */
        @Activate
        public Viewed(@Reference PluginStorage storage) {
            this.storage = storage;
        }

        @Override
        public void run(ViewEvent event) {
            Events.add(storage, "viewed", event.video().uuid() + "@" + (int) event.currentTime());
        }
    }

    /** action:application.listening, told even though the plugin arrives on a running instance. */
    @Component(service = ActionHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.ACTION_APPLICATION_LISTENING)
    public static class Listening implements ActionHook<ApplicationEvent> {
        private final PluginStorage storage;

        /** @param storage where events go */
        @Activate
        public Listening(@Reference PluginStorage storage) {
            this.storage = storage;
        }

        @Override
        public void run(ApplicationEvent event) {
            Events.add(storage, "listening", event.publicUrl());
        }
    }

    /** The comment actions, one component per hook name: each writes the comment's text. */
    abstract static class CommentEvents implements ActionHook<CommentInfo> {
        private final PluginStorage storage;
        private final String kind;

        CommentEvents(PluginStorage storage, String kind) {
            this.storage = storage;
            this.kind = kind;
        }

        @Override
        public void run(CommentInfo event) {
            Events.add(storage, kind, event.videoUuid() + ":" + event.text());
        }
    }

    /** action:api.video-thread.created. */
    @Component(service = ActionHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.ACTION_THREAD_CREATED)
    public static class ThreadCreated extends CommentEvents {
        /** @param storage where events go */
        @Activate
        public ThreadCreated(@Reference PluginStorage storage) {
            super(storage, "thread");
        }
    }

    /** action:api.video-comment-reply.created. */
    @Component(service = ActionHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.ACTION_REPLY_CREATED)
    public static class ReplyCreated extends CommentEvents {
        /** @param storage where events go */
        @Activate
        public ReplyCreated(@Reference PluginStorage storage) {
            super(storage, "reply");
        }
    }

    /** action:api.video-comment.deleted. */
    @Component(service = ActionHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.ACTION_COMMENT_DELETED)
    public static class CommentDeleted extends CommentEvents {
        /** @param storage where events go */
        @Activate
        public CommentDeleted(@Reference PluginStorage storage) {
            super(storage, "uncommented");
        }
    }
}
