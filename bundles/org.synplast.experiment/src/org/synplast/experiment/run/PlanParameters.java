package org.synplast.experiment.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.synplast.engine.cell.CellModel;
import org.synplast.experiment.plan.ExperimentPlan;

/**
 * Flattens the resolved parameters of a plan into {@code path → value} strings for the
 * provenance, e.g. {@code mrk97_07.protocol.induction.frequencyHz → 10.0}. Records are walked
 * component by component; sealed-interface values add their record's simple name under
 * {@code .kind}. The postsynaptic {@link CellModel} (morphology, mechanism distributions) is not
 * flattened: it is identified by the connection's {@code postCellName} and the source hashes.
 */
final class PlanParameters {

    private PlanParameters() {
    }

    /**
     * @param plan the plan
     * @return its parameters under the plan's name
     */
    static Map<String, String> of(ExperimentPlan plan) {
        Map<String, String> out = new TreeMap<>();
        walk(plan.name(), plan, out);
        return out;
    }

    private static void walk(String path, Object value, Map<String, String> out) {
        if (value == null || value instanceof CellModel) {
            return;
        }
        Class<?> type = value.getClass();
        if (type.isRecord()) {
            if (type.getInterfaces().length > 0 && type.getInterfaces()[0].isSealed()) {
                out.put(path + ".kind", type.getSimpleName());
            }
            for (RecordComponent c : type.getRecordComponents()) {
                walk(path + "." + c.getName(), read(c, value), out);
            }
        } else if (value instanceof double[] a) {
            out.put(path, java.util.Arrays.toString(a));
        } else if (value instanceof Collection<?> c) {
            out.put(path, c.stream().map(String::valueOf).sorted().toList().toString());
        } else {
            out.put(path, String.valueOf(value));
        }
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("record accessor " + c + " must be readable", e);
        }
    }
}
