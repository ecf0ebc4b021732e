package io.noetl.platform.web;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Answers a page with the Link header of api.md §1.4 when there is a next one. */
public final class Pages {

    private Pages() {
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        RestResponse.ResponseBuilder<Page<T>> answer = RestResponse.ResponseBuilder.ok(page);
        if (page.nextCursor() != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build().toString();
            answer.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
