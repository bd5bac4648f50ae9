package org.bobine.core.impl.internal.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.persistence.EntityManager;
import org.bobine.account.api.ChannelService;
import org.bobine.account.api.model.ChannelCreate;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.impl.internal.entity.AccountEntity;
import org.bobine.core.impl.internal.entity.ChannelEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.instance.api.InstanceService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Channels: create, change, delete (with their videos and files), list. */
@Component(service = ChannelService.class)
public class ChannelServiceImpl implements ChannelService {

    private static final Map<String, String> SORTS = Map.of("id", "c.id", "name", "c.name",
        "createdAt", "c.createdAt", "updatedAt", "c.updatedAt");

    private final Database db;
    private final Dtos dtos;
    private final VideoRemover remover;
    private final VideoChanges changes;

    /**
     * @param db       the database
     * @param settings instance settings
     * @param remover  deletes videos with their files
     * @param changes  tells list caches that channel names changed
     */
    @Activate
    public ChannelServiceImpl(@Reference Database db, @Reference InstanceService settings, @Reference VideoRemover remover,
                              @Reference VideoChanges changes) {
        this.db = db;
        this.dtos = new Dtos(settings);
        this.remover = remover;
        this.changes = changes;
    }

    @Override
    public ResultList<VideoChannel> list(int start, int count, String sort) {
        return search(null, start, count, sort);
    }

    @Override
    public ResultList<VideoChannel> search(String search, int start, int count, String sort) {
        Paging.check(start, count);
        String order = orderBy(sort);
        String s = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        String where = s == null ? "" : s.contains("@") ? " WHERE LOWER(c.name) = :h"
            : " WHERE LOWER(c.name) LIKE :q ESCAPE '\\' OR LOWER(c.displayName) LIKE :q ESCAPE '\\'";
        return db.tx(em -> {
            var total = em.createQuery("SELECT COUNT(c) FROM ChannelEntity c" + where, Long.class);
            var page = em.createQuery("SELECT c FROM ChannelEntity c" + where + " ORDER BY " + order, ChannelEntity.class);
            if (s != null) {
                boolean handle = s.contains("@");
                Object value = handle ? s.replaceFirst("@.*$", "")
                    : "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                total.setParameter(handle ? "h" : "q", value);
                page.setParameter(handle ? "h" : "q", value);
            }
            return new ResultList<>(total.getSingleResult(), page.setFirstResult(start).setMaxResults(count).getResultList()
                .stream().map(c -> dtos.channel(c, true)).toList());
        });
    }

    private static String orderBy(String sort) {
        String s = sort == null || sort.isEmpty() ? "-createdAt" : sort;
        boolean desc = s.startsWith("-");
        String col = SORTS.get(desc ? s.substring(1) : s);
        if (col == null) {
            throw BobineException.badRequest("sort: unknown sort " + s);
        }
        return col + (desc ? " DESC" : " ASC") + ", c.id";
    }

    @Override
    public VideoChannel get(String handle) {
        return db.tx(em -> dtos.channel(find(em, handle), true));
    }

    static ChannelEntity find(EntityManager em, String handle) {
        String name = handle == null ? "" : handle.replaceFirst("@.*$", "");
        return em.createQuery("SELECT c FROM ChannelEntity c WHERE c.name = :n", ChannelEntity.class)
            .setParameter("n", name).getResultList().stream().findFirst()
            .orElseThrow(() -> BobineException.notFound("Video channel not found"));
    }

    @Override
    public ResultList<VideoChannel> listForAccount(String accountName, int start, int count) {
        Paging.check(start, count);
        return db.tx(em -> {
            AccountEntity a = em.createQuery("SELECT a FROM AccountEntity a WHERE a.name = :n", AccountEntity.class)
                .setParameter("n", accountName).getResultList().stream().findFirst()
                .orElseThrow(() -> BobineException.notFound("Account not found"));
            long total = em.createQuery("SELECT COUNT(c) FROM ChannelEntity c WHERE c.account = :a", Long.class)
                .setParameter("a", a).getSingleResult();
            List<VideoChannel> page = em.createQuery("SELECT c FROM ChannelEntity c WHERE c.account = :a ORDER BY c.id",
                    ChannelEntity.class).setParameter("a", a).setFirstResult(start).setMaxResults(count)
                .getResultList().stream().map(c -> dtos.channel(c, true)).toList();
            return new ResultList<>(total, page);
        });
    }

    @Override
    public VideoChannel create(Caller caller, ChannelCreate create) {
        caller.requireUser();
        if (create == null) {
            throw BobineException.badRequest("A body is required");
        }
        Validation.handle("name", create.name);
        Validation.text("displayName", create.displayName, 1, 120, true);
        Validation.text("description", create.description, 3, 1000, false);
        Validation.text("support", create.support, 3, 1000, false);
        return db.tx(em -> {
            AccountEntity a = em.createQuery("SELECT a FROM AccountEntity a WHERE a.user.id = :u", AccountEntity.class)
                .setParameter("u", caller.userId()).getSingleResult();
            long owned = em.createQuery("SELECT COUNT(c) FROM ChannelEntity c WHERE c.account = :a", Long.class)
                .setParameter("a", a).getSingleResult();
            if (owned >= 20) {
                throw BobineException.forbidden("You cannot create more than 20 channels");
            }
            Handles.checkFree(em, create.name);
            long now = System.currentTimeMillis();
            ChannelEntity c = new ChannelEntity();
            c.setName(create.name);
            c.setDisplayName(create.displayName);
            c.setDescription(create.description);
            c.setSupport(create.support);
            c.setAccount(a);
            c.setCreatedAt(now);
            c.setUpdatedAt(now);
            em.persist(c);
            em.flush();
            return dtos.channel(c, true);
        });
    }

    @Override
    public void update(Caller caller, String handle, ChannelCreate update) {
        if (update == null) {
            throw BobineException.badRequest("A body is required");
        }
        Validation.text("displayName", update.displayName, 1, 120, false);
        Validation.text("description", update.description, 3, 1000, false);
        Validation.text("support", update.support, 3, 1000, false);
        db.run(em -> {
            ChannelEntity c = owned(em, caller, handle);
            if (update.displayName != null) {
                c.setDisplayName(update.displayName);
            }
            if (update.description != null) {
                c.setDescription(update.description);
            }
            if (update.support != null) {
                c.setSupport(update.support);
            }
            c.setUpdatedAt(System.currentTimeMillis());
        });
        changes.changed();
    }

    @Override
    public void delete(Caller caller, String handle) {
        List<Long> videos = db.tx(em -> {
            ChannelEntity c = owned(em, caller, handle);
            long siblings = em.createQuery("SELECT COUNT(c) FROM ChannelEntity c WHERE c.account = :a", Long.class)
                .setParameter("a", c.getAccount()).getSingleResult();
            if (siblings <= 1) {
                throw BobineException.conflict("Cannot delete the last channel of an account");
            }
            return em.createQuery("SELECT v.id FROM VideoEntity v WHERE v.channel = :c", Long.class)
                .setParameter("c", c).getResultList();
        });
        for (long id : videos) {
            remover.remove(id);
        }
        db.run(em -> em.remove(owned(em, caller, handle)));
    }

    private static ChannelEntity owned(EntityManager em, Caller caller, String handle) {
        caller.requireUser();
        ChannelEntity c = find(em, handle);
        if (c.getAccount().getUser().getId() != caller.userId() && !caller.admin()) {
            throw BobineException.forbidden("This channel is not yours");
        }
        return c;
    }
}
