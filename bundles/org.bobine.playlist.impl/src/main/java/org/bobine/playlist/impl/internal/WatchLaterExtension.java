package org.bobine.playlist.impl.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bobine.account.api.UserExtension;
import org.bobine.account.api.model.User;
import org.bobine.core.api.Caller;
import org.bobine.playlist.impl.internal.entity.PlaylistEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Fills {@code specialPlaylists} of {@code GET /api/v1/users/me} ({@code [{id, name, type: 2}]}, PeerTube's
 * {@code MyUserSpecialPlaylist}), making the user's Watch later if they have none yet, as PeerTube's clients
 * read it there to offer "Save to Watch later". Registered on the account API's {@link UserExtension}
 * whiteboard; keeps no field of {@code PUT /users/me}.
 */
@Component(service = UserExtension.class)
public class WatchLaterExtension implements UserExtension {

    private final PlaylistServiceImpl playlists;

    /** @param playlists the playlists, which make Watch later */
    @Activate
    public WatchLaterExtension(@Reference PlaylistServiceImpl playlists) {
        this.playlists = playlists;
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }

    @Override
    public void complete(Caller caller, User user) {
        PlaylistEntity p = playlists.watchLaterOf(caller);
        if (p != null) {
            user.specialPlaylists = List.of(Map.of("id", p.getId(), "name", p.getName(), "type", p.getType()));
        }
    }

    @Override
    public void update(Caller caller, Map<String, Object> body) {
        // No field of PUT /users/me is kept here.
    }

    @Override
    public void check(Map<String, Object> body) {
        // No field of PUT /users/me is kept here.
    }
}
