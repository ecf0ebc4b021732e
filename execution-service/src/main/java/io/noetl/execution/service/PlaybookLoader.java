package io.noetl.execution.service;

import io.noetl.execution.store.CatalogPayloadRepository;
import io.noetl.playbook.model.Playbook;
import io.noetl.playbook.model.PlaybookReader;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The playbook an execution runs, rebuilt from the catalog's normalized payload for the steps and graph
 * views. Emits null when the payload is missing or not a normalized playbook, so those views degrade to
 * what the execution's own tables say instead of failing.
 */
@ApplicationScoped
public class PlaybookLoader {

    private static final Logger LOG = Logger.getLogger(PlaybookLoader.class);

    private final Pool pool;
    private final CatalogPayloadRepository payloads;

    public PlaybookLoader(Pool pool, CatalogPayloadRepository payloads) {
        this.pool = pool;
        this.payloads = payloads;
    }

    public Uni<Playbook> load(long catalogId) {
        return payloads.payload(pool, catalogId).map(payload -> payload == null ? null : read(catalogId, payload));
    }

    private static Playbook read(long catalogId, Map<String, Object> payload) {
        try {
            return PlaybookReader.read(payload);
        } catch (RuntimeException notNormalized) {
            // PlaybookReader trusts its input; a payload it cannot read was not written by validation.
            LOG.warnf("Catalog version %d holds no normalized playbook; showing steps without it", catalogId);
            return null;
        }
    }
}
