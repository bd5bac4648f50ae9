package org.bobine.feed.internal;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.itunes.EntryInformationImpl;
import com.rometools.modules.itunes.FeedInformationImpl;
import com.rometools.modules.itunes.types.Category;
import com.rometools.modules.itunes.types.Duration;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Community;
import com.rometools.modules.mediarss.types.Embed;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.MediaGroup;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.PeerLink;
import com.rometools.modules.mediarss.types.PlayerReference;
import com.rometools.modules.mediarss.types.Rating;
import com.rometools.modules.mediarss.types.Statistics;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndImage;
import com.rometools.rome.feed.synd.SyndImageImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Writes a {@link FeedDoc} with ROME: RSS 2.0 with Media RSS (the files, thumbnails, embed and player, views)
 * and Dublin Core authors, Atom 1.0, or the podcast RSS (iTunes and Podcasting 2.0, see {@link PodcastGenerator}).
 * ROME's plugins are found through the class loader of ROME's own classes, which is this bundle's: ROME and
 * its modules are embedded in it.
 */
final class RomeWriter {

    /** What to write. */
    enum Kind {
        RSS("rss_2.0"), ATOM("atom_1.0"), PODCAST("rss_2.0");

        final String romeType;

        Kind(String romeType) {
            this.romeType = romeType;
        }
    }

    private RomeWriter() {
    }

    /** @param doc the feed @param kind the format @return the document's bytes, UTF-8 */
    static byte[] write(FeedDoc doc, Kind kind) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(kind.romeType);
        feed.setEncoding("UTF-8");
        feed.setTitle(doc.title);
        feed.setDescription(doc.description == null || doc.description.isBlank() ? doc.title : doc.description);
        feed.setLink(doc.link);
        feed.setUri(doc.link);
        feed.setLanguage(doc.language);
        feed.setCopyright(doc.copyright);
        feed.setGenerator(doc.generator);
        feed.setPublishedDate(doc.updated);
        feed.setDocs("https://validator.w3.org/feed/docs/rss2.html");
        String self = kind == Kind.ATOM ? doc.atomUrl : kind == Kind.PODCAST ? doc.podcastUrl : doc.rssUrl;
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", doc.link, "text/html"));
        links.add(link("self", self, kind == Kind.ATOM ? "application/atom+xml" : "application/rss+xml"));
        feed.setLinks(links);
        if (doc.image != null) {
            SyndImage image = new SyndImageImpl();
            image.setUrl(doc.image);
            image.setTitle(doc.title);
            image.setLink(doc.link);
            feed.setImage(image);
            if (kind == Kind.ATOM) {
                feed.setIcon(image);
            }
        }
        if (doc.authorName != null && kind == Kind.ATOM) {
            // RSS's managingEditor is an e-mail address: only Atom has a feed author (as PeerTube).
            feed.setAuthors(List.of(person(doc.authorName, doc.authorLink, null)));
        }
        List<SyndCategory> categories = new ArrayList<>();
        doc.categories.forEach(c -> categories.add(category(c)));
        feed.setCategories(categories);

        List<Module> modules = new ArrayList<>();
        if (kind != Kind.ATOM) {
            // RSS has no self link of its own: Atom's, as the feed validators ask.
            AtomLinkModuleImpl atom = new AtomLinkModuleImpl();
            Link selfLink = new Link();
            selfLink.setRel("self");
            selfLink.setHref(self);
            selfLink.setType("application/rss+xml");
            atom.setLink(selfLink);
            modules.add(atom);
        }
        if (kind == Kind.PODCAST) {
            modules.add(itunes(doc));
        }
        if (kind != Kind.ATOM && (doc.podcast != null && kind == Kind.PODCAST || doc.podcastUrl != null)) {
            PodcastModule podcast = new PodcastModule();
            podcast.channel = kind == Kind.PODCAST ? doc.podcast : null;
            podcast.podcastUrl = doc.podcastUrl;
            modules.add(podcast);
        }
        // Added to ROME's own (Dublin Core holds the dates and authors): never replacing them.
        feed.getModules().addAll(modules);

        List<SyndEntry> entries = new ArrayList<>();
        for (FeedDoc.Item item : doc.items) {
            entries.add(entry(item, kind));
        }
        feed.setEntries(entries);
        try {
            WireFeed wire = feed.createWireFeed();
            if (wire instanceof Channel channel) {
                // An http(s) guid is the item's permanent address, as PeerTube says it (ROME says false).
                for (Item item : channel.getItems()) {
                    Guid guid = item.getGuid();
                    if (guid != null) {
                        guid.setPermaLink(guid.getValue() != null && guid.getValue().startsWith("http"));
                    }
                }
            }
            return new WireFeedOutput().outputString(wire, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME could not write the feed", e);
        }
    }

