package io.noetl.playbook.validation;

/** The rule codes of dsl.md §11 that concern the document (the {@code yaml_*} ones belong to the loader). */
final class Codes {

    static final String LEGACY_DSL = "legacy_dsl";
    static final String UNKNOWN_FIELD = "unknown_field";
    static final String MISSING_FIELD = "missing_field";
    static final String INVALID_VALUE = "invalid_value";
    static final String IGNORED_FIELD = "ignored_field";
    static final String INVALID_NAME = "invalid_name";
    static final String RESERVED_NAME = "reserved_name";
    static final String DUPLICATE_NAME = "duplicate_name";
    static final String UNKNOWN_STEP = "unknown_step";
    static final String UNKNOWN_TOOL_KIND = "unknown_tool_kind";
    static final String UNKNOWN_WORKBOOK_TASK = "unknown_workbook_task";
    static final String UNKNOWN_TASK = "unknown_task";
    static final String INVALID_LOOP = "invalid_loop";
    static final String INVALID_TEMPLATE = "invalid_template";
    static final String INVALID_DURATION = "invalid_duration";
    static final String INVALID_SET_KEY = "invalid_set_key";
    static final String FINAL_STEP_RULES = "final_step_rules";
    static final String JOIN_SELF = "join_self";
    static final String PLAYBOOK_IN_PIPELINE = "playbook_in_pipeline";
    static final String INLINE_CONNECTION = "inline_connection";
    static final String UNREACHABLE_STEP = "unreachable_step";
    static final String SHADOWED_ARC = "shadowed_arc";
    static final String FAN_IN_WITHOUT_JOIN = "fan_in_without_join";
    static final String JOIN_SINGLE_INPUT = "join_single_input";
    static final String ADMIT_NO_ELSE = "admit_no_else";
    static final String NAME_SHADOWING = "name_shadowing";

    private Codes() {
    }
}
