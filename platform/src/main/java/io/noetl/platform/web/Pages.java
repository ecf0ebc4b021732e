package io.noetl.platform.web;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Answers a page with the Link header of api.md §1.4 when there is a next one. */
public final class Pages {

    private Pages() {
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        return ok(page, page.nextCursor(), uri);
    }

    /** Any body (some routes wrap the page in more fields), with the Link header of its next cursor. */
    public static <B> RestResponse<B> ok(B body, String nextCursor, UriInfo uri) {
        RestResponse.ResponseBuilder<B> answer = RestResponse.ResponseBuilder.ok(body);
        if (nextCursor != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build().toString();
            answer.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
