package io.noetl.catalog.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.catalog.model.RegisterRequest;
import io.noetl.platform.web.JsonBodies;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a register body into the document text: raw YAML as is, or JSON `{content, resource_type?,
 * content_encoding?}` with base64 decoded. Sizes are checked before anything is parsed.
 */
final class RegisterBodies {

    private static final Pattern BASE64 = Pattern.compile("^[A-Za-z0-9+/=\\s]+$");

    private RegisterBodies() {
    }

    static RegisterRequest fromYaml(String body, String resourceType) {
        return new RegisterRequest(body == null ? "" : body, resourceType);
    }

    static RegisterRequest fromJson(String body, int maxBytes, ObjectMapper json) {
        JsonNode root = JsonBodies.object(body, maxBytes, json);
        String encoding = JsonBodies.text(root, "content_encoding");
        String resourceType = JsonBodies.text(root, "resource_type");
        JsonNode content = root.get("content");
        if (content == null || content.isNull()) {
            throw new Invalid("The register body has no document.", List.of(FieldError.of("/content", "is required")));
        }
        if (!content.isTextual()) throw JsonBodies.wrongType("/content", "must be a string (YAML text or base64)");
        return new RegisterRequest(decode(content.asText(), encoding), resourceType);
    }

    /** Without an explicit encoding, content is base64 only if it decodes to UTF-8 text that looks like YAML. */
    private static String decode(String content, String encoding) {
        if ("text".equals(encoding)) return content;
        if ("base64".equals(encoding)) {
            String text = base64Text(content);
            if (text == null) {
                throw new Invalid("The content is not valid base64.", List.of(FieldError.of("/content", "is not valid base64 of UTF-8 text")));
            }
            return text;
        }
        if (encoding != null) {
            throw new Invalid("Unknown content_encoding.", List.of(FieldError.of("/content_encoding", "must be 'text' or 'base64'")));
        }
        if (!BASE64.matcher(content).matches()) return content;
        String text = base64Text(content);
        return text != null && (text.contains("\n") || text.contains(":")) ? text : content;
    }

    private static String base64Text(String content) {
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(content.replaceAll("\\s", ""));
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }
}
