package org.bobine.core.impl.internal.service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bobine.account.api.model.UserCreate;
import org.bobine.core.api.Caller;
import org.bobine.core.api.HookService;
import org.bobine.core.api.UserRole;
import org.bobine.core.impl.internal.config.AccountPolicies;
import org.bobine.core.impl.internal.config.TestAccounts;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.core.impl.internal.storage.Storage;
import org.bobine.hook.impl.internal.HookRunner;
import org.bobine.persistence.impl.internal.TestUnits;
import org.bobine.video.api.ingest.NewVideo;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoRef;

/**
 * The core's services built through their constructors on a real persistence unit (an embedded Derby of
 * their own, the real migrations) and a real data directory, as DS would wire them in Karaf; no engine and no
 * transcoding pipeline, as with those features left out.
 */
final class CoreFixture implements AutoCloseable {

    static final String ROOT_PASSWORD = "root-password-for-unit-tests";

    final Path data;
    final TestUnits.TestUnit unit;
    final Database db;
    final FakeSettings instance;
    final Storage storage;
    final VideoChanges changes = new VideoChanges();
    /** The real hook runner, with no plugin registered. */
    final HookService hooks = new HookRunner();
    final PluginBridge plugins;
    final VideoAccess access;
    final VideoWriter writer = new VideoWriter();
    final Quotas quotas = new Quotas();
    final MediaPipeline pipeline = new MediaPipeline();
    final AccountPolicies accounts;
    final UserServiceImpl users;
    final VideoRemover remover;
    final VideoStatsImpl stats;
    final VideoServiceImpl videos;
    final VideoIngestImpl ingest;
    final Caller root;

    CoreFixture(Path dir) throws Exception {
        this.data = dir.resolve("data");
        this.unit = TestUnits.open(dir, "bobine-core", "core", Database.STEPS);
        this.db = new Database(unit);
        this.instance = new FakeSettings(data);
        this.storage = new Storage(instance);
        this.plugins = new PluginBridge(hooks, new PluginExtensions());
        this.access = new VideoAccess(plugins);
        TestAccounts accountsConfig = new TestAccounts();
        accountsConfig.rootPassword = ROOT_PASSWORD;
        this.accounts = new AccountPolicies(accountsConfig);
        this.users = new UserServiceImpl(db, instance, accounts, quotas);
        this.remover = new VideoRemover(db, storage, changes, pipeline);
        this.stats = new VideoStatsImpl(db, changes);
        this.videos = new VideoServiceImpl(db, instance, remover, hooks, changes, storage, plugins, accounts, access, writer,
            stats);
        this.ingest = new VideoIngestImpl(db, storage, instance, hooks, changes, pipeline, plugins, quotas, writer);
        long rootId = db.tx(em -> em.createQuery("SELECT u.id FROM UserEntity u WHERE u.username = 'root'", Long.class)
            .getSingleResult());
        this.root = new Caller(rootId, "root", UserRole.ADMINISTRATOR);
    }

    /** A user with its first channel, created by root. */
    record User(Caller caller, long channelId) {
    }

    User user(String name, Long quota) {
        UserCreate c = new UserCreate();
        c.username = name;
        c.password = "password-of-" + name;
        c.email = name + "@example.org";
        c.role = 2;
        c.videoQuota = quota;
        org.bobine.account.api.model.User u = users.create(root, c);
        Caller caller = new Caller(u.id, name, UserRole.USER);
        return new User(caller, users.me(caller).videoChannels.get(0).id);
    }

    /** @return bytes an MP4 starts with, and some more: enough for the sniffer, no engine reads it */
    static byte[] mp4(int size) {
        byte[] b = new byte[size];
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    VideoRef upload(User u, String name, int privacy, byte[] content) {
        VideoAttributes a = new VideoAttributes();
        a.name = name;
        a.channelId = u.channelId();
        a.privacy = privacy;
        a.tags = List.of("unit", "test");
        ingest.check(u.caller(), a, true);
        try {
            Path file = Files.write(ingest.tempFolder().resolve(name.replaceAll("[^A-Za-z0-9]", "") + ".tmp"), content);
            return ingest.publish(u.caller(), new NewVideo(a, file, ".mp4", null, null, null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the regular files below a folder of the data directory, relative to it */
    List<String> files(String folder) {
        Path dir = data.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows(String entity) {
        return db.tx(em -> em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult());
    }

    @Override
    public void close() {
        unit.close();
    }
}
