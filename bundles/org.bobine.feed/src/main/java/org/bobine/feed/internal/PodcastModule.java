package org.bobine.feed.internal;

import com.rometools.rome.feed.CopyFrom;
import com.rometools.rome.feed.module.Module;

/**
 * ROME module of the Podcasting 2.0 namespace ({@value #URI}), which ROME does not know: on a channel the
 * podcast's own fields and the {@code podcast:txt} naming the podcast feed, on an item its alternate
 * enclosures, persons and social interaction. {@link PodcastGenerator} writes it; registered with ROME in
 * this bundle's {@code rome.properties}.
 */
public final class PodcastModule implements Module {

    private static final long serialVersionUID = 1L;

    /** The namespace. */
    public static final String URI = "https://podcastindex.org/namespace/1.0";

    /** Channel: the podcast feed's URL ({@code podcast:txt purpose="p20url"}), or null. */
    transient String podcastUrl;
    /** Channel: the podcast's fields, or null in a classic feed. */
    transient FeedDoc.Podcast channel;
    /** Item: the entry, or null on a channel. */
    transient FeedDoc.Item item;

    @Override
    public String getUri() {
        return URI;
    }

    @Override
    public Class<? extends CopyFrom> getInterface() {
        return PodcastModule.class;
    }

    @Override
    public void copyFrom(CopyFrom obj) {
        PodcastModule other = (PodcastModule) obj;
        podcastUrl = other.podcastUrl;
        channel = other.channel;
        item = other.item;
    }

    @Override
    public Object clone() {
        PodcastModule copy = new PodcastModule();
        copy.copyFrom(this);
        return copy;
    }
}
