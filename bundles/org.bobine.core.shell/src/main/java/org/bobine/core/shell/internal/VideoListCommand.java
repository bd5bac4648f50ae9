package org.bobine.core.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.bobine.core.api.Caller;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoQuery;

/** {@code bobine:video-list}: listed videos (public and internal), newest first. */
@Service
@Command(scope = "bobine", name = "video-list", description = "Lists public and internal videos, newest first")
public class VideoListCommand implements Action {

    /** Output goes to the session that runs the command. */
    @Reference
    Session session;

    @Reference
    VideoService videos;

    @Option(name = "--start", description = "Offset")
    int start;

    @Option(name = "--count", description = "How many (at most 100)")
    int count = 100;

    @Override
    public Object execute() {
        VideoQuery q = new VideoQuery();
        q.start = start;
        q.count = count;
        q.nsfw = "both";
        var page = videos.list(Caller.SHELL, q);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Short UUID");
        table.column("Name");
        table.column("Channel");
        table.column("Privacy");
        table.column("State");
        table.column("Published");
        for (Video v : page.data) {
            table.addRow().addContent(v.id, v.shortUUID, v.name, v.channel.name, v.privacy.label, v.state.label,
                v.publishedAt);
        }
        table.print(session.getConsole());
        session.getConsole().println(page.total + " videos");
        return null;
    }
}
