package org.bobine.video.api.model;

import java.util.List;
import java.util.Map;

/**
 * The attributes a creator sets on upload or update (PeerTube's VideoCreate / VideoUpdate). On update a null
 * field keeps the current value.
 */
public class VideoAttributes {
    /** Title, 3-120 characters. */
    public String name;
    /** Target channel id (required on upload). */
    public Long channelId;
    /** Privacy id. */
    public Integer privacy;
    /** Category id. */
    public Integer category;
    /** Licence id. */
    public Integer licence;
    /** Language code. */
    public String language;
    /** Description, Markdown, 3-10000 characters. */
    public String description;
    /** Support text, 3-1000 characters. */
    public String support;
    /** Tags, 0-5, each 2-30 characters. */
    public List<String> tags;
    /** Comment policy id. */
    public Integer commentsPolicy;
    /** Legacy comments flag (mapped to commentsPolicy). */
    public Boolean commentsEnabled;
    /** Whether downloads are allowed. */
    public Boolean downloadEnabled;
    /** Not safe for work. */
    public Boolean nsfw;
    /** Wait for transcoding before publishing. */
    public Boolean waitTranscoding;
    /** Original publication date, ISO-8601. */
    public String originallyPublishedAt;
    /** Original file name (resumable upload). */
    public String filename;
    /** Passwords of a password-protected video (privacy 5), checked and kept by the plugin that guards it. */
    public List<String> videoPasswords;
    /** What fields plugins added to the upload form sent ({@code pluginData[key]}), for the upload hooks. */
    public Map<String, String> pluginData;
}
