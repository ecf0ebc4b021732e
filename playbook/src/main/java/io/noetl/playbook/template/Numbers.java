package io.noetl.playbook.template;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers in the types YAML loading produces (YamlDocument): Integer when it fits, else Long, and Double; exact
 * decimals (Jinjava's {@code sum}, NUMERIC data) stay BigDecimal. Jinjava computes with Long and BigDecimal, so
 * without this {@code {{ 1 + 2 }}} would come back as a Long and {@code {{ [1, 2] | sum }}} as a BigDecimal.
 */
final class Numbers {

    private Numbers() {
    }

    static Number plain(Number number) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return number.intValue();
        }
        if (number instanceof Long || number instanceof BigInteger big && big.bitLength() < 64
                || number instanceof BigDecimal decimal && decimal.scale() <= 0 && decimal.precision() < 19) {
            long value = number.longValue();
            if (value == (int) value) {
                return (int) value;
            }
            return value;                       // not a ternary: that would widen the Integer to a Long
        }
        if (number instanceof BigDecimal || number instanceof BigInteger) {
            return number;
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            throw new TemplateError("the result " + value + " is not a finite number, which JSON cannot hold");
        }
        return value;
    }
}
