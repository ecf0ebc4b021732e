package io.noetl.playbook.template;

/** Cheap checks on template text made before Jinjava sees it. */
final class TemplateText {

    /**
     * Bracket nesting allowed in one template. The expression parser recurses about fifteen frames per level and
     * needs seconds to fail at a thousand, so deeper text is refused up front; real templates nest a few levels.
     */
    static final int MAX_NESTING = 100;

    private TemplateText() {
    }

    /** Plain text never goes through Jinjava: most strings in a playbook have no markup at all. */
    static boolean isTemplate(String text) {
        return text.contains("{{") || text.contains("{%") || text.contains("{#");
    }

    static void checkNesting(String template) {
        int depth = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    throw new TemplateError("template nested deeper than " + MAX_NESTING + " brackets");
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
    }
}
