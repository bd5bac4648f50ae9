package org.bobine.playlist.impl.internal;

import java.util.List;
import org.bobine.persistence.api.CapabilityDatabase;
import org.bobine.persistence.api.Migration;
import org.bobine.persistence.api.PersistenceService;
import org.bobine.persistence.api.PersistenceUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jpa.EntityManagerFactoryBuilder;

/**
 * The playlists' persistence unit {@code bobine-playlist} (ledger name {@code playlist}): playlists
 * ({@code BOBINE_PLAYLIST}) and their elements ({@code BOBINE_PLAYLIST_ELEMENT}).
 */
@Component(service = PlaylistDatabase.class)
public class PlaylistDatabase extends CapabilityDatabase {

    /** The unit's steps, in order; append only, never edit a released one. */
    static final List<Migration> STEPS = List.of(Migration.baseline("video playlists and their elements"));

    /**
     * @param persistence the shared database
     * @param builder     this bundle's persistence unit, registered by Aries JPA
     */
    @Activate
    public PlaylistDatabase(@Reference PersistenceService persistence,
                            @Reference(target = "(osgi.unit.name=bobine-playlist)") EntityManagerFactoryBuilder builder) {
        this(persistence.open("playlist", builder, STEPS));
    }

    /** @param unit the unit, opened and migrated (unit tests open it on an embedded Derby of their own) */
    PlaylistDatabase(PersistenceUnit unit) {
        super(unit);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
