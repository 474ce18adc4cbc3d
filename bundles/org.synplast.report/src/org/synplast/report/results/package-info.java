/**
 * From a run's results ({@link org.synplast.experiment.results.RunResults}) to the report's data,
 * figures and tables: {@link org.synplast.report.results.RunReports} builds the HTML report's
 * content, {@link org.synplast.report.results.CsvTables} the CSV tables,
 * {@link org.synplast.report.results.SuiteReport} the report of a whole suite of study files (with
 * its {@link org.synplast.report.results.DistanceSeries}). Only valid pairs enter means and SEMs.
 */
package org.synplast.report.results;
