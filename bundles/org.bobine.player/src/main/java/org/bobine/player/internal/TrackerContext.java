package org.bobine.player.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The servlet context {@code /tracker} that holds only the WebSocket tracker, so that enabling WebSockets
 * there leaves the root context (the API and the pages) alone.
 */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = TrackerContext.NAME, path = "/tracker")
public class TrackerContext extends ServletContextHelper {

    /** The context's whiteboard name. */
    static final String NAME = "bobine-tracker";
}
