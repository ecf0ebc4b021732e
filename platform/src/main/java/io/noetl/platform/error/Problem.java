package io.noetl.platform.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The RFC 9457 body of every 4xx/5xx answer (api.md §1.3). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      @JsonProperty("request_id") String requestId, List<FieldError> errors,
                      @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static Problem of(ProblemCode code, String detail, String instance, String requestId,
                             List<FieldError> errors, Map<String, Object> extensions) {
        return new Problem(code.type(), code.title(), code.status(), detail, instance, code.code(), requestId,
                errors, extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }
}
