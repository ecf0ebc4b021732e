package io.noetl.catalog.api;

import io.noetl.catalog.service.CatalogFilter;
import io.noetl.catalog.service.CatalogQueries;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Page;
import io.noetl.platform.web.PageRequest;
import io.noetl.platform.web.Pages;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Reads of the catalog (api.md §3.1). Paths are matched exactly and checked before any query. */
@Path("/api/catalog")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogReadResource {

    private final CatalogQueries queries;

    public CatalogReadResource(CatalogQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listCatalogEntries", summary = "List catalog entries, filtered and paged")
    @APIResponse(responseCode = "200", description = "One page of entries")
    public Uni<RestResponse<Page<Object>>> list(@Context UriInfo uri,
            @Parameter(example = "playbook") @QueryParam("kind") String kind,
            @Parameter(description = "Exact path") @QueryParam("path") String path,
            @Parameter(description = "Path prefix", example = "examples/") @QueryParam("path_prefix") String prefix,
            @Parameter(description = "One row per path (default true)") @QueryParam("latest_only") String latestOnly,
            @QueryParam("include_deleted") String includeDeleted,
            @Parameter(description = "Add content, payload, layout and meta") @QueryParam("include_content") String includeContent,
            @Parameter(description = "path (default) or -created_at") @QueryParam("sort") String sort,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        CatalogFilter filter = CatalogFilter.of(kind == null ? null : kind.toLowerCase(), CatalogParams.checkedPath("path", path, false),
                CatalogParams.checkedPrefix(prefix), CatalogParams.flag("latest_only", latestOnly, true), CatalogParams.flag("include_deleted", includeDeleted, false),
                CatalogParams.flag("include_content", includeContent, false), CatalogParams.newestFirst(sort));
        return queries.list(filter, PageRequest.parse(limit, cursor))
                .map(page -> page.map(e -> filter.includeContent() ? (Object) CatalogEntryView.from(e) : CatalogSummaryView.from(e)))
                .map(page -> Pages.ok(page, uri));
    }

    @GET
    @Path("/{catalog_id}")
    @Operation(operationId = "getCatalogEntry", summary = "One version by id (also when soft-deleted)")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "404", description = "No catalog entry with this id")
    public Uni<CatalogEntryView> get(@PathParam("catalog_id") String id) {
        return queries.byId(Ids.pathParam("catalog_id", id)).map(CatalogEntryView::from);
    }

    @GET
    @Path("/by-path")
    @Operation(operationId = "getCatalogEntryByPath", summary = "One version by path; latest = highest non-deleted")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "404", description = "No such path or version")
    public Uni<CatalogEntryView> byPath(@Parameter(example = "examples/hello") @QueryParam("path") String path,
            @Parameter(description = "latest (default) or an integer ≥ 1") @QueryParam("version") String version,
            @QueryParam("include_deleted") String includeDeleted) {
        return queries.byPath(CatalogParams.checkedPath("path", path, true), CatalogParams.version(version), CatalogParams.flag("include_deleted", includeDeleted, false))
                .map(CatalogEntryView::from);
    }

    @GET
    @Path("/versions")
    @Operation(operationId = "listCatalogVersions", summary = "Every version of a path, deleted ones too, newest first")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "No version at this path")
    public Uni<RestResponse<Map<String, Object>>> versions(@Context UriInfo uri, @QueryParam("path") String path,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        String checked = CatalogParams.checkedPath("path", path, true);
        return queries.versions(checked, PageRequest.parse(limit, cursor))
                .map(page -> page.map(CatalogSummaryView::from))
                .map(page -> Pages.ok(versionsBody(checked, page), page.nextCursor(), uri));
    }

    private static Map<String, Object> versionsBody(String path, Page<CatalogSummaryView> page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("path", path);
        body.put("items", page.items());
        body.put("next_cursor", page.nextCursor());
        return body;
    }

    @GET
    @Path("/kinds")
    @Operation(operationId = "listResourceKinds", summary = "Kinds the catalog accepts")
    @APIResponse(responseCode = "200", description = "The kinds")
    public Uni<Map<String, List<Map<String, Object>>>> kinds() {
        return queries.kinds().map(kinds -> Map.of("items", kinds.stream().map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", k.name());
            m.put("executable", k.executable());
            m.put("description", k.description());
            return m;
        }).toList()));
    }
}
