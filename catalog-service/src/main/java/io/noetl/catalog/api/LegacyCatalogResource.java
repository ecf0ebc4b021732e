package io.noetl.catalog.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.catalog.model.CatalogEntry;
import io.noetl.catalog.service.CatalogFilter;
import io.noetl.catalog.service.CatalogQueries;
import io.noetl.catalog.service.CatalogService;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.JsonBodies;
import io.noetl.platform.web.Page;
import io.noetl.platform.web.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Upstream NoETL's POST catalog routes (api.md §3.1 *compat*), answered by the same services. */
@Path("/api/catalog")
@Tag(name = "Catalog (upstream)", description = "Upstream-compatible catalog routes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegacyCatalogResource {

    private final CatalogQueries queries;
    private final CatalogService catalog;
    private final ObjectMapper json;

    public LegacyCatalogResource(CatalogQueries queries, CatalogService catalog, ObjectMapper json) {
        this.queries = queries;
        this.catalog = catalog;
        this.json = json;
    }

    @POST
    @Path("/list")
    @Operation(operationId = "listCatalogEntriesLegacy", summary = "Upstream list: all versions, newest first")
    @APIResponse(responseCode = "200", description = "{entries, next_cursor}")
    public Uni<Map<String, Object>> list(String body) {
        JsonNode b = JsonBodies.object(orEmpty(body), JsonBodies.DEFAULT_MAX_BYTES, json);
        String kind = JsonBodies.text(b, "resource_type");
        CatalogFilter filter = new CatalogFilter(kind == null ? null : kind.toLowerCase(),
                CatalogParams.checkedPath("path", JsonBodies.text(b, "path"), false), null, false,
                LegacyBodies.flag(b, "include_archived"), true, true, LegacyBodies.flag(b, "agent_only"), LegacyBodies.capabilities(b));
        return queries.list(filter, LegacyBodies.page(b)).map(LegacyCatalogResource::entries);
    }

    @POST
    @Path("/agents/list")
    @Operation(operationId = "listCatalogAgentsLegacy", summary = "Upstream list of entries whose metadata.agent is true")
    @APIResponse(responseCode = "200", description = "{entries, next_cursor}")
    public Uni<Map<String, Object>> agents(String body) {
        JsonNode b = JsonBodies.object(orEmpty(body), JsonBodies.DEFAULT_MAX_BYTES, json);
        CatalogFilter filter = new CatalogFilter(null, CatalogParams.checkedPath("path", JsonBodies.text(b, "path"), false),
                null, true, false, true, true, true, LegacyBodies.capabilities(b));
        return queries.list(filter, PageRequest.parse(null, null)).map(LegacyCatalogResource::entries);
    }

    @POST
    @Path("/resource")
    @Operation(operationId = "getCatalogEntryLegacy", summary = "Upstream lookup by catalog_id, or by path and version")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "422", description = "Neither catalog_id nor path given")
    public Uni<CatalogEntryView> resource(String body) {
        JsonNode b = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        String id = LegacyBodies.idText(b, "catalog_id");
        if (id != null) return queries.byId(Ids.bodyField("/catalog_id", id)).map(CatalogEntryView::from);
        String path = JsonBodies.text(b, "path");
        if (path == null) {
            throw new Invalid("Name the entry by catalog_id, or by path and version.",
                    List.of(FieldError.of("/catalog_id", "catalog_id or path is required")));
        }
        return queries.byPath(CatalogParams.checkedPath("path", path, true), LegacyBodies.version(b), false)
                .map(CatalogEntryView::from);
    }

    @POST
    @Path("/delete")
    @Operation(operationId = "deleteCatalogPathLegacy", summary = "Upstream soft delete of a path (all versions or one)")
    @APIResponse(responseCode = "200", description = "What was deleted")
    public Uni<Map<String, Object>> delete(String body) {
        JsonNode b = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        String path = CatalogParams.checkedPath("path", JsonBodies.text(b, "path"), true);
        return catalog.deletePath(path, LegacyBodies.version(b)).map(rows -> changed(path, "deleted", rows));
    }

    @POST
    @Path("/restore")
    @Operation(operationId = "restoreCatalogPathLegacy", summary = "Upstream restore of a path (all versions or one)")
    @APIResponse(responseCode = "200", description = "What was restored")
    public Uni<Map<String, Object>> restore(String body) {
        JsonNode b = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        String path = CatalogParams.checkedPath("path", JsonBodies.text(b, "path"), true);
        return catalog.restorePath(path, LegacyBodies.version(b)).map(rows -> changed(path, "restored", rows));
    }

    private static Map<String, Object> entries(Page<CatalogEntry> page) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entries", page.items().stream().map(CatalogEntryView::from).toList());
        out.put("next_cursor", page.nextCursor());
        return out;
    }

    private static Map<String, Object> changed(String path, String what, List<CatalogEntry> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.put("message", rows.size() + " version(s) of " + path + " " + what + ".");
        out.put("path", path);
        out.put(what, rows.stream().map(e -> Map.of("catalog_id", Ids.wire(e.catalogId()), "version", e.version())).toList());
        out.put("count", rows.size());
        return out;
    }

    private static String orEmpty(String body) {
        return body == null || body.isBlank() ? "{}" : body;
    }
}
