/**
 * The SynPlast Maven plugin: the {@code validate} goal checks a project's {@code .synplast} files, the
 * {@code check} goal runs the experiments a build marks as checks and fails the build when one
 * contradicts its in vitro expectation. Both run the {@code synplast} command's entry points
 * in the build's JVM.
 */
package org.synplast.maven;
