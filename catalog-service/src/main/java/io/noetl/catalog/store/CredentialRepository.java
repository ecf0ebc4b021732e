package io.noetl.catalog.store;

import io.noetl.catalog.model.Credential;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/** Credentials; `data_encrypted` only ever holds the envelope, never plaintext. */
@ApplicationScoped
public class CredentialRepository {

    static final String COLUMNS = """
            id, name, type, data_encrypted, key_id, schema, meta, tags, description, created_at, updated_at""";

    /** Serializes writers of one name, so the id bound into the envelope is the id that gets stored. */
    static final String LOCK_NAME = "SELECT pg_advisory_xact_lock(hashtextextended($1, 4242))";

    /** The existing id for the name, else a fresh one: the envelope needs the id before the row exists. */
    static final String ID_FOR_NAME = """
            SELECT coalesce((SELECT id FROM credential WHERE name = $1), snowflake_id()) AS id""";

    static final String UPSERT = """
            INSERT INTO credential (id, name, type, data_encrypted, key_id, schema, meta, tags, description)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (name) DO UPDATE
               SET type = EXCLUDED.type, data_encrypted = EXCLUDED.data_encrypted, key_id = EXCLUDED.key_id,
                   schema = EXCLUDED.schema, meta = EXCLUDED.meta, tags = EXCLUDED.tags,
                   description = EXCLUDED.description, updated_at = now()
            RETURNING\s""" + COLUMNS;

    static final String BY_ID = "SELECT " + COLUMNS + " FROM credential WHERE id = $1";
    static final String BY_NAME = "SELECT " + COLUMNS + " FROM credential WHERE name = $1";

    /** Sorted by name; $2 = case-insensitive substring of name or description; $3 = keyset (last name). */
    static final String LIST = "SELECT " + COLUMNS + """
             FROM credential
            WHERE ($1::text IS NULL OR type = $1)
              AND ($2::text IS NULL OR strpos(lower(name), lower($2)) > 0 OR strpos(lower(coalesce(description, '')), lower($2)) > 0)
              AND ($3::text IS NULL OR name > $3)
            ORDER BY name LIMIT $4""";

    static final String DELETE = "DELETE FROM credential WHERE id = $1";

    public Uni<Long> lockAndIdFor(SqlClient tx, String name) {
        return tx.preparedQuery(LOCK_NAME).execute(Tuple.of(name))
                .chain(() -> tx.preparedQuery(ID_FOR_NAME).execute(Tuple.of(name)))
                .map(rows -> rows.iterator().next().getLong("id"));
    }

    public Uni<Credential> upsert(SqlClient tx, Credential c) {
        Tuple args = Tuple.tuple().addLong(c.id()).addString(c.name()).addString(c.type()).addString(c.dataEncrypted())
                .addString(c.keyId()).addValue(c.schema()).addValue(c.meta())
                .addArrayOfString(c.tags().toArray(String[]::new)).addString(c.description());
        return tx.preparedQuery(UPSERT).execute(args).map(rows -> credential(rows.iterator().next()));
    }

    public Uni<Credential> findById(SqlClient db, long id) {
        return db.preparedQuery(BY_ID).execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? null : credential(rows.iterator().next()));
    }

    public Uni<Credential> findByName(SqlClient db, String name) {
        return db.preparedQuery(BY_NAME).execute(Tuple.of(name)).map(rows -> rows.size() == 0 ? null : credential(rows.iterator().next()));
    }

    public Uni<List<Credential>> list(SqlClient db, String type, String q, String afterName, int limit) {
        return db.preparedQuery(LIST).execute(Tuple.of(type, q, afterName, limit))
                .map(rows -> rows.stream().map(CredentialRepository::credential).toList());
    }

    public Uni<Boolean> delete(SqlClient db, long id) {
        return db.preparedQuery(DELETE).execute(Tuple.of(id)).map(rows -> rows.rowCount() == 1);
    }

    static Credential credential(Row row) {
        String[] tags = row.getArrayOfStrings("tags");
        return new Credential(row.getLong("id"), row.getString("name"), row.getString("type"),
                row.getString("data_encrypted"), row.getString("key_id"), row.getJsonObject("schema"),
                row.getJsonObject("meta") == null ? new JsonObject() : row.getJsonObject("meta"),
                tags == null ? List.of() : Arrays.asList(tags), row.getString("description"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
    }
}
