package io.noetl.execution.api;

import io.noetl.execution.model.ReadPage;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** A list answer with its next-page headers (api.md §1.4): Link always, X-Next-Cursor on bare arrays. */
final class ReadResponses {

    private ReadResponses() {
    }

    static <B> RestResponse<B> paged(B body, ReadPage<?> page, UriInfo uri, boolean cursorHeader) {
        RestResponse.ResponseBuilder<B> answer = RestResponse.ResponseBuilder.ok(body);
        if (page == null) return answer.build();
        String next = null;
        if (page.nextCursor() != null) {
            next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build().toString();
            if (cursorHeader) answer.header("X-Next-Cursor", page.nextCursor());
        } else if (page.info() != null && page.info().hasNext()) {
            next = uri.getRequestUriBuilder().replaceQueryParam("page", page.info().page() + 1).build().toString();
        }
        if (next != null) answer.header("Link", "<" + next + ">; rel=\"next\"");
        return answer.build();
    }
}