    private static SyndEntry entry(FeedDoc.Item item, Kind kind) {
        SyndEntry e = new SyndEntryImpl();
        e.setTitle(item.title);
        e.setLink(item.link);
        e.setUri(item.id);
        e.setPublishedDate(item.published);
        e.setUpdatedDate(item.updated != null ? item.updated : item.published);
        if (item.summary != null) {
            e.setDescription(content("text/plain", item.summary));
        }
        if (item.contentHtml != null) {
            e.setContents(List.of(content("html", item.contentHtml)));
        }
        if (item.authorName != null) {
            if (kind == Kind.ATOM) {
                e.setAuthors(List.of(person(item.authorName, item.authorLink, item.authorEmail)));
            } else {
                e.setAuthor(item.authorName);
            }
        }
        List<SyndCategory> categories = new ArrayList<>();
        item.categories.forEach(c -> categories.add(category(c)));
        e.setCategories(categories);
        if (item.enclosure != null && item.enclosure.url() != null) {
            SyndEnclosure enc = new SyndEnclosureImpl();
            enc.setUrl(item.enclosure.url());
            enc.setLength(item.enclosure.length());
            enc.setType(item.enclosure.type());
            e.setEnclosures(List.of(enc));
        }
        List<Module> modules = new ArrayList<>();
        if (kind == Kind.PODCAST) {
            EntryInformationImpl itunes = new EntryInformationImpl();
            if (item.duration > 0) {
                itunes.setDuration(new Duration(item.duration * 1000));
            }
            if (!item.thumbnails.isEmpty()) {
                itunes.setImageUri(item.thumbnails.get(0).url());
            }
            itunes.setExplicitNullable(null);
            modules.add(itunes);
            PodcastModule podcast = new PodcastModule();
            podcast.item = item;
            modules.add(podcast);
        } else if (!item.files.isEmpty() || !item.thumbnails.isEmpty() || item.embedUrl != null) {
            modules.add(media(item));
        }
        e.getModules().addAll(modules);
        return e;
    }

    /** Media RSS as PeerTube writes it: a group of the files and torrents, thumbnails, embed, player, views, rating. */
    private static MediaEntryModuleImpl media(FeedDoc.Item item) {
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        Metadata meta = new Metadata();
        meta.setTitle(item.title);
        meta.setTitleType("plain");
        if (item.summary != null) {
            meta.setDescription(item.summary);
            meta.setDescriptionType("plain");
        }
        meta.setRatings(new Rating[] {new Rating("urn:simple", item.nsfw ? "adult" : "nonadult")});
        List<Thumbnail> thumbs = new ArrayList<>();
        for (FeedDoc.Thumb t : item.thumbnails) {
            URI u = uri(t.url());
            if (u != null) {
                thumbs.add(new Thumbnail(u, t.width(), t.height()));
            }
        }
        meta.setThumbnail(thumbs.toArray(Thumbnail[]::new));
        if (item.embedUrl != null) {
            Embed embed = new Embed();
            embed.setUrl(url(item.embedUrl));
            meta.setEmbed(embed);
        }
        if (item.views != null) {
            Community community = new Community();
            Statistics stats = new Statistics();
            stats.setViews((int) Math.min(Integer.MAX_VALUE, item.views));
            community.setStatistics(stats);
            meta.setCommunity(community);
        }
        media.setMetadata(meta);
        if (item.playerUrl != null && uri(item.playerUrl) != null) {
            media.setPlayer(new PlayerReference(uri(item.playerUrl)));
        }
        List<MediaContent> contents = new ArrayList<>();
        for (FeedDoc.MediaFile f : item.files) {
            URI u = uri(f.url());
            if (u == null) {
                continue;
            }
            MediaContent c = new MediaContent(new UrlReference(u));
            c.setType(f.type());
            c.setMedium("video");
            c.setHeight(f.height());
            c.setFileSize(f.size());
            if (f.fps() > 0) {
                c.setFramerate((float) f.fps());
            }
            c.setDuration(f.duration());
            c.setLanguage(f.language());
            c.setDefaultContent(contents.isEmpty());
            contents.add(c);
        }
        if (!contents.isEmpty() || !item.torrents.isEmpty()) {
            Metadata groupMeta = new Metadata();
            List<PeerLink> peers = new ArrayList<>();
            for (FeedDoc.Torrent t : item.torrents) {
                URL u = url(t.url());
                if (u != null) {
                    PeerLink p = new PeerLink();
                    p.setType("application/x-bittorrent");
                    p.setHref(u);
                    peers.add(p);
                }
            }
            groupMeta.setPeerLinks(peers.toArray(PeerLink[]::new));
            MediaGroup group = new MediaGroup(contents.toArray(MediaContent[]::new), contents.isEmpty() ? null : 0, groupMeta);
            media.setMediaGroups(new MediaGroup[] {group});
        }
        return media;
    }

    private static FeedInformationImpl itunes(FeedDoc doc) {
        FeedInformationImpl itunes = new FeedInformationImpl();
        FeedDoc.Podcast p = doc.podcast;
        itunes.setAuthor(p.itunesAuthor);
        if (!p.persons.isEmpty()) {
            itunes.setOwnerName(p.persons.get(0).name());
            if (p.email != null) {
                itunes.setOwnerEmailAddress(p.email);
            }
        }
        if (doc.image != null) {
            itunes.setImageUri(doc.image);
        }
        List<Category> categories = new ArrayList<>();
        doc.categories.forEach(c -> categories.add(new Category(c)));
        itunes.setCategories(categories);
        itunes.setType("episodic");
        itunes.setExplicitNullable(null);
        return itunes;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink l = new SyndLinkImpl();
        l.setRel(rel);
        l.setHref(href);
        l.setType(type);
        return l;
    }

    private static SyndPerson person(String name, String uri, String email) {
        SyndPerson p = new SyndPersonImpl();
        p.setName(name);
        p.setUri(uri);
        p.setEmail(email);
        return p;
    }

    private static SyndCategory category(String name) {
        SyndCategory c = new SyndCategoryImpl();
        c.setName(name);
        return c;
    }

    private static SyndContent content(String type, String value) {
        SyndContent c = new SyndContentImpl();
        c.setType(type);
        c.setValue(value);
        return c;
    }

    private static URI uri(String s) {
        try {
            return s == null ? null : new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static URL url(String s) {
        try {
            return s == null ? null : new URL(s);
        } catch (MalformedURLException e) {
            return null;
        }
    }

    /** @param d a date or null @return it, or now */
    static Date orNow(Date d) {
        return d == null ? new Date() : d;
    }
}
