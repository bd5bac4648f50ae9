package org.bobine.plugin.api;

/** A plugin the administrator's index offers (PeerTube's PeerTubePluginIndex). */
public class PluginIndexEntry {
    /** "bobine-plugin-" + name. */
    public String npmName;
    /** Short name. */
    public String name;
    /** What it does. */
    public String description;
    /** Homepage. */
    public String homepage;
    /** Newest version offered. */
    public String latestVersion;
    /** Where Bobine fetches it: a Maven coordinate or a path/URL to a KAR. */
    public String source;
    /** Whether it is installed here. */
    public boolean installed;
    /** Always 0: Bobine keeps no popularity. */
    public int popularity;
    /** When the index was read. */
    public String updatedAt;
    /** Same as updatedAt. */
    public String createdAt;
}
