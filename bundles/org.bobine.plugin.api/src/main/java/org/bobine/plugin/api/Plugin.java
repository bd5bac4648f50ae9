package org.bobine.plugin.api;

import java.util.Map;

/** An installed plugin, shaped like PeerTube's PeerTubePlugin with Bobine's runtime state added. */
public class Plugin {
    /** Short name, e.g. "video-password": routes live under /plugins/{name}/. */
    public String name;
    /** The name on the wire and in the index, "bobine-plugin-" + name (PeerTube's npmName). */
    public String npmName;
    /** 1 plugin, 2 theme: always 1. */
    public int type = 1;
    /** Installed version. */
    public String version;
    /** The newest version in the plugin index, or the installed one. */
    public String latestVersion;
    /** Whether the administrator enabled it. */
    public boolean enabled;
    /** Always false: uninstalled plugins are not listed. */
    public boolean uninstalled;
    /** The platform versions it was built for, e.g. ">=0.1.0". */
    public String peertubeEngine;
    /** What it does. */
    public String description;
    /** Where it comes from (homepage or source). */
    public String homepage;
    /** running, disabled, failed or starting. */
    public String state;
    /** Why it failed, when state is failed. */
    public String error;
    /** How it was installed: a path, "upload" or a Maven coordinate. */
    public String source;
    /** Current setting values (private ones only for administrators). */
    public Map<String, String> settings;
    /** Installation date. */
    public String createdAt;
    /** Last update, enable or disable. */
    public String updatedAt;
}
