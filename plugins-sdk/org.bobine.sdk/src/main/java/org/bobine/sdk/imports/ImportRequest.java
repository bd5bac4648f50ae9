package org.bobine.sdk.imports;

import org.bobine.sdk.hook.VideoAttributes;

/**
 * An import asked for by a user.
 *
 * @param targetUrl  the URL to import from (http or https)
 * @param channelId  the target channel, already checked to be the viewer's
 * @param attributes the video's attributes; {@code name} may be null to take the source's title
 */
public record ImportRequest(String targetUrl, long channelId, VideoAttributes attributes) {
}
