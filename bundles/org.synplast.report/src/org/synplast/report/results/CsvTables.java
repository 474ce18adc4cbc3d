package org.synplast.report.results;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SweepResult;

/** The CSV tables of a run (RFC 4180, header row, {@code .} as decimal separator, empty for missing). */
public final class CsvTables {

    private CsvTables() {
    }

    /**
     * One row per experiment: in silico and in vitro statistics, Welch's test and the verdict.
     *
     * @param results the run's results
     * @return the table
     */
    public static String experiments(RunResults results) {
        return experiments(results.experiments(), List.of(), r -> List.of());
    }

    /**
     * One row per experiment, as {@link #experiments(RunResults)}, with further columns at the end.
     *
     * @param results     the experiments' results
     * @param extraHeader the further columns' headers
     * @param extra       each experiment's further cells, one per header, unquoted
     * @return the table
     */
    public static String experiments(List<ExperimentResult> results, List<String> extraHeader,
            Function<ExperimentResult, List<String>> extra) {
        StringBuilder csv = new StringBuilder(
                "experiment,connection,protocol,measure,valid,dropped,invalid,failed,in_silico_mean,in_silico_sem,"
                        + "in_vitro_mean,in_vitro_sem,in_vitro_n,welch_t,welch_df,welch_p,verdict");
        extraHeader.forEach(h -> csv.append(',').append(text(h)));
        csv.append('\n');
        for (ExperimentResult r : results) {
            csv.append(text(r.name())).append(',').append(text(r.connection())).append(',').append(text(r.protocol()))
                    .append(',').append(r.measure()).append(',').append(r.valid()).append(',').append(r.dropped())
                    .append(',').append(r.invalid()).append(',').append(r.failed()).append(',')
                    .append(number(r.inSilico().mean())).append(',')
                    .append(number(r.inSilico().sem())).append(',');
            if (r.inVitro() == null) {
                csv.append(",,,");
            } else {
                csv.append(number(r.inVitro().meanRatio())).append(',').append(number(r.inVitro().sem())).append(',')
                        .append(r.inVitro().n()).append(',');
            }
            if (r.test() == null) {
                csv.append(",,,");
            } else {
                csv.append(number(r.test().t())).append(',').append(number(r.test().df())).append(',')
                        .append(number(r.test().p())).append(',');
            }
            csv.append(RunReports.verdict(r));
            List<String> cells = extra.apply(r);
            if (cells.size() != extraHeader.size()) {
                throw new IllegalArgumentException(r.name() + ": " + cells.size() + " further cells for "
                        + extraHeader.size() + " further columns");
            }
            cells.forEach(c -> csv.append(',').append(text(c)));
            csv.append('\n');
        }
        return csv.toString();
    }

    /**
     * One row per pair of every experiment: status, read-out before and after, ratio.
     *
     * @param results the run's results
     * @return the table
     */
    public static String pairs(RunResults results) {
        StringBuilder csv = new StringBuilder("experiment,pair,status,synapses,before,after,ratio\n");
        for (ExperimentResult r : results.experiments()) {
            for (PairResult p : r.pairs()) {
                csv.append(text(r.name())).append(',').append(p.index()).append(',').append(p.status()).append(',')
                        .append(p.synapses().size()).append(',').append(number(p.before())).append(',')
                        .append(number(p.after())).append(',').append(number(p.ratio())).append('\n');
            }
        }
        return csv.toString();
    }

    /**
     * One row per sweep point: [Ca²⁺]o, frequency, Δt and the mean ± SEM ratio over valid pairs.
     *
     * @param sweep the sweep's result
     * @return the table
     */
    public static String sweep(SweepResult sweep) {
        return sweeps(List.of(sweep));
    }

    /**
     * One row per point of every sweep, as {@link #sweep(SweepResult)}, under one header.
     *
     * @param sweeps the sweeps' results
     * @return the table
     */
    public static String sweeps(List<SweepResult> sweeps) {
        StringBuilder csv = new StringBuilder("sweep,ca_o_mM,frequency_Hz,delta_t_ms,valid,ratio_mean,ratio_sem\n");
        for (SweepResult sweep : sweeps) {
            for (SweepResult.Point p : sweep.points()) {
                csv.append(text(sweep.name())).append(',').append(number(p.caOMm())).append(',')
                        .append(number(p.frequencyHz())).append(',').append(number(p.deltaTMs())).append(',')
                        .append(p.result().valid()).append(',').append(number(p.result().inSilico().mean()))
                        .append(',').append(number(p.result().inSilico().sem())).append('\n');
            }
        }
        return csv.toString();
    }

    /**
     * Formats a number for CSV and labels: shortest round-trip form, integers without decimals,
     * empty when not finite.
     *
     * @param v the number
     * @return its text
     */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }

    /**
     * Quotes a CSV field where it holds a comma, a quote or a line break.
     *
     * @param s the field
     * @return the field as written in a CSV row
     */
    static String text(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
