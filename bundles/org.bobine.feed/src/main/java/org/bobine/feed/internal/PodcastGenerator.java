package org.bobine.feed.internal;

import com.rometools.rome.feed.module.Module;
import com.rometools.rome.io.ModuleGenerator;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Writes {@link PodcastModule} into RSS 2.0 as PeerTube's podcast feeds have it: {@code podcast:medium},
 * {@code podcast:guid}, {@code podcast:person}, {@code podcast:locked}, {@code podcast:txt} on the channel;
 * {@code podcast:alternateEnclosure} with its {@code podcast:source}s, {@code podcast:person},
 * {@code podcast:socialInteract}, {@code podcast:images} on items, and {@code itunes:explicit} as
 * {@code true}/{@code false} (ROME's iTunes module writes {@code yes}/{@code no}). Instantiated by ROME.
 */
public final class PodcastGenerator implements ModuleGenerator {

    private static final Namespace PODCAST = Namespace.getNamespace("podcast", PodcastModule.URI);
    private static final Namespace ITUNES = Namespace.getNamespace("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd");

    @Override
    public String getNamespaceUri() {
        return PodcastModule.URI;
    }

    @Override
    public Set<Namespace> getNamespaces() {
        return Set.of(PODCAST, ITUNES);
    }

    @Override
    public void generate(Module module, Element element) {
        PodcastModule m = (PodcastModule) module;
        if (m.channel != null) {
            channel(m.channel, element);
        }
        if (m.podcastUrl != null) {
            element.addContent(new Element("txt", PODCAST).setAttribute("purpose", "p20url").setText(m.podcastUrl));
        }
        if (m.item != null) {
            item(m.item, element);
        }
    }

    private static void channel(FeedDoc.Podcast p, Element channel) {
        channel.addContent(text("medium", p.medium));
        if (p.guid != null) {
            channel.addContent(text("guid", p.guid));
        }
        p.persons.forEach(person -> channel.addContent(person(person)));
        if (p.email != null) {
            // PeerTube locks the podcast to its owner when the owner shows an address to prove ownership.
            channel.addContent(text("locked", "yes").setAttribute("owner", p.email));
        }
        channel.addContent(new Element("explicit", ITUNES).setText(String.valueOf(p.explicit)));
    }

    private static void item(FeedDoc.Item it, Element item) {
        it.persons.forEach(person -> item.addContent(person(person)));
        it.trackers.forEach(t -> item.addContent(text("tracker", t)));
        if (it.socialUri != null) {
            Element social = new Element("socialInteract", PODCAST).setAttribute("uri", it.socialUri)
                .setAttribute("protocol", "activitypub");
            if (it.socialAccountUrl != null) {
                social.setAttribute("accountUrl", it.socialAccountUrl);
            }
            item.addContent(social);
        }
        for (int i = 0; i < it.alternates.size(); i++) {
            FeedDoc.Media media = it.alternates.get(i);
            Element alt = new Element("alternateEnclosure", PODCAST).setAttribute("type", media.type());
            if (media.length() > 0) {
                alt.setAttribute("length", String.valueOf(media.length()));
            }
            if (media.bitrate() != null) {
                alt.setAttribute("bitrate", String.valueOf(media.bitrate()));
            }
            if (media.height() != null) {
                alt.setAttribute("height", String.valueOf(media.height()));
            }
            if (media.language() != null) {
                alt.setAttribute("lang", media.language());
            }
            if (media.title() != null) {
                alt.setAttribute("title", media.title());
            }
            alt.setAttribute("default", String.valueOf(i == 0));
            for (FeedDoc.Source s : media.sources()) {
                Element source = new Element("source", PODCAST).setAttribute("uri", s.uri());
                if (s.contentType() != null) {
                    source.setAttribute("contentType", s.contentType());
                }
                alt.addContent(source);
            }
            item.addContent(alt);
        }
        String srcset = it.thumbnails.stream().map(t -> t.url() + " " + t.width() + "w").collect(Collectors.joining(", "));
        if (!srcset.isEmpty()) {
            item.addContent(new Element("images", PODCAST).setAttribute("srcset", srcset));
        }
        item.addContent(new Element("explicit", ITUNES).setText(String.valueOf(it.nsfw)));
    }

    private static Element person(FeedDoc.Person p) {
        Element e = text("person", p.name());
        if (p.href() != null) {
            e.setAttribute("href", p.href());
        }
        if (p.img() != null) {
            e.setAttribute("img", p.img());
        }
        return e;
    }

    private static Element text(String name, String value) {
        return new Element(name, PODCAST).setText(value == null ? "" : value);
    }
}
