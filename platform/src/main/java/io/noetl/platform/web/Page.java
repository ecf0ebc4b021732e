package io.noetl.platform.web;

import java.util.List;

/** The body of new list routes: {items, next_cursor}; next_cursor is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {
}
