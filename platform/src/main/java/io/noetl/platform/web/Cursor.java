package io.noetl.platform.web;

import io.noetl.platform.error.BadRequest;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.ProblemCode;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Opaque keyset cursors (api.md §1.4): format version, the last row's sort key, a fingerprint of the
 * filters and sort, and a checksum, as base64url. A cursor edited by hand or reused with other filters is
 * a 400 invalid_cursor; cursors never expire because they hold positions, not server state.
 */
public final class Cursor {

    private static final int VERSION = 1;

    private Cursor() {
    }

    public static String encode(String fingerprint, List<String> key) {
        JsonObject body = new JsonObject().put("v", VERSION).put("f", fingerprint).put("k", new JsonArray(List.copyOf(key)));
        body.put("c", checksum(body.encode()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(body.encode().getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key of the cursor's position, checked against {@code fingerprint}. */
    public static List<String> decode(String cursor, String fingerprint, int keySize) {
        try {
            JsonObject body = new JsonObject(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            String sum = body.getString("c");
            body.remove("c");
            JsonArray key = body.getJsonArray("k");
            if (sum == null || !sum.equals(checksum(body.encode())) || body.getInteger("v") != VERSION
                    || !fingerprint.equals(body.getString("f")) || key == null || key.size() != keySize) {
                throw invalid();
            }
            return key.stream().map(String::valueOf).toList();
        } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
            throw invalid();
        }
    }

    /** A stable digest of the filters and sort a cursor belongs to. */
    public static String fingerprint(String... parts) {
        return checksum(String.join("\u0001", parts)).substring(0, 16);
    }

    private static BadRequest invalid() {
        return new BadRequest(ProblemCode.INVALID_CURSOR,
                "The cursor is not one this list issued for these filters; start again without it.",
                List.of(FieldError.of("query.cursor", "invalid cursor")));
    }

    private static String checksum(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
