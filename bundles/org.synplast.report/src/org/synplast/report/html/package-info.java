/**
 * One self-contained HTML report per run ({@link org.synplast.report.html.HtmlReport}): the summary
 * table and every figure as inline SVG in a single file with its own style sheet, readable offline
 * without any other file.
 */
package org.synplast.report.html;
