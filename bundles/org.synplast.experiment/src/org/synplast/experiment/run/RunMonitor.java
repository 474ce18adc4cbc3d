package org.synplast.experiment.run;

/**
 * Progress and cancellation of a run, driven by the command line's progress bar or an Eclipse
 * Job's progress monitor. The runner calls it only from the thread that called
 * {@link ExperimentRunner#run}, so implementations need not be thread-safe.
 */
public interface RunMonitor {

    /** A monitor that reports nothing and never cancels. */
    RunMonitor NONE = new RunMonitor() {
        @Override
        public void begin(int totalWork) {
            // nothing to report
        }

        @Override
        public void worked(int work) {
            // nothing to report
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /**
     * Called once before any work.
     *
     * @param totalWork the number of units of work (one per simulated pair)
     */
    void begin(int totalWork);

    /**
     * @param work units of work just completed
     */
    void worked(int work);

    /** @return whether the user asked to stop; the run then stops promptly and produces nothing */
    boolean isCanceled();
}
