package org.bobine.transcoding.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.bobine.core.api.Caller;
import org.bobine.transcoding.api.Job;
import org.bobine.transcoding.api.JobService;

/** {@code bobine:job-list}: the job queue, newest first, with progress and errors. */
@Service
@Command(scope = "bobine", name = "job-list", description = "Lists background jobs (transcoding), newest first")
public class JobListCommand implements Action {

    /** Output goes to the session that runs the command. */
    @Reference
    Session session;

    @Reference
    JobService jobs;

    @Argument(index = 0, name = "state", description = "waiting, active, completed or failed; all when absent")
    String state;

    @Override
    public Object execute() {
        var page = jobs.list(Caller.SHELL, state, 0, 100);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Type");
        table.column("State");
        table.column("Progress");
        table.column("Attempts");
        table.column("Video");
        table.column("Error").maxSize(60);
        for (Job j : page.data) {
            table.addRow().addContent(j.id, j.type, j.state, j.progress + "%", j.attempts,
                j.data.getOrDefault("videoUUID", j.data.get("videoId")),
                j.error == null ? "" : j.error.lines().findFirst().orElse(""));
        }
        table.print(session.getConsole());
        session.getConsole().println(page.total + " jobs");
        return null;
    }
}
