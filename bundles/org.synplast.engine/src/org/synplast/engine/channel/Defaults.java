package org.synplast.engine.channel;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered parameter-default maps for the mechanism kinds of this package. */
final class Defaults {

    private Defaults() {
    }

    /**
     * @param namesAndValues alternating parameter names (String) and defaults (Double)
     * @return the ordered map
     */
    static Map<String, Double> of(Object... namesAndValues) {
        Map<String, Double> d = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            d.put((String) namesAndValues[i], (Double) namesAndValues[i + 1]);
        }
        return d;
    }
}
